import { randomUUID } from 'node:crypto';
import type { EntityManager, FilterQuery } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import { isLocalDate, type LocalDate } from '../../shared/calendar.js';
import { assertId, badInput, DomainError, notFound } from '../../shared/errors.js';
import { decodeCursor, pageSize, toConnection } from '../../shared/pagination.js';
import { appendAudit, audit } from '../audit/audit.service.js';
import { newSecret } from '../identity/tokens.js';
import { BULK, enqueueMails } from '../notification/outbox.service.js';
import { recipientsBySupplier } from '../supplier/supplier-recipients.js';
import { type QuestionDef, type QuestionInput, questionnaireProblems } from './survey-logic.js';
import { surveyInvitationMail } from './survey-mails.js';
import { type Audience, CampaignStatus, SurveyCampaign, SurveyInvitation, SurveyQuestion } from './survey.entities.js';

export type { QuestionInput };

/** The survey team's side: a campaign is designed in draft, opened (invitations go out), reminded, closed, archived. */
export interface CampaignInput {
  title: string;
  year: number;
  opensOn: LocalDate;
  closesOn: LocalDate;
  anonymous: boolean;
  introFr?: string | null;
  introEn?: string | null;
  audience: Audience;
  reminderGapDays: number;
  maxReminders: number;
  autoRemind: boolean;
}


function checkCampaign(input: CampaignInput) {
  if (!input.title.trim()) throw badInput('Le titre est obligatoire.', { field: 'title' });
  if (!Number.isInteger(input.year) || input.year < 2000 || input.year > 2100) throw badInput('Année invalide.', { field: 'year' });
  if (!isLocalDate(input.opensOn) || !isLocalDate(input.closesOn)) throw badInput('Dates invalides.', { field: 'opensOn' });
  if (input.closesOn <= input.opensOn) throw badInput("La date de clôture doit suivre la date d'ouverture.", { field: 'closesOn' });
  if (input.reminderGapDays < 1 || input.maxReminders < 0 || input.maxReminders > 10) throw badInput('Réglage des relances invalide.', { field: 'reminderGapDays' });
}

export async function getCampaign(em: EntityManager, id: string): Promise<SurveyCampaign> {
  const campaign = await em.findOne(SurveyCampaign, { id: assertId(id, 'Campagne') });
  if (!campaign) throw notFound('Campagne');
  return campaign;
}

/** Campaigns, newest year first then newest created (keyset on year, createdAt, id); `status` filters. */
export async function listCampaigns(
  em: EntityManager, status: CampaignStatus | null | undefined, first: number | null | undefined, after: string | null | undefined,
) {
  const size = pageSize(first);
  const base: FilterQuery<SurveyCampaign> = status ? { status } : {};
  const total = await em.count(SurveyCampaign, base);
  let where = base;
  if (after) {
    const [year, ts, id] = decodeCursor(after, ['integer', 'time', 'id']) as [number, number, string];
    const at = new Date(ts);
    where = { $and: [base, { $or: [
      { year: { $lt: year } },
      { year, createdAt: { $lt: at } },
      { year, createdAt: at, id: { $lt: id } },
    ] }] };
  }
  const rows = await em.find(SurveyCampaign, where, { orderBy: { year: 'desc', createdAt: 'desc', id: 'desc' }, limit: size + 1 });
  return toConnection(rows, size, total, (c) => [c.year, c.createdAt.getTime(), c.id]);
}

const editable = (c: SurveyCampaign) => {
  if (c.status !== CampaignStatus.DRAFT) throw new DomainError('CONFLICT', 'Une campagne ouverte ne se modifie plus.');
};

const snapshot = (c: SurveyCampaign) => ({ title: c.title, year: c.year, status: c.status, opensOn: c.opensOn, closesOn: c.closesOn, anonymous: c.anonymous, audience: c.audience });

export async function createCampaign(em: EntityManager, actor: string, input: CampaignInput): Promise<SurveyCampaign> {
  checkCampaign(input);
  return em.transactional(async (tx) => {
    const campaign = tx.create(SurveyCampaign, { ...input, title: input.title.trim() });
    await tx.persistAndFlush(campaign);
    await audit(tx, { actor, action: 'survey.campaign.create', entityType: 'survey_campaign', entityId: campaign.id, after: snapshot(campaign) });
    return campaign;
  });
}

export async function updateCampaign(em: EntityManager, actor: string, id: string, input: CampaignInput): Promise<SurveyCampaign> {
  checkCampaign(input);
  return em.transactional(async (tx) => {
    const campaign = await getCampaign(tx, id);
    editable(campaign);
    const before = snapshot(campaign);
    Object.assign(campaign, { ...input, title: input.title.trim() });
    await tx.flush();
    await audit(tx, { actor, action: 'survey.campaign.update', entityType: 'survey_campaign', entityId: id, before, after: snapshot(campaign) });
    return campaign;
  });
}

/** Replaces the questionnaire of a draft campaign (the editor sends it whole, in order). */
export async function setQuestions(em: EntityManager, actor: string, campaignId: string, questions: QuestionInput[]): Promise<SurveyQuestion[]> {
  const problems = questionnaireProblems(questions);
  if (problems.length) throw badInput(problems.join(' '), { problems });
  return em.transactional(async (tx) => {
    const campaign = await getCampaign(tx, campaignId);
    editable(campaign);
    await tx.nativeDelete(SurveyQuestion, { campaign });
    const idByKey = new Map<string, string>();
    const created = questions.map((q, position) => {
      const entity = tx.create(SurveyQuestion, {
        campaign,
        position,
        type: q.type,
        labelFr: q.labelFr.trim(),
        labelEn: q.labelEn.trim(),
        required: q.required,
        options: q.options,
        showIf: q.showIf ? { questionId: idByKey.get(q.showIf.questionKey)!, anyOf: q.showIf.anyOf } : null,
        headline: q.headline,
      });
      idByKey.set(q.key, entity.id);
      return entity;
    });
    tx.persist(created);
    await tx.flush();
    await audit(tx, { actor, action: 'survey.campaign.questions', entityType: 'survey_campaign', entityId: campaign.id, after: questions.map((q) => ({ type: q.type, labelFr: q.labelFr, required: q.required, headline: q.headline })) });
    return created;
  });
}

export async function questionsOf(em: EntityManager, campaignId: string): Promise<SurveyQuestion[]> {
  return em.find(SurveyQuestion, { campaign: campaignId }, { orderBy: { position: 'asc' } });
}

export const toQuestionDef = (q: SurveyQuestion): QuestionDef => ({ id: q.id, type: q.type, required: q.required, options: q.options, showIf: q.showIf });

/** The suppliers a campaign's audience selects, by SQL. */
export async function audienceOf(q: Knex | Knex.Transaction, campaign: Pick<SurveyCampaign, 'audience' | 'year'>): Promise<{ id: string; sizeCategory: string | null; isRegional: boolean }[]> {
  const a = campaign.audience;
  const qb = q('supplier').select('id', 'size_category', 'is_regional');
  if (a.sizes?.length) qb.whereIn('size_category', a.sizes);
  if (a.regional != null) qb.where('is_regional', a.regional);
  if (a.nafPrefixes?.length) qb.where((w) => a.nafPrefixes!.forEach((p) => w.orWhere('naf_code', 'like', `${p.replace(/[%_]/g, '')}%`)));
  if (a.paidInYear) {
    qb.whereIn('id', q('invoice').select('supplier_id').where('payment_issued_on', '>=', `${campaign.year}-01-01`).where('payment_issued_on', '<', `${campaign.year + 1}-01-01`));
  }
  const rows = (await qb) as { id: string; size_category: string | null; is_regional: boolean | number }[];
  return rows.map((r) => ({ id: r.id, sizeCategory: r.size_category, isRegional: !!r.is_regional }));
}

/** Sends one invitation link per supplier to its contact address and users; returns how many suppliers. */
export async function sendLinks(
  q: Knex | Knex.Transaction,
  campaign: SurveyCampaign,
  invitations: { id: string; supplierId: string }[],
  publicUrl: string,
  kind: 'invitation' | 'reminder',
  round: number,
): Promise<void> {
  const recipients = await recipientsBySupplier(q, [...new Set(invitations.map((i) => i.supplierId))]);
  const now = new Date();
  const links: Record<string, unknown>[] = [];
  const mails = invitations.flatMap((inv) => {
    const { secret, hash } = newSecret();
    links.push({ id: randomUUID(), created_at: now, updated_at: now, invitation_id: inv.id, token_hash: hash });
    return (recipients.get(inv.supplierId) ?? []).map((to) =>
      surveyInvitationMail({ to, campaign, link: `${publicUrl}/enquetes/repondre/${secret}`, kind, key: `survey-${kind}:${inv.id}:${round}:${to}` }),
    );
  });
  for (let i = 0; i < links.length; i += 300) await q('survey_link').insert(links.slice(i, i + 300));
  await enqueueMails(q, mails, BULK);
}

/** Opens a draft campaign: one invitation per supplier of the audience, and the e-mails. */
export async function openCampaign(em: EntityManager, actor: string, id: string, publicUrl: string, today: LocalDate): Promise<SurveyCampaign> {
  const campaign = await getCampaign(em, id);
  editable(campaign);
  const questions = await questionsOf(em, id);
  const problems = questionnaireProblems(questions.map((q) => ({ ...q, key: q.id, showIf: q.showIf ? { questionKey: q.showIf.questionId, anyOf: q.showIf.anyOf } : null })));
  if (problems.length) throw badInput(problems.join(' '), { problems });
  if (campaign.closesOn < today) throw badInput('La date de clôture est passée.', { field: 'closesOn' });
  await (em as SqlEntityManager).getKnex().transaction(async (trx) => {
    const claimed = await trx('survey_campaign').where({ id, status: CampaignStatus.DRAFT }).update({ status: CampaignStatus.OPEN, opened_at: new Date(), updated_at: new Date() });
    if (claimed !== 1) throw new DomainError('CONFLICT', 'La campagne a déjà été ouverte.');
    const audience = await audienceOf(trx, campaign);
    if (!audience.length) throw badInput("L'audience choisie ne compte aucun fournisseur.", { field: 'audience' });
    const now = new Date();
    const invitations = audience.map((s) => ({ id: randomUUID(), supplierId: s.id }));
    for (let i = 0; i < invitations.length; i += 300) {
      await trx('survey_invitation').insert(
        invitations.slice(i, i + 300).map((inv) => ({ id: inv.id, created_at: now, updated_at: now, campaign_id: id, supplier_id: inv.supplierId, sent_at: now, reminder_count: 0, answered: false })),
      );
    }
    await sendLinks(trx, campaign, invitations, publicUrl, 'invitation', 0);
    await appendAudit(trx, { actor, action: 'survey.campaign.open', entityType: 'survey_campaign', entityId: id, before: { status: CampaignStatus.DRAFT }, after: { status: CampaignStatus.OPEN, invited: invitations.length } });
  });
  await em.refresh(campaign);
  return campaign;
}

/**
 * Reminds the suppliers who have not answered, at least `reminderGapDays` after the last message
 * and at most `maxReminders` times. Each invitation is claimed by an atomic update first, so two
 * runners never remind twice. Returns how many suppliers were reminded.
 */
export async function remindCampaign(em: EntityManager, actor: string, id: string, publicUrl: string, now = new Date()): Promise<number> {
  const campaign = await getCampaign(em, id);
  if (campaign.status !== CampaignStatus.OPEN) throw new DomainError('CONFLICT', "Seule une campagne ouverte peut être relancée.");
  const knex = (em as SqlEntityManager).getKnex();
  const before = new Date(now.getTime() - campaign.reminderGapDays * 86_400_000);
  const due = (await knex('survey_invitation')
    .select('id', 'supplier_id', 'reminder_count')
    .where({ campaign_id: id, answered: false })
    .where('reminder_count', '<', campaign.maxReminders)
    .where((w) => w.where('last_reminded_at', '<=', before).orWhere((x) => x.whereNull('last_reminded_at').where('sent_at', '<=', before)))) as {
    id: string;
    supplier_id: string;
    reminder_count: number;
  }[];
  let reminded = 0;
  await knex.transaction(async (trx) => {
    const claimed: { id: string; supplierId: string; round: number }[] = [];
    for (const d of due) {
      const n = await trx('survey_invitation').where({ id: d.id, answered: false, reminder_count: d.reminder_count }).update({ reminder_count: d.reminder_count + 1, last_reminded_at: now, updated_at: now });
      if (n === 1) claimed.push({ id: d.id, supplierId: d.supplier_id, round: d.reminder_count + 1 });
    }
    for (const round of new Set(claimed.map((c) => c.round))) {
      await sendLinks(trx, campaign, claimed.filter((c) => c.round === round), publicUrl, 'reminder', round);
    }
    reminded = claimed.length;
    if (reminded) await appendAudit(trx, { actor, action: 'survey.campaign.remind', entityType: 'survey_campaign', entityId: id, after: { reminded } });
  });
  return reminded;
}

export async function closeCampaign(em: EntityManager, actor: string, id: string): Promise<SurveyCampaign> {
  const campaign = await getCampaign(em, id);
  if (campaign.status !== CampaignStatus.OPEN) throw new DomainError('CONFLICT', "Seule une campagne ouverte peut être close.");
  campaign.status = CampaignStatus.CLOSED;
  campaign.closedAt = new Date();
  await em.transactional(async (tx) => {
    await tx.flush();
    await audit(tx, { actor, action: 'survey.campaign.close', entityType: 'survey_campaign', entityId: id, before: { status: CampaignStatus.OPEN }, after: { status: CampaignStatus.CLOSED } });
  });
  return campaign;
}

export async function archiveCampaign(em: EntityManager, actor: string, id: string): Promise<SurveyCampaign> {
  const campaign = await getCampaign(em, id);
  if (campaign.status !== CampaignStatus.CLOSED) throw new DomainError('CONFLICT', 'Seule une campagne close peut être archivée.');
  campaign.status = CampaignStatus.ARCHIVED;
  await em.transactional(async (tx) => {
    await tx.flush();
    await audit(tx, { actor, action: 'survey.campaign.archive', entityType: 'survey_campaign', entityId: id, before: { status: CampaignStatus.CLOSED }, after: { status: CampaignStatus.ARCHIVED } });
  });
  return campaign;
}

export async function invitationStats(em: EntityManager, campaignId: string) {
  const [row] = (await (em as SqlEntityManager)
    .getKnex()('survey_invitation')
    .where('campaign_id', campaignId)
    .select(
      (em as SqlEntityManager).getKnex().raw('count(*) as invited'),
      (em as SqlEntityManager).getKnex().raw('sum(case when answered then 1 else 0 end) as answered'),
      (em as SqlEntityManager).getKnex().raw('sum(case when reminder_count > 0 then 1 else 0 end) as reminded'),
    )) as Record<string, unknown>[];
  return { invited: Number(row?.invited ?? 0), answered: Number(row?.answered ?? 0), reminded: Number(row?.reminded ?? 0) };
}

export { SurveyInvitation };
