import type { MeetingInput } from '../../gql/graphql';
import { isLocalDate } from '../../shared/format';
import type { Person } from './consultation-form';

/** A meeting as its form edits it: the topics typed one per line. */
export interface MeetingForm {
  heldOn: string;
  supplier: Person | null;
  agents: Person[];
  topics: string;
}

export type MeetingField = 'heldOn' | 'supplierId' | 'agentIds' | 'topics';
export type MeetingProblem = 'required' | 'invalidDate' | 'future' | 'topicTooLong';

export const TOPIC_MAX = 500;

export const emptyMeeting = (today: string): MeetingForm => ({ heldOn: today, supplier: null, agents: [], topics: '' });

/** One topic per non-blank line, as the supplier will read them. */
export function topicsOf(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, '').trim())
    .filter(Boolean);
}

export function meetingProblems(form: MeetingForm, today: string): Partial<Record<MeetingField, MeetingProblem>> {
  const problems: Partial<Record<MeetingField, MeetingProblem>> = {};
  if (!form.heldOn.trim()) problems.heldOn = 'required';
  else if (!isLocalDate(form.heldOn.trim())) problems.heldOn = 'invalidDate';
  else if (form.heldOn.trim() > today) problems.heldOn = 'future';
  if (!form.supplier) problems.supplierId = 'required';
  const topics = topicsOf(form.topics);
  if (!topics.length) problems.topics = 'required';
  else if (topics.some((t) => t.length > TOPIC_MAX)) problems.topics = 'topicTooLong';
  return problems;
}

/** No agent chosen: the server records the writer as the agent present. */
export function toMeetingInput(form: MeetingForm): MeetingInput {
  return { heldOn: form.heldOn.trim(), supplierId: form.supplier?.id ?? '', agentIds: form.agents.map((a) => a.id), topics: topicsOf(form.topics) };
}
