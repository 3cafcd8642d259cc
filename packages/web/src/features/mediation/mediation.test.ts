import { describe, expect, it } from 'vitest';
import { checkOpenForm, daysSince, mediatorMoves, newDisputePath, readQueueFilter, readSubject, splitDeclarationLabel, toApiQueueFilter, writeQueueFilter } from './mediation';

describe('mediation helpers', () => {
  it.each([
    ['OPEN', ['UNDER_REVIEW', 'RESOLVED', 'CLOSED_WITHOUT_AGREEMENT']],
    ['UNDER_REVIEW', ['RESOLVED', 'CLOSED_WITHOUT_AGREEMENT']],
    ['RESOLVED', []],
    ['CLOSED_WITHOUT_AGREEMENT', []],
    ['WITHDRAWN', []],
  ] as const)('the mediator may move %s to %j', (from, to) => expect(mediatorMoves(from as never)).toEqual(to));

  it('links the form with its subject and reads it back, defaulting to an invoice', () => {
    const path = newDisputePath('CONTRACT' as never, 'abc');
    expect(path).toBe("/mediation/nouvelle?sujet=CONTRACT&id=abc");
    expect(readSubject(new URL(`http://x${path}`).searchParams)).toEqual({ kind: 'CONTRACT', id: 'abc' });
    expect(readSubject(new URLSearchParams('sujet=NOPE'))).toEqual({ kind: 'INVOICE', id: '' });
    expect(newDisputePath()).toBe('/mediation/nouvelle');
  });

  it.each([
    ['GIFT 2026-03-01', { kind: 'GIFT', day: '2026-03-01' }],
    ['CONFLICT_OF_INTEREST 2025-12-31', { kind: 'CONFLICT_OF_INTEREST', day: '2025-12-31' }],
    ['F-2026-001', null],
  ])('splits the declaration label %s', (label, expected) => expect(splitDeclarationLabel(label)).toEqual(expected));

  it.each([
    [{ subjectId: '', title: '', body: '' }, ['subject', 'requiredTitle', 'requiredBody']],
    [{ subjectId: 'x', title: 'x'.repeat(201), body: 'x'.repeat(10_001) }, ['longTitle', 'longBody']],
    [{ subjectId: 'x', title: ' Retard ', body: ' Bonjour ' }, []],
  ])('checks the form %#', (form, problems) => expect(checkOpenForm(form).map((p) => p.problem)).toEqual(problems));

  it('counts whole days since an instant, never negative', () => {
    const now = new Date('2026-03-10T12:00:00Z');
    expect(daysSince('2026-03-01T13:00:00Z', now)).toBe(8);
    expect(daysSince('2026-03-11T00:00:00Z', now)).toBe(0);
  });

  it('reads, writes and translates the queue filters', () => {
    expect(readQueueFilter(new URLSearchParams(''))).toEqual({ status: 'pending', olderThan: null });
    expect(readQueueFilter(new URLSearchParams('statut=RESOLVED&age=15'))).toEqual({ status: 'RESOLVED', olderThan: 15 });
    expect(readQueueFilter(new URLSearchParams('statut=bogus&age=7'))).toEqual({ status: 'pending', olderThan: null });
    expect(writeQueueFilter({ status: '', olderThan: 5 }).toString()).toBe('statut=&age=5');
    expect(toApiQueueFilter({ status: 'pending', olderThan: null }, '2026-03-10')).toEqual({ status: ['OPEN', 'UNDER_REVIEW'] });
    // Opened at least 5 days ago: on 2026-03-05 or earlier, i.e. before 2026-03-06.
    expect(toApiQueueFilter({ status: '', olderThan: 5 }, '2026-03-10')).toEqual({ openedBefore: '2026-03-06' });
  });
});
