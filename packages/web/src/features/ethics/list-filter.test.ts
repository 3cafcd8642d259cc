import { describe, expect, it } from 'vitest';
import { isFiltered, NO_FILTER, readFilter, toApiFilter, writeFilter } from './list-filter';

describe('the declaration list filters', () => {
  it('read the address, ignoring unknown values', () => {
    expect(readFilter(new URLSearchParams('type=GIFT&statut=UNDER_REVIEW&signalees=1'))).toEqual({ kind: 'GIFT', status: 'UNDER_REVIEW', flagged: true });
    expect(readFilter(new URLSearchParams('type=BRIBE&statut=lost'))).toEqual(NO_FILTER);
  });

  it('write back what they read, and nothing when empty', () => {
    const filter = { kind: 'INVITATION', status: 'CLOSED', flagged: false } as const;
    expect(readFilter(writeFilter(filter))).toEqual(filter);
    expect(writeFilter(NO_FILTER).toString()).toBe('');
  });

  it('become the API filter only when something is chosen', () => {
    expect(isFiltered(NO_FILTER)).toBe(false);
    expect(toApiFilter(NO_FILTER)).toBeUndefined();
    expect(toApiFilter({ kind: 'GIFT', status: '', flagged: true })).toEqual({ kind: 'GIFT', flagged: true });
    expect(toApiFilter({ kind: '', status: 'REFUSED', flagged: false })).toEqual({ status: 'REFUSED' });
  });
});
