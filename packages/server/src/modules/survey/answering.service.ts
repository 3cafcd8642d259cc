import { randomUUID } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/core';
import type { Knex, SqlEntityManager } from '@mikro-orm/knex';
import type { LocalDate } from '../../shared/calendar.js';
import { badInput, DomainError, notFound } from '../../shared/errors.js';
import { internalScope, type TenantScope } from '../../shared/tenant.js';
import type { Viewer } from '../../shared/viewer.js';
import { hashSecret } from '../identity/tokens.js';
import { Supplier } from '../supplier/supplier.entity.js';
import { audienceOf, questionsOf, toQuestionDef } from './campaign.service.js';
import { type Answers, checkAnswers, segmentSnapshot } from './survey-logic.js';
import { CampaignStatus, SurveyCampaign, SurveyDraft, SurveyInvitation, SurveyLink, SurveyResponse } from './survey.entities.js';

/**
 * The supplier's side: find the invitation (through the signed-in user's supplier, or a secret
 * link), save drafts as the supplier types, submit once per supplier. In an anonymous campaign the
 * submission writes a response with no link back and deletes the draft, in one transaction.
 */
export type SurveyAccess = { campaignId: string; viewer: Viewer } | { token: string };

export interface Invited {
  invitation: SurveyInvitation;
  campaign: SurveyCampaign;
  supplierId: string;
  /** The scope to read the supplier's own draft with. */
  scope: TenantScope;
}

const closedOrUnknown = () => new DomainError('NOT_FOUND', "Cette enquête n'est pas ouverte, ou ce lien n'est plus valide.");

export async function findInvitation(em: EntityManager, access: SurveyAccess, today: LocalDate): Promise<Invited> {
  let invitation: SurveyInvitation | null;
  if ('token' in access) {
    const link = access.token.length <= 100
      ? await em.findOne(SurveyLink, { tokenHash: hashSecret(access.token) }, { populate: ['invitation', 'invitation.campaign'], filters: { tenant: false } })
      : null;
    invitation = link?.invitation ?? null;
  } else {
    if (!access.viewer.supplierId) throw notFound('Enquête');
    invitation = await em.findOne(SurveyInvitation, { campaign: access.campaignId, supplier: access.viewer.supplierId }, { populate: ['campaign'] });
  }
  if (!invitation) throw closedOrUnknown();
  const campaign = invitation.campaign as SurveyCampaign;
  if (campaign.status !== CampaignStatus.OPEN || campaign.closesOn < today) throw closedOrUnknown();
  return { invitation, campaign, supplierId: invitation.supplier.id, scope: { supplierId: invitation.supplier.id } };
}

export async function loadDraft(em: EntityManager, invited: Invited): Promise<Answers> {
  const draft = await em.findOne(SurveyDraft, { campaign: invited.campaign.id, supplier: invited.supplierId }, { filters: { tenant: { supplierId: invited.supplierId } } });
  return draft?.answers ?? {};
}

/** Saves what is well formed of the answers typed so far; reports the rest without losing it client-side. */
export async function saveDraft(em: EntityManager, invited: Invited, given: Answers) {
  if (invited.invitation.answered) throw new DomainError('CONFLICT', 'Votre entreprise a déjà répondu à cette enquête.');
  const questions = (await questionsOf(em, invited.campaign.id)).map(toQuestionDef);
  const checked = checkAnswers(questions, given, 'draft');
  const filters = { tenant: { supplierId: invited.supplierId } };
  const draft = await em.findOne(SurveyDraft, { campaign: invited.campaign.id, supplier: invited.supplierId }, { filters });
  if (draft) draft.answers = checked.answers;
  else em.persist(em.create(SurveyDraft, { campaign: invited.campaign, supplier: em.getReference(Supplier, invited.supplierId), answers: checked.answers }));
  await em.flush();
  return checked;
}

export async function submitResponse(em: EntityManager, invited: Invited, given: Answers, respondentId: string | null, today: LocalDate): Promise<void> {
  const questions = (await questionsOf(em, invited.campaign.id)).map(toQuestionDef);
  const checked = checkAnswers(questions, given, 'submit');
  if (checked.problems.length) throw badInput('Certaines réponses manquent ou ne conviennent pas.', { problems: checked.problems });
  const knex = (em as SqlEntityManager).getKnex();
  const supplier = await internalScope(em.fork()).findOneOrFail(Supplier, { id: invited.supplierId });
  const audience = invited.campaign.anonymous ? await audienceOf(knex, invited.campaign) : [];
  const segment = segmentSnapshot({ sizeCategory: supplier.sizeCategory, isRegional: supplier.isRegional }, audience, invited.campaign.anonymous);
  await knex.transaction((trx) =>
    insertResponse(trx, {
      campaign: invited.campaign,
      invitationId: invited.invitation.id,
      supplierId: invited.supplierId,
      answers: checked.answers,
      segment,
      submittedOn: today,
      respondentId,
    }),
  );
}

/**
 * Records a checked response in the caller's transaction: the invitation is claimed (once per
 * supplier), the draft deleted, and — in an anonymous campaign — the response written with no
 * supplier, no respondent, no invitation and no time finer than the day.
 */
export async function insertResponse(
  trx: Knex.Transaction,
  r: { campaign: Pick<SurveyCampaign, 'id' | 'anonymous'>; invitationId: string; supplierId: string; answers: Answers; segment: { sizeCategory: string | null; isRegional: boolean | null }; submittedOn: LocalDate; respondentId: string | null },
): Promise<void> {
  const anonymous = r.campaign.anonymous;
  const claimed = await trx('survey_invitation')
    .where({ id: r.invitationId, answered: false })
    .update({ answered: true, ...(anonymous ? {} : { answered_at: new Date(), updated_at: new Date() }) });
  if (claimed !== 1) throw new DomainError('CONFLICT', 'Votre entreprise a déjà répondu à cette enquête.');
  await trx('survey_draft').where({ campaign_id: r.campaign.id, supplier_id: r.supplierId }).delete();
  await trx('survey_response').insert({
    id: randomUUID(),
    campaign_id: r.campaign.id,
    submitted_on: r.submittedOn,
    size_category: r.segment.sizeCategory,
    is_regional: r.segment.isRegional,
    answers: JSON.stringify(r.answers),
    supplier_id: anonymous ? null : r.supplierId,
    respondent_id: anonymous ? null : r.respondentId,
    submitted_at: anonymous ? null : new Date(),
  });
}

/** The identified response of the viewer's supplier, to show read-only after submission. */
export async function ownResponse(em: EntityManager, campaignId: string, supplierId: string): Promise<SurveyResponse | null> {
  return em.findOne(SurveyResponse, { campaign: campaignId, supplier: supplierId }, { filters: { tenant: { supplierId } } });
}
