import { describe, expect, it } from 'vitest';
import { canMove, canWrite, checkText, type DisputeActor, DisputeStatus as S, daysToClose, firstAnswerAt, isClosedStatus } from './mediation-rules.js';

describe('dispute status moves', () => {
  const all = Object.values(S);
  const allowed: [DisputeActor, S, S][] = [
    ['MEDIATOR', S.OPEN, S.UNDER_REVIEW],
    ['MEDIATOR', S.OPEN, S.RESOLVED],
    ['MEDIATOR', S.OPEN, S.CLOSED_WITHOUT_AGREEMENT],
    ['MEDIATOR', S.UNDER_REVIEW, S.RESOLVED],
    ['MEDIATOR', S.UNDER_REVIEW, S.CLOSED_WITHOUT_AGREEMENT],
    ['SUPPLIER', S.OPEN, S.WITHDRAWN],
    ['SUPPLIER', S.UNDER_REVIEW, S.WITHDRAWN],
  ];
  const key = (a: DisputeActor, f: S, t: S) => `${a}:${f}->${t}`;
  const yes = new Set(allowed.map(([a, f, t]) => key(a, f, t)));
  const table = (['MEDIATOR', 'SUPPLIER'] as const).flatMap((a) => all.flatMap((f) => all.map((t) => [a, f, t, yes.has(key(a, f, t))] as const)));

  it.each(table)('%s %s → %s: %s', (actor, from, to, expected) => {
    expect(canMove(actor, from, to)).toBe(expected);
  });

  it('final statuses are exactly the closed ones', () => {
    expect(all.filter(isClosedStatus)).toEqual([S.RESOLVED, S.CLOSED_WITHOUT_AGREEMENT, S.WITHDRAWN]);
  });
});

describe('writing in a thread', () => {
  it.each([
    ['SUPPLIER', S.OPEN, false, true],
    ['SUPPLIER', S.UNDER_REVIEW, false, true],
    ['SUPPLIER', S.OPEN, true, false],
    ['MEDIATOR', S.OPEN, true, true],
    ['MEDIATOR', S.UNDER_REVIEW, false, true],
    ['MEDIATOR', S.RESOLVED, false, false],
    ['SUPPLIER', S.WITHDRAWN, false, false],
    ['MEDIATOR', S.CLOSED_WITHOUT_AGREEMENT, true, false],
  ] as const)('%s in %s (internal %s): %s', (actor, status, internal, expected) => {
    expect(canWrite(actor, status, internal)).toBe(expected);
  });
});

describe('first answer', () => {
  const at = new Date('2026-03-02T10:00:00Z');
  const earlier = new Date('2026-03-01T10:00:00Z');
  it.each([
    [null, 'MEDIATOR', false, at],
    [null, 'MEDIATOR', true, null],
    [null, 'SUPPLIER', false, null],
    [earlier, 'MEDIATOR', false, earlier],
  ] as const)('from %s, %s (internal %s) → %s', (current, actor, internal, expected) => {
    expect(firstAnswerAt(current, actor, internal, at)).toEqual(expected);
  });
});

describe('days to close and texts', () => {
  it.each([
    ['2026-03-01', '2026-03-01', 0],
    ['2026-03-01', '2026-03-31', 30],
    ['2025-12-30', '2026-01-02', 3],
    ['2024-02-28', '2024-03-01', 2],
  ])('%s → %s: %i days', (a, b, n) => expect(daysToClose(a, b)).toBe(n));

  it.each([
    ['title', '', 'REQUIRED'],
    ['title', '   ', 'REQUIRED'],
    ['title', 'x'.repeat(200), null],
    ['title', 'x'.repeat(201), 'TOO_LONG'],
    ['body', 'x'.repeat(10_000), null],
    ['body', 'x'.repeat(10_001), 'TOO_LONG'],
  ] as const)('%s of %#: %s', (field, value, expected) => expect(checkText(field, value)).toBe(expected));
});
