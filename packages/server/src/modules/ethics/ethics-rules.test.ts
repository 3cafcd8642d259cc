import { describe, expect, it } from 'vitest';
import { checkDeclaration, type ConsultationWindow, DeclarationFlag as F, DeclarationKind as K, declarationProblems, openOn, thresholdOn, yearlyCap } from './ethics-rules.js';

const gift = (on: string, valueCents: number, beneficiaryKey = 'agent:1') => ({ on, valueCents, beneficiaryKey });

describe('yearly gift cap', () => {
  it.each([
    // earlier, current, over?, total
    [[gift('2026-03-01', 4000)], gift('2026-09-01', 3300), false, 7300],
    [[gift('2026-03-01', 4000)], gift('2026-09-01', 3301), true, 7301],
    [[gift('2025-12-31', 7000)], gift('2026-01-01', 1000), false, 1000],
    [[gift('2026-01-01', 7000)], gift('2026-12-31', 1000), true, 8000],
    [[gift('2026-03-01', 7000, 'agent:2')], gift('2026-03-02', 1000), false, 1000],
    [[], gift('2026-05-05', 9000), true, 9000],
  ])('earlier %j + %j → over %s (running %i)', (earlier, current, over, total) => {
    const r = yearlyCap(current, earlier, []);
    expect(r).toMatchObject({ over, runningTotalCents: total, capCents: 7300 });
  });

  it('applies a threshold from its date on, earlier days keeping the old one', () => {
    const thresholds = [{ valueCents: 5000, effectiveFrom: '2026-07-01' }];
    expect(thresholdOn(thresholds, '2026-06-30').valueCents).toBe(7300);
    expect(thresholdOn(thresholds, '2026-07-01').valueCents).toBe(5000);
    expect(yearlyCap(gift('2026-06-30', 6000), [], thresholds).over).toBe(false);
    expect(yearlyCap(gift('2026-07-01', 6000), [], thresholds).over).toBe(true);
    expect(thresholdOn([{ valueCents: 5000, effectiveFrom: '2026-07-01' }, { valueCents: 10000, effectiveFrom: '2027-01-01' }], '2027-02-01').valueCents).toBe(10000);
  });
});

describe('quiet period and priority review', () => {
  const consultations: ConsultationWindow[] = [
    { id: 'c1', reference: 'AO-2026-014', publishedOn: '2026-03-01', notifiedOn: '2026-05-15', agentIds: ['agent:7'] },
    { id: 'c2', reference: 'AO-2026-031', publishedOn: '2026-09-01', notifiedOn: null, agentIds: ['agent:8'] },
  ];
  it.each([
    ['2026-02-28', []],
    ['2026-03-01', ['AO-2026-014']],
    ['2026-05-15', ['AO-2026-014']],
    ['2026-05-16', []],
    ['2027-01-01', ['AO-2026-031']],
  ])('on %s the open consultations are %j (both ends included; not notified: still open)', (day, refs) => {
    expect(openOn(consultations, day).map((c) => c.reference)).toEqual(refs);
  });

  it('flags a gift during a quiet period and over the cap, never blocking it', () => {
    const r = checkDeclaration(
      { kind: K.GIFT, on: '2026-04-02', valueCents: 12000, beneficiaryKey: 'agent:7', agentId: null },
      { earlier: [], thresholds: [], consultations, today: '2026-04-03' },
    );
    expect(r.flags).toEqual([F.OVER_YEARLY_CAP, F.DURING_QUIET_PERIOD]);
    expect(r.consultations).toEqual(['AO-2026-014']);
  });

  it('puts a conflict of interest with an agent of an open consultation first in the queue', () => {
    const facts = { earlier: [], thresholds: [], consultations, today: '2026-10-01' };
    expect(checkDeclaration({ kind: K.CONFLICT_OF_INTEREST, on: null, valueCents: null, beneficiaryKey: null, agentId: 'agent:8' }, facts).flags).toEqual([F.PRIORITY_REVIEW]);
    expect(checkDeclaration({ kind: K.CONFLICT_OF_INTEREST, on: null, valueCents: null, beneficiaryKey: null, agentId: 'agent:7' }, facts).flags).toEqual([]);
  });
});

describe('declaration problems', () => {
  const fields = (d: Parameters<typeof declarationProblems>[0]) => declarationProblems(d, '2026-10-01').map((p) => p.field).sort();

  it('names the GraphQL input fields (value in euros, the beneficiary by its directory pick), not the stored ones', () => {
    expect(fields({ kind: K.GIFT })).toEqual(['beneficiaryAgentId', 'eventOn', 'occasion', 'value', 'what']);
    expect(fields({ kind: K.INVITATION, valueCents: -1 })).toEqual(['beneficiaryAgentId', 'eventOn', 'place', 'value', 'what']);
    expect(fields({ kind: K.CONFLICT_OF_INTEREST, anonymous: true })).toEqual(['anonymous', 'beneficiaryAgentId', 'description', 'eventOn', 'nature']);
  });

  it('is satisfied by any one way of naming the beneficiary', () => {
    const gift = { kind: K.GIFT, what: 'Coffret', occasion: 'Noël', eventOn: '2026-09-01', valueCents: 0 };
    expect(fields(gift)).toEqual(['beneficiaryAgentId']);
    expect(fields({ ...gift, beneficiaryDepartment: 'Lycées' })).toEqual([]);
    expect(fields({ ...gift, beneficiaryName: 'M. Martin', eventOn: '2026-10-02' })).toEqual(['eventOn']);
  });
});
