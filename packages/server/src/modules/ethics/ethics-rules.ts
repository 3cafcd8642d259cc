import { isLocalDate, type LocalDate } from '../../shared/calendar.js';

/**
 * The ethics rules checked while a declaration is filled in and stored as flags at submission
 * (SPEC §3). Pure: the facts (earlier declarations, consultations, thresholds) and the date are
 * arguments. They never block a declaration: an honest declaration of a breach is still recorded.
 */
export enum DeclarationKind {
  GIFT = 'GIFT',
  INVITATION = 'INVITATION',
  CONFLICT_OF_INTEREST = 'CONFLICT_OF_INTEREST',
  ANTI_COMPETITIVE_PRACTICE = 'ANTI_COMPETITIVE_PRACTICE',
}

export enum DeclarationFlag {
  /** Gifts and invitations to one beneficiary in the calendar year add up above the cap. */
  OVER_YEARLY_CAP = 'OVER_YEARLY_CAP',
  /** Dated while a consultation the supplier takes part in is open (publication to notification). */
  DURING_QUIET_PERIOD = 'DURING_QUIET_PERIOD',
  /** A conflict of interest touching an agent of an open consultation the supplier takes part in. */
  PRIORITY_REVIEW = 'PRIORITY_REVIEW',
}

/** "Very low value" gift ceiling, incl. tax, per company and beneficiary and calendar year. */
export const DEFAULT_YEARLY_CAP_CENTS = 7300;

export interface Threshold {
  valueCents: number;
  effectiveFrom: LocalDate;
}

/** The threshold in force on a day: the latest whose date is on or before it (the default before any). */
export function thresholdOn(thresholds: readonly Threshold[], day: LocalDate): Threshold {
  const applicable = thresholds.filter((t) => t.effectiveFrom <= day).sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? 1 : -1));
  return applicable[0] ?? { valueCents: DEFAULT_YEARLY_CAP_CENTS, effectiveFrom: '1970-01-01' };
}

export interface ValueDeclaration {
  /** The gift's or invitation's date. */
  on: LocalDate;
  valueCents: number;
  /** Who received it: an agent id, or else a department or a typed name, normalised by the caller. */
  beneficiaryKey: string;
}

export interface CapCheck {
  year: number;
  /** This declaration included. */
  runningTotalCents: number;
  capCents: number;
  over: boolean;
}

/**
 * Gifts and invitations of one company (all its establishments: SIREN) to one beneficiary in the
 * calendar year of this one add up; above the cap in force on its date, it is flagged. Earlier
 * declarations of the same year count whatever their own flags; those of another year do not.
 */
export function yearlyCap(current: ValueDeclaration, earlier: readonly ValueDeclaration[], thresholds: readonly Threshold[]): CapCheck {
  const year = Number(current.on.slice(0, 4));
  const sameYear = earlier.filter((d) => d.beneficiaryKey === current.beneficiaryKey && Number(d.on.slice(0, 4)) === year);
  const runningTotalCents = sameYear.reduce((s, d) => s + d.valueCents, 0) + current.valueCents;
  const capCents = thresholdOn(thresholds, current.on).valueCents;
  return { year, runningTotalCents, capCents, over: runningTotalCents > capCents };
}

export interface ConsultationWindow {
  id: string;
  reference: string;
  publishedOn: LocalDate;
  /** Null while not yet notified: the quiet period goes on. */
  notifiedOn: LocalDate | null;
  agentIds: readonly string[];
}

/** The consultations (the supplier is a candidate of) open on a day: publication to notification, both included. */
export function openOn(consultations: readonly ConsultationWindow[], day: LocalDate): ConsultationWindow[] {
  return consultations.filter((c) => c.publishedOn <= day && (c.notifiedOn === null || day <= c.notifiedOn));
}

export interface RuleInput {
  kind: DeclarationKind;
  on: LocalDate | null;
  valueCents: number | null;
  beneficiaryKey: string | null;
  /** For a conflict of interest: the agent concerned, when chosen from the directory. */
  agentId: string | null;
}

export interface RuleOutcome {
  flags: DeclarationFlag[];
  cap: CapCheck | null;
  /** References of the consultations behind a quiet-period or priority flag. */
  consultations: string[];
}

export function checkDeclaration(
  d: RuleInput,
  facts: { earlier: readonly ValueDeclaration[]; thresholds: readonly Threshold[]; consultations: readonly ConsultationWindow[]; today: LocalDate },
): RuleOutcome {
  const flags: DeclarationFlag[] = [];
  let cap: CapCheck | null = null;
  const consultations: string[] = [];
  const valued = d.kind === DeclarationKind.GIFT || d.kind === DeclarationKind.INVITATION;
  if (valued && d.on && d.valueCents !== null && d.beneficiaryKey) {
    cap = yearlyCap({ on: d.on, valueCents: d.valueCents, beneficiaryKey: d.beneficiaryKey }, facts.earlier, facts.thresholds);
    if (cap.over) flags.push(DeclarationFlag.OVER_YEARLY_CAP);
  }
  if (valued && d.on) {
    const open = openOn(facts.consultations, d.on);
    if (open.length) {
      flags.push(DeclarationFlag.DURING_QUIET_PERIOD);
      consultations.push(...open.map((c) => c.reference));
    }
  }
  if (d.kind === DeclarationKind.CONFLICT_OF_INTEREST && d.agentId) {
    const touching = openOn(facts.consultations, facts.today).filter((c) => c.agentIds.includes(d.agentId!));
    if (touching.length) {
      flags.push(DeclarationFlag.PRIORITY_REVIEW);
      consultations.push(...touching.map((c) => c.reference));
    }
  }
  return { flags, cap, consultations: [...new Set(consultations)] };
}

/** A declaration as filed (or being filled in). */
export interface DeclarationInput {
  kind: DeclarationKind;
  eventOn?: string | null;
  valueCents?: number | null;
  beneficiaryAgentId?: string | null;
  beneficiaryDepartment?: string | null;
  beneficiaryName?: string | null;
  what?: string | null;
  occasion?: string | null;
  place?: string | null;
  nature?: string | null;
  description?: string | null;
  anonymous?: boolean;
  amendsId?: string | null;
}

export const CONFLICT_NATURES = ['FAMILY', 'FINANCIAL', 'FORMER_EMPLOYMENT', 'OTHER'] as const;

/**
 * The fields of the GraphQL `DeclarationInput` a problem can name: the form maps them back to its
 * inputs, so they are the API's names (`value` in euros, the beneficiary through its directory pick),
 * not this module's (`valueCents`).
 */
export type DeclarationProblemField =
  'what' | 'eventOn' | 'value' | 'beneficiaryAgentId' | 'beneficiaryDepartment' | 'beneficiaryName' | 'occasion' | 'place' | 'nature' | 'description' | 'anonymous';

/** What each kind needs (SPEC §3), as field → problem. */
export function declarationProblems(d: DeclarationInput, today: LocalDate): { field: DeclarationProblemField; problem: string }[] {
  const problems: { field: DeclarationProblemField; problem: string }[] = [];
  const need = (field: DeclarationProblemField & keyof DeclarationInput, problem: string) => {
    const v = d[field];
    if (v === undefined || v === null || (typeof v === 'string' && !v.trim())) problems.push({ field, problem });
  };
  const valued = d.kind === DeclarationKind.GIFT || d.kind === DeclarationKind.INVITATION;
  if (valued) {
    need('what', d.kind === DeclarationKind.GIFT ? 'Décrivez le cadeau.' : "Précisez l'invitation (repas, événement, voyage…).");
    need('eventOn', 'La date est obligatoire.');
    if (d.valueCents === null || d.valueCents === undefined || d.valueCents < 0) problems.push({ field: 'value', problem: 'Indiquez une valeur estimée (0 € ou plus).' });
    if (!d.beneficiaryAgentId && !d.beneficiaryDepartment?.trim() && !d.beneficiaryName?.trim()) problems.push({ field: 'beneficiaryAgentId', problem: "Indiquez l'agent ou le service bénéficiaire." });
    if (d.kind === DeclarationKind.GIFT) need('occasion', "Précisez l'occasion.");
    else need('place', 'Précisez le lieu.');
  }
  if (d.kind === DeclarationKind.CONFLICT_OF_INTEREST) {
    if (!d.nature || !(CONFLICT_NATURES as readonly string[]).includes(d.nature)) problems.push({ field: 'nature', problem: 'Choisissez la nature du conflit.' });
    if (!d.beneficiaryAgentId && !d.beneficiaryDepartment?.trim() && !d.beneficiaryName?.trim()) problems.push({ field: 'beneficiaryAgentId', problem: "Indiquez l'agent ou le service concerné." });
    need('eventOn', 'Depuis quand ?');
    need('description', 'Décrivez la situation.');
  }
  if (d.kind === DeclarationKind.ANTI_COMPETITIVE_PRACTICE) need('description', 'Décrivez les faits.');
  if (d.anonymous && d.kind !== DeclarationKind.ANTI_COMPETITIVE_PRACTICE) problems.push({ field: 'anonymous', problem: 'Seul un signalement peut être anonyme.' });
  if (d.eventOn && (!isLocalDate(d.eventOn) || d.eventOn > today)) problems.push({ field: 'eventOn', problem: 'Date invalide ou dans le futur.' });
  for (const f of ['what', 'occasion', 'place', 'beneficiaryDepartment', 'beneficiaryName'] as const) if ((d[f]?.length ?? 0) > 200) problems.push({ field: f, problem: '200 caractères au plus.' });
  if ((d.description?.length ?? 0) > 5000) problems.push({ field: 'description', problem: '5 000 caractères au plus.' });
  return problems;
}

const normalize = (s: string) => s.normalize('NFD').replace(/\p{Diacritic}/gu, '').trim().toLowerCase().replace(/\s+/g, ' ');
export function beneficiaryKey(d: Pick<DeclarationInput, 'beneficiaryAgentId' | 'beneficiaryDepartment' | 'beneficiaryName'>): string | null {
  if (d.beneficiaryAgentId) return `agent:${d.beneficiaryAgentId}`;
  if (d.beneficiaryName?.trim()) return `name:${normalize(d.beneficiaryName)}`;
  if (d.beneficiaryDepartment?.trim()) return `dept:${normalize(d.beneficiaryDepartment)}`;
  return null;
}

