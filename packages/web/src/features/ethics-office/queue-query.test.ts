import { describe, expect, it } from 'vitest';
import { addDays, ageInDays, daysBetween, EMPTY_QUEUE_QUERY, isFiltered, readQueueQuery, toDeclarationFilter, writeQueueQuery } from './queue-query';

describe('the review queue address', () => {
  it('reads what it writes', () => {
    const query = { kind: 'GIFT', flagged: 'yes', status: 'SUBMITTED', olderThan: '30' } as const;
    const params = writeQueueQuery(query);
    expect(params.toString()).toBe('type=GIFT&signalement=oui&statut=SUBMITTED&anciennete=30');
    expect(readQueueQuery(params)).toEqual(query);
    expect(readQueueQuery(writeQueueQuery({ flagged: 'no' })).flagged).toBe('no');
    expect(writeQueueQuery({ flagged: 'OVER_YEARLY_CAP' }).toString()).toBe('signalement=OVER_YEARLY_CAP');
    expect(readQueueQuery(new URLSearchParams('signalement=PRIORITY_REVIEW')).flagged).toBe('PRIORITY_REVIEW');
  });

  it('ignores unknown values (a hand-edited or stale link)', () => {
    expect(readQueueQuery(new URLSearchParams('type=BRIBE&signalement=peut-etre&statut=OPEN&anciennete=12'))).toEqual(EMPTY_QUEUE_QUERY);
    expect(isFiltered(EMPTY_QUEUE_QUERY)).toBe(false);
    expect(isFiltered({ ...EMPTY_QUEUE_QUERY, olderThan: '7' })).toBe(true);
  });
});

describe('the API filter', () => {
  it('is empty without filters', () => {
    expect(toDeclarationFilter(EMPTY_QUEUE_QUERY, '2026-03-10')).toEqual({});
  });

  it('turns the age into a day: older than 7 days on 10 March is submitted before 3 March', () => {
    expect(toDeclarationFilter({ kind: 'CONFLICT_OF_INTEREST', flagged: 'no', status: 'UNDER_REVIEW', olderThan: '7' }, '2026-03-10')).toEqual({
      kind: 'CONFLICT_OF_INTEREST',
      flagged: false,
      status: 'UNDER_REVIEW',
      submittedBefore: '2026-03-03',
    });
    expect(toDeclarationFilter({ ...EMPTY_QUEUE_QUERY, flagged: 'yes', olderThan: '30' }, '2026-03-10')).toEqual({ flagged: true, submittedBefore: '2026-02-08' });
    expect(toDeclarationFilter({ ...EMPTY_QUEUE_QUERY, flagged: 'DURING_QUIET_PERIOD' }, '2026-03-10')).toEqual({ flag: 'DURING_QUIET_PERIOD' });
  });
});

describe('days', () => {
  it('move across months, years and the change to summer time', () => {
    expect(addDays('2026-03-03', -7)).toBe('2026-02-24');
    expect(addDays('2025-12-28', 7)).toBe('2026-01-04');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2026-03-28', '2026-03-30')).toBe(2);
    expect(daysBetween('2026-03-10', '2026-03-03')).toBe(-7);
  });

  it('count the age in Paris days: 23:30 UTC on 9 March is already 10 March in Paris', () => {
    expect(ageInDays('2026-03-09T23:30:00.000Z', '2026-03-10')).toBe(0);
    expect(ageInDays('2026-03-09T22:30:00.000Z', '2026-03-10')).toBe(1);
    expect(ageInDays('2026-02-08T10:00:00.000Z', '2026-03-10')).toBe(30);
    // A clock slightly ahead on the server never gives a negative age.
    expect(ageInDays('2026-03-11T08:00:00.000Z', '2026-03-10')).toBe(0);
  });
});
