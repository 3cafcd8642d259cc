import { describe, expect, it } from 'vitest';
import { parseRetention, RETENTION_DEFAULTS, retentionCutoffs } from './retention-rules.js';

describe('retention cut-offs', () => {
  const cases: { name: string; today: string; days: number; cutoff: string }[] = [
    { name: '0 days: the start of today (winter, UTC+1)', today: '2026-01-15', days: 0, cutoff: '2026-01-14T23:00:00.000Z' },
    { name: '30 days back across a month', today: '2026-03-10', days: 30, cutoff: '2026-02-07T23:00:00.000Z' },
    { name: 'summer time (UTC+2)', today: '2026-07-01', days: 1, cutoff: '2026-06-29T22:00:00.000Z' },
    { name: 'across the spring change of time', today: '2026-04-01', days: 7, cutoff: '2026-03-24T23:00:00.000Z' },
    { name: 'one year back over a leap day', today: '2028-03-01', days: 365, cutoff: '2027-03-01T23:00:00.000Z' },
    { name: 'five years (1826 days)', today: '2031-06-15', days: 1826, cutoff: '2026-06-14T22:00:00.000Z' },
  ];
  it.each(cases)('$name', ({ today, days, cutoff }) => {
    const settings = { ...RETENTION_DEFAULTS, sessionDays: days };
    expect(retentionCutoffs(settings, today).sessionDays.toISOString()).toBe(cutoff);
  });

  it('gives every kind its own cut-off', () => {
    const c = retentionCutoffs(RETENTION_DEFAULTS, '2026-11-26');
    expect(c.sessionDays.toISOString()).toBe('2026-10-26T23:00:00.000Z');
    expect(c.outboxDays.toISOString()).toBe('2025-11-25T23:00:00.000Z');
    expect(c.surveyDraftDays.toISOString()).toBe('2026-11-25T23:00:00.000Z');
    expect(c.surveyDays.toISOString()).toBe('2024-11-25T23:00:00.000Z');
    expect(c.declarationDays.toISOString()).toBe('2021-11-25T23:00:00.000Z');
    expect(c.accessRequestDays.toISOString()).toBe('2025-11-25T23:00:00.000Z');
    expect(c.disputeDays.toISOString()).toBe('2021-11-25T23:00:00.000Z');
  });
});

describe('retention settings', () => {
  const cases: { env: Record<string, string>; ok?: Partial<typeof RETENTION_DEFAULTS>; error?: RegExp }[] = [
    { env: {}, ok: RETENTION_DEFAULTS },
    { env: { RETENTION_SESSION_DAYS: '7' }, ok: { sessionDays: 7 } },
    { env: { RETENTION_SURVEY_DRAFT_DAYS: '0', RETENTION_OUTBOX_DAYS: ' ' }, ok: { surveyDraftDays: 0, outboxDays: 365 } },
    { env: { RETENTION_DECLARATION_DAYS: '-1' }, error: /RETENTION_DECLARATION_DAYS/ },
    { env: { RETENTION_OUTBOX_DAYS: '1.5' }, error: /whole number/ },
    { env: { RETENTION_SURVEY_DAYS: 'deux ans' }, error: /RETENTION_SURVEY_DAYS/ },
    { env: { RETENTION_ACCESS_REQUEST_DAYS: '90', RETENTION_DISPUTE_DAYS: '3650' }, ok: { accessRequestDays: 90, disputeDays: 3650 } },
    { env: { RETENTION_DISPUTE_DAYS: 'cinq ans' }, error: /RETENTION_DISPUTE_DAYS/ },
  ];
  it.each(cases)('%j', ({ env, ok, error }) => {
    if (error) expect(() => parseRetention(env)).toThrow(error);
    else expect(parseRetention(env)).toMatchObject(ok!);
  });
});
