import { Arg, Args, ArgsType, Authorized, Ctx, Field, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { loader } from '../../shared/loaders.js';
import { Role, SUPPLIER_ROLES } from '../../shared/roles.js';
import type { User } from '../identity/user.entity.js';
import type { Supplier } from '../supplier/supplier.entity.js';
import type { Dispute, DisputeMessage } from './mediation.entities.js';
import { DisputeStatus } from './mediation-rules.js';
import { getDispute, listDisputes, messagesOf, openDispute, postDisputeMessage, setDisputeStatus, withdrawDispute } from './mediation.service.js';
import { DisputeConnection, DisputeFilterType, DisputeMessageNode, DisputeNode, OpenDisputeInput } from './mediation.types.js';

const READERS = [...SUPPLIER_ROLES, Role.MEDIATOR, Role.AUDITOR];
const WRITERS = [...SUPPLIER_ROLES, Role.MEDIATOR];

function toDisputeNode(d: Dispute): DisputeNode {
  return {
    id: d.id, title: d.title, subjectKind: d.subjectKind, subjectId: d.subjectId, subjectLabel: d.subjectLabel, status: d.status,
    supplierId: d.supplier.id, supplierName: (d.supplier as Supplier).legalName, openedByName: (d.openedBy as User).displayName,
    openedAt: d.createdAt, openedOn: d.openedOn, firstAnswerAt: d.firstAnswerAt, closedAt: d.closedAt, daysToClose: d.daysToClose, lastActivityAt: d.lastActivityAt,
  };
}

const toMessageNode = (m: DisputeMessage): DisputeMessageNode => ({
  id: m.id, body: m.body, fromMediator: m.fromMediator, authorName: (m.author as User).displayName, internal: m.internal,
  statusFrom: m.statusFrom, statusTo: m.statusTo, createdAt: m.createdAt,
});

@ArgsType()
class DisputesArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (1–100, default 20).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string;

  @Field(() => DisputeFilterType, { nullable: true, description: 'Filters.' })
  filter?: DisputeFilterType;
}

@Resolver(() => DisputeNode)
export class MediationResolver {
  @Authorized(...READERS)
  @Query(() => DisputeConnection, { description: "Disputes, newest first: a supplier's own; every one for mediators and auditors." })
  async disputes(@Args(() => DisputesArgs) args: DisputesArgs, @Ctx() ctx: Context) {
    const page = await listDisputes(ctx.em, args.filter, args.first, args.after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toDisputeNode(e.node) })) };
  }

  @Authorized(...READERS)
  @Query(() => DisputeNode, { description: "One dispute with its thread; another supplier's is NOT_FOUND." })
  async dispute(@Arg('id', () => ID, { description: 'The dispute.' }) id: string, @Ctx() ctx: Context) {
    return toDisputeNode(await getDispute(ctx.em, id));
  }

  @FieldResolver(() => [DisputeMessageNode])
  async messages(@Root() d: DisputeNode, @Ctx() ctx: Context): Promise<DisputeMessageNode[]> {
    const byDispute = loader<DisputeMessage[]>(ctx, 'disputeMessages', async (ids) => {
      const all = await messagesOf(ctx.em, ids);
      return ids.map((id) => all.filter((m) => m.dispute.id === id));
    });
    return (await byDispute.load(d.id)).map(toMessageNode);
  }

  @Authorized(...SUPPLIER_ROLES)
  @Mutation(() => DisputeNode, { description: "Opens a dispute about one of the supplier's invoices, contracts or declarations; the Region's mediators are notified by e-mail." })
  async openDispute(@Arg('input', () => OpenDisputeInput, { description: 'The subject and the first message.' }) input: OpenDisputeInput, @Ctx() ctx: Context) {
    const d = await openDispute(ctx.em, ctx.viewer!, input, new Date(), ctx.config.publicUrl);
    ctx.mailer.kick();
    return toDisputeNode(await getDispute(ctx.em, d.id));
  }

  @Authorized(...WRITERS)
  @Mutation(() => DisputeNode, { description: 'Writes in an open dispute: a user of its supplier or a mediator (e-mail notice to the other side, without the content).' })
  async postDisputeMessage(
    @Arg('id', () => ID, { description: 'The dispute.' }) id: string,
    @Arg('body', () => String, { description: 'The message, 1–10 000 characters.' }) body: string,
    @Arg('internal', () => Boolean, { nullable: true, defaultValue: false, description: 'Mediators only: an internal note the supplier never sees.' }) internal: boolean,
    @Ctx() ctx: Context,
  ) {
    const d = await postDisputeMessage(ctx.em, ctx.viewer!, id, body, internal, new Date(), ctx.config.publicUrl);
    ctx.mailer.kick();
    return toDisputeNode(d);
  }

  @Authorized(Role.MEDIATOR)
  @Mutation(() => DisputeNode, { description: 'The mediator takes a dispute up (UNDER_REVIEW) or closes it (RESOLVED, CLOSED_WITHOUT_AGREEMENT); CONFLICT for any other move.' })
  async setDisputeStatus(
    @Arg('id', () => ID, { description: 'The dispute.' }) id: string,
    @Arg('status', () => DisputeStatus, { description: 'The new status.' }) status: DisputeStatus,
    @Arg('comment', () => String, { nullable: true, description: 'A comment the supplier reads, up to 10 000 characters.' }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    const d = await setDisputeStatus(ctx.em, ctx.viewer!, id, status, comment ?? null, new Date(), ctx.config.publicUrl);
    ctx.mailer.kick();
    return toDisputeNode(d);
  }

  @Authorized(...SUPPLIER_ROLES)
  @Mutation(() => DisputeNode, { description: 'A user of the supplier withdraws its dispute while it is not closed (CONFLICT otherwise).' })
  async withdrawDispute(
    @Arg('id', () => ID, { description: 'The dispute.' }) id: string,
    @Arg('comment', () => String, { nullable: true, description: 'Why, optionally (the mediator reads it).' }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    const d = await withdrawDispute(ctx.em, ctx.viewer!, id, comment ?? null, new Date(), ctx.config.publicUrl);
    ctx.mailer.kick();
    return toDisputeNode(d);
  }
}
