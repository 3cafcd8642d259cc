import { describe, expect, it } from 'vitest';
import { charterStanding, mustAccept } from './charter-standing';

const v1 = { version: 1, userName: 'Claire Berthon', acceptedAt: '2026-01-10T09:00:00.000Z' };
const v2 = { version: 2, userName: 'Hugo Martin', acceptedAt: '2026-06-01T09:00:00.000Z' };

describe('charterStanding', () => {
  it('says when nothing is published', () => {
    const standing = charterStanding({ accepted: false, current: null, history: [] });
    expect(standing).toEqual({ kind: 'noCharter' });
    expect(mustAccept(standing)).toBe(false);
  });

  it('names who accepted the version in force, and when', () => {
    const standing = charterStanding({ accepted: true, current: { version: 2 }, history: [v2, v1] });
    expect(standing).toEqual({ kind: 'accepted', acceptance: v2 });
    expect(mustAccept(standing)).toBe(false);
  });

  it('asks again for a new version, recalling the last one accepted', () => {
    const standing = charterStanding({ accepted: false, current: { version: 3 }, history: [v1, v2] });
    expect(standing).toEqual({ kind: 'newVersion', version: 3, previous: v2 });
    expect(mustAccept(standing)).toBe(true);
  });

  it('asks a supplier that never accepted', () => {
    const standing = charterStanding({ accepted: false, current: { version: 1 }, history: [] });
    expect(standing).toEqual({ kind: 'never', version: 1 });
    expect(mustAccept(standing)).toBe(true);
  });

  it('does not trust `accepted` without the acceptance of the version in force', () => {
    expect(charterStanding({ accepted: true, current: { version: 2 }, history: [v1] }).kind).toBe('newVersion');
  });
});
