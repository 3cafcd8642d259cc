import type { EntityManager } from '@mikro-orm/core';
import { frenchCsv, type CsvCell } from '../../shared/csv-write.js';
import { DomainError } from '../../shared/errors.js';
import { getCampaign, questionsOf } from './campaign.service.js';
import { groupLabel, campaignResults } from './results.service.js';
import { NO_OPINION } from './survey-logic.js';
import { SurveyResponse } from './survey.entities.js';

/** The aggregates of a campaign as CSV: the same figures as the results page, nothing per supplier. */
export async function resultsCsv(em: EntityManager, campaignId: string): Promise<{ fileName: string; body: string }> {
  const r = await campaignResults(em, campaignId);
  const rows: CsvCell[][] = [
    ['campagne', r.campaign.title],
    ['année', r.campaign.year],
    ['anonyme', r.campaign.anonymous],
    ['invités', r.invited],
    ['réponses', r.responses],
    ['taux de réponse', r.responseRate],
    ['taux de satisfaction', r.satisfaction?.rate ?? null],
    ['réponses comptées (hors sans avis)', r.satisfaction?.n ?? null],
    ['marge d’erreur à 95 % (points)', r.satisfaction?.marginPoints ?? null],
    ['NPS', r.nps?.score ?? null],
    [],
    ['question', 'valeur', 'libellé', 'nombre'],
  ];
  for (const q of r.questions) {
    for (const d of q.distribution) rows.push([q.question.labelFr, d.value, d.labelFr, d.count]);
    for (const text of q.texts) rows.push([q.question.labelFr, 'texte', text, 1]);
    if (q.textsSuppressed) rows.push([q.question.labelFr, 'texte', 'non communiqué (moins de 5 réponses)', null]);
  }
  rows.push([], ['ventilation', 'groupe', 'réponses', 'taux de satisfaction']);
  for (const b of r.breakdowns) {
    for (const c of b.cells) {
      rows.push([b.dimension === 'SIZE' ? 'taille' : 'régional', groupLabel(b.dimension, c.group), c.suppressed ? 'pas assez de réponses' : c.n, c.suppressed ? null : (c.value?.satisfactionRate ?? null)]);
    }
  }
  return { fileName: `enquete-${r.campaign.year}-resultats.csv`, body: frenchCsv(rows) };
}

/** Raw responses, one line each — for identified campaigns only (an anonymous one has none to give). */
export async function responsesCsv(em: EntityManager, campaignId: string): Promise<{ fileName: string; body: string }> {
  const campaign = await getCampaign(em, campaignId);
  if (campaign.anonymous) throw new DomainError('FORBIDDEN', "Les réponses d'une enquête anonyme ne s'exportent pas une à une.");
  const questions = await questionsOf(em, campaignId);
  const responses = await em.find(SurveyResponse, { campaign: campaignId }, { populate: ['supplier'], orderBy: { submittedOn: 'asc' } });
  const value = (v: unknown): CsvCell => (v === undefined ? null : v === NO_OPINION ? 'sans avis' : Array.isArray(v) ? v.join(', ') : (v as CsvCell));
  const rows: CsvCell[][] = [
    ['fournisseur', 'siret', 'date', ...questions.map((q) => q.labelFr)],
    ...responses.map((r) => [r.supplier?.legalName ?? null, r.supplier?.siret ?? null, r.submittedOn, ...questions.map((q) => value(r.answers[q.id]))]),
  ];
  return { fileName: `enquete-${campaign.year}-reponses.csv`, body: frenchCsv(rows) };
}
