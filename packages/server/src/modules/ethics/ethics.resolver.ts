import { Arg, Args, ArgsType, Authorized, Ctx, Field, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { parisDay } from '../../shared/calendar.js';
import { badInput } from '../../shared/errors.js';
import { parseEuroAmount } from '../../shared/money.js';
import { eurosOrNull, euros } from '../../shared/money.types.js';
import { ANY_AGENT, Role, SUPPLIER_ROLES } from '../../shared/roles.js';
import { containsIgnoringCase } from '../../shared/search.js';
import { User, UserKind } from '../identity/user.entity.js';
import { acceptancesOf, acceptCharter, currentCharter, publishCharter, setGiftCap, thresholds } from './charter.service.js';
import { listConsultations, listMeetings, recordMeeting, respondToMeeting, saveConsultation } from './consultation.service.js';
import { checkDraft, commentsOf, type DeclarationInput, fileDeclaration, getDeclaration, listDeclarations, reviewDeclaration } from './declaration.service.js';
import { DeclarationStatus, EthicsCharter, Meeting } from './ethics.entities.js';
import { toAgentRef, toCharterNode, toConsultationNode, toDeclarationNode, toMeetingNode } from './ethics.mapper.js';
import {
  AgentRefNode, CharterNode, CharterStatusNode, CommentNode, ConsultationConnection, ConsultationInputType, ConsultationNode, DeclarationCheckNode, DeclarationConnection, DeclarationFilterType,
  DeclarationInputType, DeclarationNode, MeetingConnection, MeetingInputType, MeetingNode, ThresholdNode,
} from './ethics.types.js';

const today = () => parisDay(new Date());
const DECLARATION_READERS = [...SUPPLIER_ROLES, Role.ETHICS_OFFICER, Role.AUDITOR];
const ETHICS_AGENTS = [Role.BUYER, Role.ETHICS_OFFICER, Role.AUDITOR];

function toInput(i: DeclarationInputType): DeclarationInput {
  const valueCents = i.value == null || i.value === '' ? null : parseEuroAmount(i.value);
  if (i.value && valueCents === null) throw badInput(`Montant invalide : ${i.value}`, { field: 'value' });
  return { ...i, valueCents: valueCents === null ? null : Number(valueCents) };
}

@ArgsType()
class DeclarationsArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (1–100, default 20).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string;

  @Field(() => DeclarationFilterType, { nullable: true, description: 'Filters.' })
  filter?: DeclarationFilterType;
}

@ArgsType()
class PageArgs {
  @Field(() => Int, { nullable: true, description: 'Page size (1–100, default 20).' })
  first?: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string;
}

@Resolver()
export class EthicsResolver {
  // Charter
  @Authorized()
  @Query(() => CharterNode, { nullable: true, description: 'The ethics charter in force.' })
  async currentCharter(@Ctx() ctx: Context) {
    const c = await currentCharter(ctx.em);
    return c && toCharterNode(c);
  }

  @Authorized(Role.ETHICS_OFFICER, Role.AUDITOR)
  @Query(() => [CharterNode], { description: 'Every version, newest first.' })
  async charterVersions(@Ctx() ctx: Context) {
    return (await ctx.em.find(EthicsCharter, {}, { orderBy: { version: 'desc' } })).map(toCharterNode);
  }

  @Authorized(...SUPPLIER_ROLES)
  @Query(() => CharterStatusNode, { description: "Whether the viewer's supplier accepted the charter in force, and its history." })
  async myCharterStatus(@Ctx() ctx: Context): Promise<CharterStatusNode> {
    const current = await currentCharter(ctx.em);
    const history = await acceptancesOf(ctx.em, ctx.viewer!.supplierId!);
    return {
      current: current && toCharterNode(current),
      accepted: !!current && history.some((a) => a.charter.id === current.id),
      history: history.map((a) => ({ version: a.charter.version, userName: a.user.displayName, acceptedAt: a.createdAt })),
    };
  }

  @Authorized(...SUPPLIER_ROLES)
  @Mutation(() => CharterStatusNode, { description: 'Accepts the version in force for the supplier.' })
  async acceptCharter(@Arg('version', () => Int, { description: 'The version number read (`EthicsCharter.version`); must be the version in force, else CONFLICT. Accepting again is harmless.' }) version: number, @Ctx() ctx: Context) {
    await acceptCharter(ctx.em, ctx.viewer!, version);
    return this.myCharterStatus(ctx);
  }

  @Authorized(Role.ETHICS_OFFICER)
  @Mutation(() => CharterNode, { description: 'Publishes a new version: every supplier is asked to accept it again.' })
  async publishCharter(@Arg('title', () => String, { description: 'Title, 1–200 characters.' }) title: string, @Arg('body', () => String, { description: 'The full text (Markdown, French), up to 100 000 characters.' }) body: string, @Ctx() ctx: Context) {
    const c = await publishCharter(ctx.em, ctx.viewer!, title, body, ctx.config.publicUrl);
    ctx.mailer.kick();
    return toCharterNode(c);
  }

  // Thresholds
  @Authorized()
  @Query(() => [ThresholdNode], { description: 'The yearly gift cap and its history (73 € by default).' })
  async giftCaps(@Ctx() ctx: Context) {
    return (await thresholds(ctx.em)).map((t) => ({ value: euros(t.valueCents), effectiveFrom: t.effectiveFrom }));
  }

  @Authorized(Role.ETHICS_OFFICER)
  @Mutation(() => ThresholdNode, { description: 'Sets the yearly gift cap from a date on (earlier declarations keep their flags).' })
  async setGiftCap(@Arg('amount', () => String, { description: 'Yearly cap per beneficiary, euros as a decimal string, not negative, e.g. "73,00" or "73.00".' }) amount: string, @Arg('effectiveFrom', () => String, { description: 'First day it applies, YYYY-MM-DD; the same day again replaces its value.' }) effectiveFrom: string, @Ctx() ctx: Context) {
    const t = await setGiftCap(ctx.em, ctx.viewer!, amount, effectiveFrom);
    return { value: euros(t.valueCents), effectiveFrom: t.effectiveFrom };
  }

  // Declarations
  @Authorized(...SUPPLIER_ROLES, ...ANY_AGENT)
  @Query(() => [AgentRefNode], { description: "The Region's directory of agents (name and direction), to choose a beneficiary." })
  async agentDirectory(@Arg('search', () => String, { description: 'Part of the name, case ignored; under 2 characters gives an empty list. At most 20 agents, by name.' }) search: string, @Ctx() ctx: Context) {
    if (search.trim().length < 2) return [];
    const agents = await ctx.em.find(User, { kind: UserKind.AGENT, removedAt: null, displayName: containsIgnoringCase(ctx.em, search) }, { orderBy: { displayName: 'asc' }, limit: 20 });
    return agents.map(toAgentRef);
  }

  @Authorized(...SUPPLIER_ROLES)
  @Query(() => DeclarationCheckNode, { description: 'The rules on a declaration being filled in, shown live (nothing is saved).' })
  async checkDeclaration(@Arg('input', () => DeclarationInputType, { description: 'The declaration as filled in so far (fields may be missing); nothing is saved.' }) input: DeclarationInputType, @Ctx() ctx: Context): Promise<DeclarationCheckNode> {
    const r = await checkDraft(ctx.em, ctx.viewer!, toInput(input), today());
    return { problems: r.problems, flags: r.flags, cap: eurosOrNull(r.cap?.capCents), runningTotal: eurosOrNull(r.cap?.runningTotalCents), consultations: r.consultations };
  }

  @Authorized(...SUPPLIER_ROLES)
  @Mutation(() => DeclarationNode, { description: 'Files a declaration (flags stored; never blocked). A correction passes `amendsId`.' })
  async fileDeclaration(@Arg('input', () => DeclarationInputType, { description: 'The declaration to file; `amendsId` makes it a correction of an earlier one.' }) input: DeclarationInputType, @Ctx() ctx: Context) {
    const d = await fileDeclaration(ctx.em, ctx.viewer!, toInput(input), today(), input.attachmentUploadIds ?? []);
    return toDeclarationNode(await getDeclaration(ctx.em, d.id), ctx.viewer!);
  }

  @Authorized(...DECLARATION_READERS)
  @Query(() => DeclarationConnection, { description: "Declarations: a supplier's own (reports: their author's only); all for the ethics officer; all but reports for auditors." })
  async declarations(@Args(() => DeclarationsArgs) args: DeclarationsArgs, @Ctx() ctx: Context) {
    const page = await listDeclarations(ctx.em, ctx.viewer!, args.filter, args.first, args.after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toDeclarationNode(e.node, ctx.viewer!) })) };
  }

  @Authorized(...DECLARATION_READERS)
  @Query(() => DeclarationNode, { description: 'One declaration; out of reach is NOT_FOUND.' })
  async declaration(@Arg('id', () => ID, { description: 'The declaration id.' }) id: string, @Ctx() ctx: Context) {
    return toDeclarationNode(await getDeclaration(ctx.em, id), ctx.viewer!);
  }

  @Authorized(...DECLARATION_READERS)
  @Query(() => [CommentNode], { description: "A declaration's review thread." })
  async declarationComments(@Arg('id', () => ID, { description: 'The declaration id.' }) id: string, @Ctx() ctx: Context): Promise<CommentNode[]> {
    const d = await getDeclaration(ctx.em, id);
    return (await commentsOf(ctx.em, d.id)).map((c) => ({ authorName: c.author.displayName, body: c.body, statusFrom: c.statusFrom, statusTo: c.statusTo, createdAt: c.createdAt }));
  }

  @Authorized(Role.ETHICS_OFFICER)
  @Mutation(() => DeclarationNode, { description: "Moves a declaration on with a comment the supplier reads; its author is e-mailed." })
  async reviewDeclaration(
    @Arg('id', () => ID, { description: 'The declaration id.' }) id: string,
    @Arg('status', () => DeclarationStatus, { description: 'The new status. Allowed moves: SUBMITTED → UNDER_REVIEW, ACKNOWLEDGED, ACTION_REQUIRED or REFUSED; UNDER_REVIEW → ACKNOWLEDGED, ACTION_REQUIRED or REFUSED; ACTION_REQUIRED → UNDER_REVIEW or CLOSED; ACKNOWLEDGED or REFUSED → CLOSED; any other is CONFLICT.' }) status: DeclarationStatus,
    @Arg('comment', () => String, { nullable: true, description: 'The comment the supplier reads; required for ACTION_REQUIRED and REFUSED (blank counts as missing).' }) comment: string | null,
    @Ctx() ctx: Context,
  ) {
    const d = await reviewDeclaration(ctx.em, ctx.viewer!, id, status, comment);
    ctx.mailer.kick();
    return toDeclarationNode(d, ctx.viewer!);
  }

  // Consultations and meetings
  @Authorized(...ETHICS_AGENTS)
  @Query(() => ConsultationConnection, { description: 'Consultations, newest first.' })
  async consultations(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const page = await listConsultations(ctx.em, args.first, args.after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toConsultationNode(e.node) })) };
  }

  @Authorized(Role.BUYER)
  @Mutation(() => ConsultationNode, { description: 'Records or updates a consultation (id given: update).' })
  async saveConsultation(@Arg('input', () => ConsultationInputType, { description: 'The whole consultation: reference, object, dates (in order: published, bids due, awarded, notified), agents involved and candidate suppliers.' }) input: ConsultationInputType, @Arg('id', () => ID, { nullable: true, description: 'The consultation to update; null creates one (its reference must then be new, else CONFLICT).' }) id: string | null, @Ctx() ctx: Context) {
    return toConsultationNode(await saveConsultation(ctx.em, ctx.viewer!, id, input));
  }

  @Authorized(...SUPPLIER_ROLES, ...ETHICS_AGENTS)
  @Query(() => MeetingConnection, { description: "Meetings: the viewer's supplier's, or all for agents; most recent first." })
  async meetings(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: Context) {
    const page = await listMeetings(ctx.em, args.first, args.after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toMeetingNode(e.node) })) };
  }

  @Authorized(Role.BUYER)
  @Mutation(() => MeetingNode, { description: 'Records a meeting with the list of topics discussed.' })
  async recordMeeting(@Arg('input', () => MeetingInputType, { description: 'The supplier, the day (not in the future), the agents present and the topics discussed (at least one).' }) input: MeetingInputType, @Ctx() ctx: Context) {
    const m = await recordMeeting(ctx.em, ctx.viewer!, input, today());
    return toMeetingNode(await ctx.em.findOneOrFail(Meeting, { id: m.id }, { populate: ['supplier', 'agents'] }));
  }

  @Authorized(...SUPPLIER_ROLES)
  @Mutation(() => MeetingNode, { description: 'Confirms the written topics, or adds a remark (once).' })
  async respondToMeeting(
    @Arg('id', () => ID, { description: "The meeting id (one of the viewer's supplier's, not answered yet)." }) id: string,
    @Arg('confirm', () => Boolean, { description: 'true confirms the written topics; false answers with a remark instead.' }) confirm: boolean,
    @Arg('remark', () => String, { nullable: true, description: 'The remark; required when `confirm` is false, kept as a note otherwise.' }) remark: string | null,
    @Ctx() ctx: Context,
  ) {
    const m = await respondToMeeting(ctx.em, ctx.viewer!, id, confirm, remark);
    return toMeetingNode(await ctx.em.findOneOrFail(Meeting, { id: m.id }, { populate: ['supplier', 'agents'] }));
  }
}

export { DeclarationStatus };
