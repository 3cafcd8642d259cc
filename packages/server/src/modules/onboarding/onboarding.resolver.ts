import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { openUpload } from '../../app/uploads.js';
import { Role } from '../../shared/roles.js';
import { AccessRequestStatus } from './access-request.entity.js';
import { accessRequestNode, approveAccessRequest, listAccessRequests, refuseAccessRequest, requestAccess } from './access-request.service.js';
import { AccessRequestConnection, AccessRequestInputType, AccessRequestNode, AccessRequestReceiptNode, SupplierImportReportNode } from './onboarding.types.js';
import { importSuppliers } from './supplier-import.js';

@ArgsType()
class AccessRequestsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (1–100, default 20).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string;

  @Field(() => AccessRequestStatus, { nullable: true, description: 'Only the requests in this state (none: all).' })
  status?: AccessRequestStatus;
}

@Resolver()
export class OnboardingResolver {
  @Authorized(Role.ADMIN)
  @Mutation(() => SupplierImportReportNode, {
    description: "Imports the finance system's supplier file (CSV) uploaded to POST /uploads (dry run by default: nothing written). Idempotent on the identifier; new suppliers' contact e-mails are invited to create the owner account.",
  })
  async importSuppliers(
    @Arg('uploadId', () => ID, { description: 'The id returned by POST /uploads for the supplier file (CSV); only its uploader may use it.' }) uploadId: string,
    @Arg('dryRun', () => Boolean, { defaultValue: true, description: 'Only report what would happen, writing nothing (default true); false applies the import.' }) dryRun: boolean,
    @Ctx() ctx: Context,
  ): Promise<SupplierImportReportNode> {
    const upload = openUpload(uploadId, ctx.viewer!.userId);
    const report = await importSuppliers(ctx.em, upload.stream, { dryRun, fileName: upload.name, actor: ctx.viewer!.userId, publicUrl: ctx.config.publicUrl });
    if (!dryRun) ctx.mailer.kick();
    return { dryRun, ...report };
  }

  @Mutation(() => AccessRequestReceiptNode, {
    description: "Public (no sign-in): asks for access to a company's supplier space. Rate-limited; the answer does not tell whether the SIRET is known.",
  })
  async requestAccess(@Arg('input', () => AccessRequestInputType, { description: 'Who asks, for which SIRET, and why.' }) input: AccessRequestInputType, @Ctx() ctx: Context): Promise<AccessRequestReceiptNode> {
    await requestAccess(ctx.em, input, ctx.client);
    return { recorded: true };
  }

  @Authorized(Role.ADMIN)
  @Query(() => AccessRequestConnection, { description: 'Requests for access to supplier spaces, newest first (administrators).' })
  accessRequests(@Args(() => AccessRequestsArgs) args: AccessRequestsArgs, @Ctx() ctx: Context) {
    return listAccessRequests(ctx.em, args);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AccessRequestNode, {
    description: "Approves a pending request: the requester is invited as the supplier's owner, or as a member when it has one (its owners are told).",
  })
  async approveAccessRequest(@Arg('id', () => ID, { description: 'The pending request.' }) id: string, @Ctx() ctx: Context): Promise<AccessRequestNode> {
    const request = await approveAccessRequest(ctx.em, ctx.viewer!.userId, id, ctx.config.publicUrl);
    ctx.mailer.kick();
    return accessRequestNode(ctx.em, request.id);
  }

  @Authorized(Role.ADMIN)
  @Mutation(() => AccessRequestNode, { description: 'Refuses a pending request; the reason is e-mailed to the requester.' })
  async refuseAccessRequest(
    @Arg('id', () => ID, { description: 'The pending request.' }) id: string,
    @Arg('reason', () => String, { description: 'Why (required, sent to the requester).' }) reason: string,
    @Ctx() ctx: Context,
  ): Promise<AccessRequestNode> {
    const request = await refuseAccessRequest(ctx.em, ctx.viewer!.userId, id, reason);
    ctx.mailer.kick();
    return accessRequestNode(ctx.em, request.id);
  }
}

