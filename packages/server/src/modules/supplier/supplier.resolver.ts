import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { loader } from '../../shared/loaders.js';
import { ANY_AGENT, Role } from '../../shared/roles.js';
import type { User } from '../identity/user.entity.js';
import { inviteColleague, removeColleague, resendInvitation } from './company.service.js';
import { toSupplierNode, toSupplierUserNode } from './supplier.mapper.js';
import { getSupplier, listSuppliers, usersOfSuppliers } from './supplier.service.js';
import { InviteColleagueInput, SupplierConnection, SupplierFilter, SupplierNode, SupplierUserNode } from './supplier.types.js';

@ArgsType()
class SuppliersArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (1–100, default 20).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string;

  @Field(() => SupplierFilter, { nullable: true, description: 'Filters.' })
  filter?: SupplierFilter;
}

@Resolver(() => SupplierNode)
export class SupplierResolver {
  @Authorized()
  @Query(() => SupplierNode, { description: "A supplier by id. Supplier users reach only their own: any other id is NOT_FOUND." })
  async supplier(@Arg('id', () => ID, { description: 'The supplier id (`Supplier.id`).' }) id: string, @Ctx() ctx: Context): Promise<SupplierNode> {
    return toSupplierNode(await getSupplier(ctx.em, id));
  }

  @Authorized(...ANY_AGENT)
  @Query(() => SupplierConnection, { description: 'The supplier directory (agents), by legal name.' })
  async suppliers(@Args(() => SuppliersArgs) args: SuppliersArgs, @Ctx() ctx: Context) {
    const page = await listSuppliers(ctx.em, args.filter, args.first, args.after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toSupplierNode(e.node) })) };
  }

  @FieldResolver(() => [SupplierUserNode], { description: "The supplier's users (owners first); removed users are not listed." })
  async users(@Root() supplier: SupplierNode, @Ctx() ctx: Context): Promise<SupplierUserNode[]> {
    const users = await loader<User[]>(ctx, 'usersBySupplier', (ids) => usersOfSuppliers(ctx.em, ids)).load(supplier.id);
    return users.map((u) => toSupplierUserNode(u, u.passwordHash != null));
  }

  @Authorized(Role.SUPPLIER_OWNER)
  @Mutation(() => SupplierUserNode, { description: 'Invites a colleague by e-mail: a one-time link (7 days) to choose a password.' })
  async inviteColleague(@Arg('input', () => InviteColleagueInput, { description: "The colleague's e-mail address, display name and whether they are an owner too." }) input: InviteColleagueInput, @Ctx() ctx: Context): Promise<SupplierUserNode> {
    const user = await inviteColleague(ctx.em, ctx.viewer!, input, ctx.config.publicUrl);
    ctx.mailer.kick();
    return toSupplierUserNode(user, false);
  }

  @Authorized(Role.SUPPLIER_OWNER)
  @Mutation(() => SupplierUserNode, { description: 'Sends a new invitation link to a colleague who has not signed up yet.' })
  async resendInvitation(@Arg('userId', () => ID, { description: 'The invited colleague (`SupplierUser.id`); the previous link stops working.' }) userId: string, @Ctx() ctx: Context): Promise<SupplierUserNode> {
    const user = await resendInvitation(ctx.em, ctx.viewer!, userId, ctx.config.publicUrl);
    ctx.mailer.kick();
    return toSupplierUserNode(user, false);
  }

  @Authorized(Role.SUPPLIER_OWNER)
  @Mutation(() => SupplierNode, { description: 'Removes a colleague from the supplier account (not oneself); their sessions end.' })
  async removeColleague(@Arg('userId', () => ID, { description: 'The colleague to remove (`SupplierUser.id`); not oneself.' }) userId: string, @Ctx() ctx: Context): Promise<SupplierNode> {
    await removeColleague(ctx.em, ctx.viewer!, userId);
    return toSupplierNode(await getSupplier(ctx.em, ctx.viewer!.supplierId!));
  }
}
