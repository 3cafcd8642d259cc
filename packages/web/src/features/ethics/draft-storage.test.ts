import { afterEach, describe, expect, it } from 'vitest';
import { emptyDraft } from './declaration-form';
import { clearDraft, draftKey, isBlank, loadDraft, readDraft, saveDraft } from './draft-storage';

describe('the declaration draft kept in the tab', () => {
  afterEach(() => sessionStorage.clear());
  const key = draftKey('u1', null);
  const draft = { ...emptyDraft('GIFT'), what: 'Coffret', value: '45,50', agent: { id: 'a1', displayName: 'Fatima Finances', direction: null } };

  it('is kept per user and per declaration amended', () => {
    expect(draftKey('u1', null)).not.toBe(draftKey('u2', null));
    expect(draftKey('u1', 'd1')).not.toBe(key);
    saveDraft(key, draft);
    expect(loadDraft(key)).toEqual(draft);
    expect(loadDraft(draftKey('u2', null))).toBeNull();
  });

  it('is removed when blank, or once filed', () => {
    saveDraft(key, draft);
    saveDraft(key, emptyDraft());
    expect(sessionStorage.getItem(key)).toBeNull();
    saveDraft(key, draft);
    clearDraft(key);
    expect(loadDraft(key)).toBeNull();
    expect(isBlank(emptyDraft())).toBe(true);
    expect(isBlank(draft)).toBe(false);
  });

  it('reads a damaged or foreign entry as none, and keeps only known fields of known types', () => {
    expect(readDraft('{not json')).toBeNull();
    expect(readDraft('"text"')).toBeNull();
    expect(readDraft(JSON.stringify({ kind: 'BRIBE' }))).toBeNull();
    expect(readDraft(JSON.stringify({ kind: 'GIFT', what: 42, value: '3', agent: { id: 1 }, extra: 'x' }))).toEqual({ ...emptyDraft('GIFT'), value: '3' });
  });
});
