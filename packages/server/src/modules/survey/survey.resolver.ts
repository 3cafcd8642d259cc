import { Arg, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { Context } from '../../app/context.js';
import { parisDay } from '../../shared/calendar.js';
import { assertId, DomainError, unauthenticated } from '../../shared/errors.js';
import { Role, SUPPLIER_ROLES } from '../../shared/roles.js';
import { Supplier } from '../supplier/supplier.entity.js';
import { findInvitation, loadDraft, ownResponse, type SurveyAccess, saveDraft, submitResponse } from './answering.service.js';
import {
  archiveCampaign, closeCampaign, createCampaign, getCampaign, invitationStats, listCampaigns, openCampaign, questionsOf, remindCampaign, setQuestions, toQuestionDef, updateCampaign,
} from './campaign.service.js';
import { campaignResults } from './results.service.js';
import { progress } from './survey-logic.js';
import { CampaignStatus, SurveyDraft, SurveyInvitation } from './survey.entities.js';
import { fromAnswerInputs, toAnswerNodes, toCampaignNode, toQuestionNode } from './survey.mapper.js';
import {
  AnswerInput, CampaignConnection, CampaignInputType, CampaignNode, DraftResultNode, InvitationStatsNode, MySurveyNode, QuestionInputType, QuestionNode, ResultsNode, SurveyFormNode,
} from './survey.types.js';

const MANAGERS = [Role.SURVEY_MANAGER];
const READERS = [Role.SURVEY_MANAGER, Role.AUDITOR];
const today = () => parisDay(new Date());

/** Signed-in supplier users reach a campaign by its id; anyone holding a secret link, by the token. */
function access(ctx: Context, campaignId: string | null, token: string | null): SurveyAccess {
  if (token) return { token };
  if (!campaignId) throw new DomainError('BAD_USER_INPUT', 'Indiquez la campagne ou le lien.');
  if (!ctx.viewer) throw unauthenticated();
  if (!ctx.viewer.roles.some((r) => SUPPLIER_ROLES.includes(r))) throw new DomainError('NOT_FOUND', 'Enquête introuvable.');
  return { campaignId: assertId(campaignId, 'Enquête'), viewer: ctx.viewer };
}

@Resolver(() => CampaignNode)
export class SurveyResolver {
  @Authorized(...READERS)
  @Query(() => CampaignConnection, { description: 'Campaigns, newest year first.' })
  async surveyCampaigns(
    @Arg('status', () => CampaignStatus, { nullable: true, description: 'Only campaigns in this status; null lists all.' }) status: CampaignStatus | null,
    @Arg('first', () => Int, { nullable: true, description: 'Page size (1–100, default 20).' }) first: number | null,
    @Arg('after', () => String, { nullable: true, description: 'The `endCursor` of the previous page.' }) after: string | null,
    @Ctx() ctx: Context,
  ) {
    const page = await listCampaigns(ctx.em, status, first, after);
    return { ...page, edges: page.edges.map((e) => ({ cursor: e.cursor, node: toCampaignNode(e.node) })) };
  }

  @Authorized(...READERS)
  @Query(() => CampaignNode, { description: 'One campaign.' })
  async surveyCampaign(@Arg('id', () => ID, { description: 'The campaign id.' }) id: string, @Ctx() ctx: Context) {
    return toCampaignNode(await getCampaign(ctx.em, id));
  }

  @FieldResolver(() => [QuestionNode], { description: 'The questions, in order.' })
  async questions(@Root() campaign: CampaignNode, @Ctx() ctx: Context) {
    return (await questionsOf(ctx.em, campaign.id)).map(toQuestionNode);
  }

  @FieldResolver(() => InvitationStatsNode, { description: 'Invited, answered, reminded (survey team and auditors).' })
  async stats(@Root() campaign: CampaignNode, @Ctx() ctx: Context) {
    if (!ctx.viewer?.roles.some((r) => READERS.includes(r))) throw new DomainError('FORBIDDEN', "Vous n'avez pas le droit de voir ces chiffres.");
    return invitationStats(ctx.em, campaign.id);
  }

  @Authorized(...READERS)
  @Query(() => ResultsNode, { description: 'Aggregated results (never a supplier by name).' })
  async surveyResults(@Arg('campaignId', () => ID, { description: 'The campaign id.' }) campaignId: string, @Ctx() ctx: Context): Promise<ResultsNode> {
    const r = await campaignResults(ctx.em, campaignId);
    return {
      ...r,
      campaign: toCampaignNode(r.campaign),
      satisfaction: r.satisfaction && { n: r.satisfaction.n, satisfied: r.satisfaction.x, rate: r.satisfaction.rate, marginPoints: r.satisfaction.marginPoints },
      questions: r.questions.map((q) => ({ ...q, question: toQuestionNode(q.question) })),
      breakdowns: r.breakdowns.map((b) => ({
        dimension: b.dimension,
        cells: b.cells.map((c) => ({ group: c.group, suppressed: c.suppressed, responses: c.suppressed ? null : c.n, satisfactionRate: c.value?.satisfactionRate ?? null })),
      })),
    };
  }

  @Authorized(...MANAGERS)
  @Mutation(() => CampaignNode, { description: 'Creates a campaign in draft.' })
  async createSurveyCampaign(@Arg('input', () => CampaignInputType, { description: 'The campaign: title, year, dates, reminders, audience, introductions.' }) input: CampaignInputType, @Ctx() ctx: Context) {
    return toCampaignNode(await createCampaign(ctx.em, ctx.viewer!.userId, { ...input, introFr: input.introFr ?? null, introEn: input.introEn ?? null }));
  }

  @Authorized(...MANAGERS)
  @Mutation(() => CampaignNode, { description: 'Edits a draft campaign.' })
  async updateSurveyCampaign(@Arg('id', () => ID, { description: 'The campaign id; it must still be a draft.' }) id: string, @Arg('input', () => CampaignInputType, { description: 'The whole campaign, replacing the current settings.' }) input: CampaignInputType, @Ctx() ctx: Context) {
    return toCampaignNode(await updateCampaign(ctx.em, ctx.viewer!.userId, id, { ...input, introFr: input.introFr ?? null, introEn: input.introEn ?? null }));
  }

  @Authorized(...MANAGERS)
  @Mutation(() => CampaignNode, { description: "Replaces a draft campaign's questions (the whole ordered list)." })
  async setSurveyQuestions(@Arg('campaignId', () => ID, { description: 'The campaign id; it must still be a draft.' }) campaignId: string, @Arg('questions', () => [QuestionInputType], { description: 'Every question, in display order; questions left out are removed.' }) questions: QuestionInputType[], @Ctx() ctx: Context) {
    await setQuestions(ctx.em, ctx.viewer!.userId, campaignId, questions.map((q) => ({ ...q, showIf: q.showIf ?? null })));
    return toCampaignNode(await getCampaign(ctx.em, campaignId));
  }

  @Authorized(...MANAGERS)
  @Mutation(() => CampaignNode, { description: 'Opens a draft campaign: invitations go out to the audience.' })
  async openSurveyCampaign(@Arg('id', () => ID, { description: 'The draft campaign id.' }) id: string, @Ctx() ctx: Context) {
    const c = await openCampaign(ctx.em, ctx.viewer!.userId, id, ctx.config.publicUrl, today());
    ctx.mailer.kick();
    return toCampaignNode(c);
  }

  @Authorized(...MANAGERS)
  @Mutation(() => Int, { description: 'Reminds the suppliers who have not answered (respecting the gap and the maximum); returns how many.' })
  async remindSurveyCampaign(@Arg('id', () => ID, { description: 'The open campaign id.' }) id: string, @Ctx() ctx: Context) {
    const n = await remindCampaign(ctx.em, ctx.viewer!.userId, id, ctx.config.publicUrl);
    ctx.mailer.kick();
    return n;
  }

  @Authorized(...MANAGERS)
  @Mutation(() => CampaignNode, { description: 'Closes an open campaign.' })
  async closeSurveyCampaign(@Arg('id', () => ID, { description: 'The open campaign id.' }) id: string, @Ctx() ctx: Context) {
    return toCampaignNode(await closeCampaign(ctx.em, ctx.viewer!.userId, id));
  }

  @Authorized(...MANAGERS)
  @Mutation(() => CampaignNode, { description: 'Archives a closed campaign.' })
  async archiveSurveyCampaign(@Arg('id', () => ID, { description: 'The closed campaign id.' }) id: string, @Ctx() ctx: Context) {
    return toCampaignNode(await archiveCampaign(ctx.em, ctx.viewer!.userId, id));
  }

  @Authorized(...SUPPLIER_ROLES)
  @Query(() => [MySurveyNode], { description: "The campaigns the viewer's supplier is invited to (open ones, and answered ones)." })
  async mySurveys(@Ctx() ctx: Context): Promise<MySurveyNode[]> {
    const invitations = await ctx.em.find(SurveyInvitation, { supplier: ctx.viewer!.supplierId }, { populate: ['campaign'], orderBy: { createdAt: 'desc' }, limit: 100 });
    const drafts = new Set((await ctx.em.find(SurveyDraft, { supplier: ctx.viewer!.supplierId }, { fields: ['campaign'] })).map((d) => d.campaign.id));
    return invitations
      .filter((i) => i.campaign.status === CampaignStatus.OPEN || i.answered)
      .map((i) => ({
        campaignId: i.campaign.id, title: i.campaign.title, year: i.campaign.year, anonymous: i.campaign.anonymous, closesOn: i.campaign.closesOn,
        status: i.campaign.status, answered: i.answered, hasDraft: drafts.has(i.campaign.id),
      }));
  }

  @Query(() => SurveyFormNode, { description: 'A campaign to answer: by id for a signed-in supplier user, or by the secret link.' })
  async surveyForm(
    @Arg('campaignId', () => ID, { nullable: true, description: 'The campaign, for a signed-in supplier user; ignored when `token` is given.' }) campaignId: string | null,
    @Arg('token', () => String, { nullable: true, description: 'The secret token of the link in the invitation e-mail (no sign-in needed); takes precedence over `campaignId`.' }) token: string | null,
    @Ctx() ctx: Context,
  ): Promise<SurveyFormNode> {
    const invited = await findInvitation(ctx.em, access(ctx, campaignId, token), today());
    const questions = await questionsOf(ctx.em, invited.campaign.id);
    const own = invited.invitation.answered && !invited.campaign.anonymous && ctx.viewer ? await ownResponse(ctx.em, invited.campaign.id, invited.supplierId) : null;
    const answers = invited.invitation.answered ? (own?.answers ?? {}) : await loadDraft(ctx.em, invited);
    const supplier = await ctx.em.findOneOrFail(Supplier, { id: invited.supplierId }, { filters: { tenant: { supplierId: invited.supplierId } } });
    return {
      campaignId: invited.campaign.id, title: invited.campaign.title, year: invited.campaign.year, anonymous: invited.campaign.anonymous,
      introFr: invited.campaign.introFr, introEn: invited.campaign.introEn, closesOn: invited.campaign.closesOn, supplierName: supplier.legalName,
      answered: invited.invitation.answered, questions: questions.map(toQuestionNode), answers: toAnswerNodes(answers, new Map(questions.map((q) => [q.id, q.type]))), progress: progress(questions.map(toQuestionDef), answers),
    };
  }

  @Mutation(() => DraftResultNode, { description: 'Saves the answers typed so far (any device resumes them until submission).' })
  async saveSurveyDraft(
    @Arg('answers', () => [AnswerInput], { description: 'All the answers typed so far (they replace the saved draft); ill-formed ones are reported in `problems`, not saved.' }) answers: AnswerInput[],
    @Arg('campaignId', () => ID, { nullable: true, description: 'The campaign, for a signed-in supplier user; ignored when `token` is given.' }) campaignId: string | null,
    @Arg('token', () => String, { nullable: true, description: 'The secret token of the link in the invitation e-mail (no sign-in needed); takes precedence over `campaignId`.' }) token: string | null,
    @Ctx() ctx: Context,
  ): Promise<DraftResultNode> {
    const invited = await findInvitation(ctx.em, access(ctx, campaignId, token), today());
    const checked = await saveDraft(ctx.em, invited, fromAnswerInputs(answers));
    const questions = (await questionsOf(ctx.em, invited.campaign.id)).map(toQuestionDef);
    return { problems: checked.problems, progress: progress(questions, checked.answers) };
  }

  @Mutation(() => Boolean, { description: "Submits the supplier's response (once per supplier); the draft is deleted." })
  async submitSurvey(
    @Arg('answers', () => [AnswerInput], { description: 'The complete answers; every required, shown question must be answered, or nothing is recorded.' }) answers: AnswerInput[],
    @Arg('campaignId', () => ID, { nullable: true, description: 'The campaign, for a signed-in supplier user; ignored when `token` is given.' }) campaignId: string | null,
    @Arg('token', () => String, { nullable: true, description: 'The secret token of the link in the invitation e-mail (no sign-in needed); takes precedence over `campaignId`.' }) token: string | null,
    @Ctx() ctx: Context,
  ): Promise<boolean> {
    const invited = await findInvitation(ctx.em, access(ctx, campaignId, token), today());
    await submitResponse(ctx.em, invited, fromAnswerInputs(answers), ctx.viewer?.userId ?? null, today());
    return true;
  }
}
