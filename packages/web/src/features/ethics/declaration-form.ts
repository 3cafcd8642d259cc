import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { Language } from '../../app/i18n';
import type { DeclarationInput, DeclarationKind } from '../../gql/graphql';
import { isLocalDate } from '../../shared/format';
import { parseDecimalInput } from '../../shared/money';
import { isNature, isValued } from './declaration-labels';

/**
 * The declaration form's state and rules, apart from React: what each kind asks for, what is
 * still missing, and the API input it becomes (for the live check and for filing).
 */
export interface AgentChoice {
  id: string;
  displayName: string;
  direction?: string | null;
}

export interface DeclarationDraft {
  kind: DeclarationKind | '';
  what: string;
  occasion: string;
  place: string;
  eventOn: string;
  /** As typed: "45,50", "1 200", "73.00". */
  value: string;
  /** An agent of the directory, or a department and name typed in. */
  beneficiaryMode: 'agent' | 'other';
  agent: AgentChoice | null;
  department: string;
  name: string;
  nature: string;
  description: string;
  anonymous: boolean;
}

export const emptyDraft = (kind: DeclarationKind | '' = ''): DeclarationDraft => ({
  kind,
  what: '',
  occasion: '',
  place: '',
  eventOn: '',
  value: '',
  beneficiaryMode: 'agent',
  agent: null,
  department: '',
  name: '',
  nature: '',
  description: '',
  anonymous: false,
});

export type DraftField = 'kind' | 'what' | 'value' | 'eventOn' | 'occasion' | 'place' | 'nature' | 'beneficiary' | 'description' | 'attachments';

/** The fields a kind asks for, in the form's order (SPEC §3). */
export function fieldsOf(kind: DeclarationKind | ''): DraftField[] {
  switch (kind) {
    case 'GIFT':
      return ['what', 'value', 'eventOn', 'occasion', 'beneficiary'];
    case 'INVITATION':
      return ['what', 'value', 'eventOn', 'place', 'beneficiary'];
    case 'CONFLICT_OF_INTEREST':
      return ['nature', 'beneficiary', 'eventOn', 'description'];
    case 'ANTI_COMPETITIVE_PRACTICE':
      return ['description'];
    default:
      return [];
  }
}

export type Problem = 'required' | 'chooseAgent' | 'valueFormat' | 'dateFormat' | 'futureDate' | 'tooLong';
export type DraftProblems = Partial<Record<DraftField, Problem>>;

const SHORT_MAX = 200;
const LONG_MAX = 5000;
const blank = (s: string) => !s.trim();

/** What stops the form from being filed, field by field (the server checks the same again). */
export function draftProblems(d: DeclarationDraft, today: string): DraftProblems {
  if (!d.kind) return { kind: 'required' };
  const problems: DraftProblems = {};
  for (const field of fieldsOf(d.kind)) {
    switch (field) {
      case 'what':
      case 'occasion':
      case 'place':
        if (blank(d[field])) problems[field] = 'required';
        else if (d[field].trim().length > SHORT_MAX) problems[field] = 'tooLong';
        break;
      case 'value':
        if (blank(d.value)) problems.value = 'required';
        else if (parseDecimalInput(d.value) === null) problems.value = 'valueFormat';
        break;
      case 'eventOn':
        if (blank(d.eventOn)) problems.eventOn = 'required';
        else if (!isLocalDate(d.eventOn)) problems.eventOn = 'dateFormat';
        else if (d.eventOn > today) problems.eventOn = 'futureDate';
        break;
      case 'nature':
        if (!isNature(d.nature)) problems.nature = 'required';
        break;
      case 'beneficiary':
        if (d.beneficiaryMode === 'agent' && !d.agent) problems.beneficiary = 'chooseAgent';
        else if (d.beneficiaryMode === 'other' && blank(d.department) && blank(d.name)) problems.beneficiary = 'required';
        else if (d.beneficiaryMode === 'other' && (d.department.trim().length > SHORT_MAX || d.name.trim().length > SHORT_MAX)) problems.beneficiary = 'tooLong';
        break;
      case 'description':
        if (blank(d.description)) problems.description = 'required';
        else if (d.description.length > LONG_MAX) problems.description = 'tooLong';
        break;
    }
  }
  return problems;
}

/** The fields in error, in the form's order (for the error summary). */
export function problemList(problems: DraftProblems, kind: DeclarationKind | ''): [DraftField, Problem][] {
  return (['kind', ...fieldsOf(kind)] as DraftField[]).flatMap((f) => (problems[f] ? [[f, problems[f]] as [DraftField, Problem]] : []));
}

/** The API input: only the fields of its kind, trimmed; an unreadable value or date is left out. */
export function toDeclarationInput(d: DeclarationDraft & { kind: DeclarationKind }, amendsId?: string | null): DeclarationInput {
  const input: DeclarationInput = { kind: d.kind };
  if (amendsId) input.amendsId = amendsId;
  const text = (s: string) => s.trim() || undefined;
  for (const field of fieldsOf(d.kind)) {
    switch (field) {
      case 'what':
      case 'occasion':
      case 'place':
      case 'description':
        if (text(d[field])) input[field] = d[field].trim();
        break;
      case 'nature':
        if (isNature(d.nature)) input.nature = d.nature;
        break;
      case 'value': {
        const value = parseDecimalInput(d.value);
        if (value !== null) input.value = value;
        break;
      }
      case 'eventOn':
        if (isLocalDate(d.eventOn)) input.eventOn = d.eventOn;
        break;
      case 'beneficiary':
        if (d.beneficiaryMode === 'agent') {
          if (d.agent) input.beneficiaryAgentId = d.agent.id;
        } else {
          if (text(d.department)) input.beneficiaryDepartment = d.department.trim();
          if (text(d.name)) input.beneficiaryName = d.name.trim();
        }
        break;
    }
  }
  if (d.kind === 'ANTI_COMPETITIVE_PRACTICE') input.anonymous = d.anonymous;
  return input;
}

/**
 * The input for the live rule check, once there is something the rules can look at: a gift's or
 * an invitation's date (quiet period; with a value and a beneficiary, the yearly cap), a conflict's
 * agent (priority review). A report has no rule to check.
 */
export function checkInput(d: DeclarationDraft, amendsId?: string | null): DeclarationInput | null {
  if (!d.kind) return null;
  if (isValued(d.kind) && !isLocalDate(d.eventOn)) return null;
  if (d.kind === 'CONFLICT_OF_INTEREST' && !(d.beneficiaryMode === 'agent' && d.agent)) return null;
  if (d.kind === 'ANTI_COMPETITIVE_PRACTICE') return null;
  return toDeclarationInput({ ...d, kind: d.kind }, amendsId);
}

export interface DeclarationToAmend {
  kind: DeclarationKind;
  what?: string | null;
  occasion?: string | null;
  place?: string | null;
  eventOn?: string | null;
  value?: { amount: string } | null;
  beneficiaryAgent?: AgentChoice | null;
  beneficiaryDepartment?: string | null;
  beneficiaryName?: string | null;
  nature?: string | null;
  description?: string | null;
  anonymous: boolean;
}

/** An amendment starts from the declaration it corrects (same kind, same facts, to be changed). */
export function draftFrom(d: DeclarationToAmend, language: Language): DeclarationDraft {
  const hasOther = !d.beneficiaryAgent && !!(d.beneficiaryDepartment || d.beneficiaryName);
  return {
    ...emptyDraft(d.kind),
    what: d.what ?? '',
    occasion: d.occasion ?? '',
    place: d.place ?? '',
    eventOn: d.eventOn ?? '',
    value: d.value ? (language === 'fr' ? d.value.amount.replace('.', ',') : d.value.amount) : '',
    beneficiaryMode: hasOther ? 'other' : 'agent',
    agent: d.beneficiaryAgent ? { id: d.beneficiaryAgent.id, displayName: d.beneficiaryAgent.displayName, direction: d.beneficiaryAgent.direction ?? null } : null,
    department: d.beneficiaryDepartment ?? '',
    name: d.beneficiaryName ?? '',
    nature: d.nature ?? '',
    description: d.description ?? '',
    anonymous: d.anonymous,
  };
}

/** The API's field names, as the form's. */
export function formFieldOf(apiField: string): DraftField | null {
  switch (apiField) {
    case 'kind':
    case 'what':
    case 'occasion':
    case 'place':
    case 'eventOn':
    case 'nature':
    case 'description':
    case 'value':
      return apiField;
    case 'beneficiaryAgentId':
    case 'beneficiaryDepartment':
    case 'beneficiaryName':
      return 'beneficiary';
    case 'attachmentUploadIds':
      return 'attachments';
    default:
      return null;
  }
}

/**
 * The server's per-field problems in a refused filing (BAD_USER_INPUT): `details.fields` lists
 * `{ field, problem }` (or `problems`), `details.field` names one field. Its messages are French.
 */
export function serverProblems(error: unknown): Partial<Record<DraftField, string>> {
  const out: Partial<Record<DraftField, string>> = {};
  if (!CombinedGraphQLErrors.is(error)) return out;
  for (const e of error.errors) {
    const details = e.extensions?.details as { field?: unknown; fields?: unknown } | undefined;
    const put = (field: unknown, text: string) => {
      const f = typeof field === 'string' ? formFieldOf(field) : null;
      if (f && !out[f]) out[f] = text;
    };
    if (Array.isArray(details?.fields)) {
      for (const item of details.fields as { field?: unknown; problem?: unknown; problems?: unknown }[]) {
        const text = typeof item.problem === 'string' ? item.problem : Array.isArray(item.problems) ? item.problems.join(' ') : e.message;
        put(item.field, text);
      }
    } else if (details?.field !== undefined) {
      put(details.field, e.message);
    }
  }
  return out;
}
