import { describe, expect, it } from 'vitest';
import { isWarning, ruleNotes } from './rule-warnings';

const eur = (amount: string) => ({ amount, currency: 'EUR' });

describe('ruleNotes', () => {
  it('says nothing when the rules have nothing to say', () => {
    expect(ruleNotes({ flags: [], consultations: [] })).toEqual([]);
  });

  it('gives the running total above the cap', () => {
    const notes = ruleNotes({ flags: ['OVER_YEARLY_CAP'], cap: eur('73.00'), runningTotal: eur('95.00'), consultations: [] });
    expect(notes).toEqual([{ kind: 'overCap', total: eur('95.00'), cap: eur('73.00') }]);
    expect(notes.every(isWarning)).toBe(true);
  });

  it('gives the running total within the cap as information only', () => {
    const notes = ruleNotes({ flags: [], cap: eur('73.00'), runningTotal: eur('40.00') });
    expect(notes).toEqual([{ kind: 'withinCap', total: eur('40.00'), cap: eur('73.00') }]);
    expect(notes.some(isWarning)).toBe(false);
  });

  it('names the consultations of a quiet period or a priority review, from a check or a filed declaration', () => {
    expect(ruleNotes({ flags: ['DURING_QUIET_PERIOD', 'OVER_YEARLY_CAP'], consultations: ['AO-2026-014'], cap: eur('73.00'), runningTotal: eur('85.00') })).toEqual([
      { kind: 'overCap', total: eur('85.00'), cap: eur('73.00') },
      { kind: 'quietPeriod', consultations: ['AO-2026-014'] },
    ]);
    expect(ruleNotes({ flags: ['PRIORITY_REVIEW'], flagConsultations: ['AO-2026-014'] })).toEqual([{ kind: 'priorityReview', consultations: ['AO-2026-014'] }]);
  });

  it('still warns over the cap when the amounts are missing', () => {
    expect(ruleNotes({ flags: ['OVER_YEARLY_CAP'] })).toEqual([{ kind: 'overCapUnknown' }]);
  });
});
