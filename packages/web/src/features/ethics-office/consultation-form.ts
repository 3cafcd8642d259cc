import type { ConsultationInput } from '../../gql/graphql';
import { isLocalDate } from '../../shared/format';

/**
 * A consultation as its form edits it (dates as typed, people with their names for the screen) and
 * as the API takes it. The server checks everything again; these checks only say what is missing
 * before a round trip.
 */
export interface Person {
  id: string;
  name: string;
  /** The direction (agents) or the SIRET (suppliers), to tell namesakes apart. */
  detail?: string | null;
}

export interface ConsultationForm {
  reference: string;
  title: string;
  publishedOn: string;
  bidsDueOn: string;
  awardedOn: string;
  notifiedOn: string;
  agents: Person[];
  candidates: Person[];
}

export type DateField = 'publishedOn' | 'bidsDueOn' | 'awardedOn' | 'notifiedOn';
export type ConsultationField = 'reference' | 'title' | DateField | 'agentIds' | 'candidateSupplierIds';
export type Problem = 'required' | 'tooLong' | 'invalidDate' | 'dateOrder';

/** In the order they must follow each other. */
export const DATE_FIELDS: readonly DateField[] = ['publishedOn', 'bidsDueOn', 'awardedOn', 'notifiedOn'];

export const emptyConsultation = (today: string): ConsultationForm => ({
  reference: '',
  title: '',
  publishedOn: today,
  bidsDueOn: '',
  awardedOn: '',
  notifiedOn: '',
  agents: [],
  candidates: [],
});

export function consultationProblems(form: ConsultationForm): Partial<Record<ConsultationField, Problem>> {
  const problems: Partial<Record<ConsultationField, Problem>> = {};
  if (!form.reference.trim()) problems.reference = 'required';
  else if (form.reference.trim().length > 60) problems.reference = 'tooLong';
  if (!form.title.trim()) problems.title = 'required';
  else if (form.title.trim().length > 500) problems.title = 'tooLong';
  if (!form.publishedOn.trim()) problems.publishedOn = 'required';
  let previous: string | null = null;
  for (const field of DATE_FIELDS) {
    const value = form[field].trim();
    if (!value) continue;
    if (!isLocalDate(value)) {
      problems[field] = 'invalidDate';
      continue;
    }
    if (previous && value < previous) problems[field] = 'dateOrder';
    previous = value;
  }
  return problems;
}

const dateOrNull = (value: string) => value.trim() || null;

export function toConsultationInput(form: ConsultationForm): ConsultationInput {
  return {
    reference: form.reference.trim(),
    title: form.title.trim(),
    publishedOn: form.publishedOn.trim(),
    bidsDueOn: dateOrNull(form.bidsDueOn),
    awardedOn: dateOrNull(form.awardedOn),
    notifiedOn: dateOrNull(form.notifiedOn),
    agentIds: form.agents.map((a) => a.id),
    candidateSupplierIds: form.candidates.map((s) => s.id),
  };
}

interface ConsultationRecord {
  reference: string;
  title: string;
  publishedOn: string;
  bidsDueOn?: string | null;
  awardedOn?: string | null;
  notifiedOn?: string | null;
  agents: readonly { id: string; displayName: string; direction?: string | null }[];
  candidateSupplierIds: readonly string[];
}

/** A recorded consultation back in the form; candidates' names come from wherever they are known. */
export function formOf(c: ConsultationRecord, supplierName: (id: string) => string): ConsultationForm {
  return {
    reference: c.reference,
    title: c.title,
    publishedOn: c.publishedOn,
    bidsDueOn: c.bidsDueOn ?? '',
    awardedOn: c.awardedOn ?? '',
    notifiedOn: c.notifiedOn ?? '',
    agents: c.agents.map((a) => ({ id: a.id, name: a.displayName, detail: a.direction })),
    candidates: c.candidateSupplierIds.map((id) => ({ id, name: supplierName(id) })),
  };
}

/** Adds a person once; the list keeps its order. */
export function withPerson(list: readonly Person[], person: Person): Person[] {
  return list.some((p) => p.id === person.id) ? [...list] : [...list, person];
}

/** Where a consultation stands on a day: its quiet period runs from publication to notification. */
export function quietPeriodOpen(c: { publishedOn: string; notifiedOn?: string | null }, today: string): boolean {
  return c.publishedOn <= today && (!c.notifiedOn || today <= c.notifiedOn);
}
