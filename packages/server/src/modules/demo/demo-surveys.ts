import type { EntityManager } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { randomUUID } from 'node:crypto';
import { addDays, type LocalDate } from '../../shared/calendar.js';
import { insertResponse } from '../survey/answering.service.js';
import { audienceOf, createCampaign, openCampaign, type QuestionInput, setQuestions, toQuestionDef } from '../survey/campaign.service.js';
import { type Answers, checkAnswers, QuestionType as T, segmentSnapshot } from '../survey/survey-logic.js';
import { CampaignStatus, type SurveyQuestion } from '../survey/survey.entities.js';
import { seededRandom } from './random.js';

/**
 * Demo surveys: the 2020 and 2021 campaigns, closed, with raw anonymous responses — 2021's give the
 * seed's 80 % satisfied (148 of 185 answers, 5 "no opinion") — and this year's campaign, open.
 */
export const DEMO_SURVEY = { 2021: { responses: 190, satisfied: 148, noOpinion: 5 }, 2020: { responses: 160, satisfied: 121, noOpinion: 4 } } as const;

const yesNoChoices = (values: [string, string, string][]) => values.map(([value, labelFr, labelEn]) => ({ value, labelFr, labelEn }));

export function standardQuestionnaire(): QuestionInput[] {
  const q = (key: string, type: T, labelFr: string, labelEn: string, extra: Partial<QuestionInput> = {}): QuestionInput => ({
    key, type, labelFr, labelEn, required: true, options: [], showIf: null, headline: false, ...extra,
  });
  return [
    q('global', T.SATISFACTION_5, 'Globalement, êtes-vous satisfait de votre relation avec la Région ?', 'Overall, are you satisfied with your relationship with the Region?', { headline: true }),
    q('disappointed', T.FREE_TEXT, "Qu'est-ce qui vous a déçu ?", 'What disappointed you?', { required: false, showIf: { questionKey: 'global', anyOf: ['1', '2'] } }),
    q('payment', T.SATISFACTION_5, 'Êtes-vous satisfait des délais de paiement ?', 'Are you satisfied with payment times?'),
    q('tenders', T.SATISFACTION_5, 'Les consultations sont-elles claires et accessibles ?', 'Are tenders clear and accessible?'),
    q('recommend', T.RECOMMEND_10, 'Recommanderiez-vous la Région comme client à une autre entreprise ?', 'Would you recommend the Region as a customer to another company?'),
    q('channel', T.SINGLE_CHOICE, 'Par quel moyen préférez-vous être informé ?', 'How do you prefer to be informed?', {
      options: yesNoChoices([['portal', 'Espace fournisseurs', 'Supplier portal'], ['email', 'Courriel', 'E-mail'], ['phone', 'Téléphone', 'Telephone']]),
    }),
    q('improve', T.MULTIPLE_CHOICE, 'Que faudrait-il améliorer en priorité ?', 'What should be improved first?', {
      required: false,
      options: yesNoChoices([['payment', 'Les délais de paiement', 'Payment times'], ['digital', 'La dématérialisation', 'Paperless procedures'], ['lots', "L'allotissement des marchés", 'Splitting contracts into lots'], ['csr', 'Les critères sociaux et environnementaux', 'Social and environmental criteria']]),
    }),
    q('tendered', T.YES_NO, 'Avez-vous répondu à une consultation de la Région cette année ?', 'Did you bid in a Region tender this year?'),
    q('suggestions', T.FREE_TEXT, 'Vos suggestions', 'Your suggestions', { required: false }),
  ];
}

const SUGGESTIONS = ['Plus de visibilité sur les dates de paiement.', 'Des consultations allotties pour les petites entreprises.', "Un interlocuteur unique pour le suivi des factures.", 'Continuer la dématérialisation.', 'Des réunions fournisseurs en région.'];

export interface SurveyFigures {
  responses: number;
  satisfied: number;
  noOpinion: number;
}

/**
 * A closed campaign with raw anonymous responses drawn so that the headline gives exactly the
 * figures (the demo's past years; the benchmark's year at scale).
 */
export async function closedCampaign(em: EntityManager, year: number, figures: SurveyFigures = DEMO_SURVEY[year as 2020 | 2021]) {
  const random = seededRandom(year * 7);
  const campaign = await createCampaign(em, 'demo', {
    title: `Enquête de satisfaction des fournisseurs ${year}`, year, opensOn: `${year + 1}-01-10`, closesOn: `${year + 1}-02-28`, anonymous: true,
    introFr: "Votre avis sur l'année écoulée nous aide à améliorer nos relations avec les fournisseurs (label RFAR).", introEn: 'Your view of the past year helps us improve our supplier relations.',
    audience: { paidInYear: true }, reminderGapDays: 10, maxReminders: 2, autoRemind: false,
  });
  const questions = await setQuestions(em, 'demo', campaign.id, standardQuestionnaire());
  const byKey = new Map(standardQuestionnaire().map((q, i) => [q.key, questions[i]!]));
  const knex = (em as SqlEntityManager).getKnex();
  const audience = await audienceOf(knex, campaign);
  const now = new Date(`${year + 1}-01-10T09:00:00Z`);
  const invitations = audience.map((s) => ({ id: randomUUID(), supplier: s }));
  for (let i = 0; i < invitations.length; i += 300) {
    await knex('survey_invitation').insert(invitations.slice(i, i + 300).map((inv) => ({
      id: inv.id, created_at: now, updated_at: now, campaign_id: campaign.id, supplier_id: inv.supplier.id, sent_at: now, reminder_count: 1, last_reminded_at: new Date(`${year + 1}-01-24T09:00:00Z`), answered: false,
    })));
  }
  await knex('survey_campaign').where('id', campaign.id).update({ status: CampaignStatus.CLOSED, opened_at: now, closed_at: new Date(`${year + 1}-03-01T00:00:00Z`) });

  // Headline values: the satisfied (4–5), the others (1–3), and "no opinion", in a shuffled order.
  const headline: (number | 'NA')[] = [
    ...Array.from({ length: figures.satisfied }, () => random.pick([4, 4, 5])),
    ...Array.from({ length: figures.responses - figures.satisfied - figures.noOpinion }, () => random.pick([1, 2, 3, 3])),
    ...Array.from({ length: figures.noOpinion }, () => 'NA' as const),
  ].sort(() => random.next() - 0.5);
  const id = (key: string) => (byKey.get(key) as SurveyQuestion).id;
  const defs = questions.map(toQuestionDef);
  await knex.transaction(async (trx) => {
    for (let i = 0; i < figures.responses; i++) {
      const inv = invitations[Math.floor((i * invitations.length) / figures.responses)]!;
      const global = headline[i]!;
      const given: Answers = {
        [id('global')]: global,
        [id('payment')]: random.pick([3, 4, 4, 5, 5]),
        [id('tenders')]: random.pick([2, 3, 4, 4, 5, 'NA']),
        [id('recommend')]: typeof global === 'number' && global >= 4 ? random.pick([7, 8, 9, 9, 10]) : random.pick([3, 5, 6, 7, 8]),
        [id('channel')]: random.pick(['portal', 'portal', 'email', 'phone']),
        [id('tendered')]: random.chance(0.6),
      };
      if (random.chance(0.7)) given[id('improve')] = ['payment', 'digital', 'lots', 'csr'].filter(() => random.chance(0.4)).concat(['digital']).filter((v, j, a) => a.indexOf(v) === j);
      if (global === 1 || global === 2) given[id('disappointed')] = random.pick(['Des retards de paiement répétés.', 'Peu de retours sur nos offres non retenues.', 'Des cahiers des charges difficiles à lire.']);
      if (random.chance(0.3)) given[id('suggestions')] = random.pick(SUGGESTIONS);
      const checked = checkAnswers(defs, given, 'submit');
      if (checked.problems.length) throw new Error(`demo survey answer rejected: ${JSON.stringify(checked.problems)}`);
      await insertResponse(trx, {
        campaign, invitationId: inv.id, supplierId: inv.supplier.id, answers: checked.answers,
        segment: segmentSnapshot(inv.supplier, audience, true), submittedOn: addDays(`${year + 1}-01-10`, Math.floor((i * 45) / figures.responses)), respondentId: null,
      });
    }
  });
}

export async function seedDemoSurveys(em: EntityManager, publicUrl: string, today: LocalDate): Promise<void> {
  await closedCampaign(em, 2020);
  await closedCampaign(em, 2021);
  const year = Number(today.slice(0, 4));
  const current = await createCampaign(em, 'demo', {
    title: `Enquête de satisfaction des fournisseurs ${year}`, year, opensOn: today, closesOn: addDays(today, 28), anonymous: true,
    introFr: 'Dix questions, cinq minutes : dites-nous comment se passe votre relation avec la Région.', introEn: 'Ten questions, five minutes: tell us how your relationship with the Region is going.',
    audience: { regional: true }, reminderGapDays: 7, maxReminders: 2, autoRemind: true,
  });
  await setQuestions(em, 'demo', current.id, standardQuestionnaire());
  await openCampaign(em, 'demo', current.id, publicUrl, today);
}
