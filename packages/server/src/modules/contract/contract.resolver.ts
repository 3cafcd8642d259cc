import { ValidateNested } from 'class-validator';
import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { readUpload } from '../../app/uploads.js';
import { Role } from '../../shared/roles.js';
import { scopeFor } from '../../shared/tenant.js';
import { importContracts } from './contract-import.js';
import { listContracts } from './contract.service.js';
import { ContractConnection, ContractFilter, ContractImportReportNode, ContractNode } from './contract.types.js';

@ArgsType()
class ContractsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (1–100, default 20).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string;

  @Field(() => ContractFilter, { nullable: true, description: 'Filters; none lists every contract the viewer may see.' })
  @ValidateNested() // class-validator skips a nested input's own rules (runningIn 1990–2100…) without it
  filter?: ContractFilter;
}

@Resolver(() => ContractNode)
export class ContractResolver {
  @Authorized()
  @Query(() => ContractConnection, { description: "Contracts, newest first: every one for agents; a supplier user's only those its supplier holds." })
  contracts(@Args(() => ContractsArgs) args: ContractsArgs, @Ctx() ctx: Context) {
    return listContracts(ctx.em, scopeFor(ctx.viewer)!, args);
  }

  @Authorized(Role.ADMIN, Role.BUYER)
  @Mutation(() => ContractImportReportNode, {
    description: 'Imports the DECP file (JSON) uploaded to POST /uploads (dry run by default: nothing written). Idempotent on (buyer, contract id).',
  })
  async importContracts(
    @Arg('uploadId', () => ID, { description: 'The id returned by POST /uploads for the DECP file (JSON); only its uploader may use it.' }) uploadId: string,
    @Arg('dryRun', () => Boolean, { defaultValue: true, description: 'Only report what would happen, writing nothing (default true); false applies the import.' }) dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<ContractImportReportNode> {
    const upload = await readUpload(uploadId, ctx.viewer!.userId);
    const report = await importContracts(ctx.em, upload.content, { dryRun, fileName: upload.name, actor: ctx.viewer!.userId, buyerIds: ctx.config.decpBuyerIds });
    return { dryRun, ...report };
  }
}
