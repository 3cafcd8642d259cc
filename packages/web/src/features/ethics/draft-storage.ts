import type { DeclarationDraft } from './declaration-form';
import { emptyDraft } from './declaration-form';
import { isKind } from './declaration-labels';

/**
 * A declaration being typed is kept in this tab's session storage (gone when the tab closes, never
 * shared with another tab or user), so that a reload or a failed filing loses nothing. It is
 * dropped once filed.
 */
const PREFIX = 'spaser.declarationDraft';

export const draftKey = (userId: string, amendsId: string | null) => `${PREFIX}:${userId}:${amendsId ?? 'new'}`;

const STRINGS = ['what', 'occasion', 'place', 'eventOn', 'value', 'department', 'name', 'nature', 'description'] as const;

/** A stored draft, checked field by field (a damaged or foreign entry reads as none). */
export function readDraft(raw: string | null): DeclarationDraft | null {
  if (!raw) return null;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!value || typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (v.kind !== '' && !isKind(v.kind)) return null;
  const draft = emptyDraft(v.kind as DeclarationDraft['kind']);
  for (const key of STRINGS) if (typeof v[key] === 'string') draft[key] = v[key];
  if (v.beneficiaryMode === 'agent' || v.beneficiaryMode === 'other') draft.beneficiaryMode = v.beneficiaryMode;
  if (typeof v.anonymous === 'boolean') draft.anonymous = v.anonymous;
  const agent = v.agent as Record<string, unknown> | null | undefined;
  if (agent && typeof agent.id === 'string' && typeof agent.displayName === 'string') {
    draft.agent = { id: agent.id, displayName: agent.displayName, direction: typeof agent.direction === 'string' ? agent.direction : null };
  }
  return draft;
}

/** Whether a draft holds anything typed or chosen. */
export const isBlank = (d: DeclarationDraft) => JSON.stringify(d) === JSON.stringify(emptyDraft());

function storage(): Storage | null {
  try {
    return window.sessionStorage;
  } catch {
    return null;
  }
}

export function loadDraft(key: string): DeclarationDraft | null {
  return readDraft(storage()?.getItem(key) ?? null);
}

export function saveDraft(key: string, draft: DeclarationDraft): void {
  try {
    if (isBlank(draft)) storage()?.removeItem(key);
    else storage()?.setItem(key, JSON.stringify(draft));
  } catch {
    // Storage full or refused: the form still holds it.
  }
}

export function clearDraft(key: string): void {
  try {
    storage()?.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
