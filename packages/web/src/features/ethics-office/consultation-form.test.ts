import { describe, expect, it } from 'vitest';
import { consultationProblems, emptyConsultation, formOf, quietPeriodOpen, toConsultationInput, withPerson } from './consultation-form';

const filled = {
  ...emptyConsultation('2026-03-01'),
  reference: ' AO-2026-099 ',
  title: 'Nettoyage des lycées',
  bidsDueOn: '2026-03-20',
  agents: [{ id: 'a1', name: 'Bruno Acheteur' }],
  candidates: [{ id: 's1', name: 'Menuiserie Berrichonne SARL' }],
};

describe('consultation form', () => {
  it('starts on today, empty', () => {
    expect(consultationProblems(emptyConsultation('2026-03-01'))).toEqual({ reference: 'required', title: 'required' });
  });

  it('turns into the API input: trimmed, blank dates as null, ids only', () => {
    expect(consultationProblems(filled)).toEqual({});
    expect(toConsultationInput(filled)).toEqual({
      reference: 'AO-2026-099',
      title: 'Nettoyage des lycées',
      publishedOn: '2026-03-01',
      bidsDueOn: '2026-03-20',
      awardedOn: null,
      notifiedOn: null,
      agentIds: ['a1'],
      candidateSupplierIds: ['s1'],
    });
  });

  it('says which date breaks the order, skipping blank ones', () => {
    expect(consultationProblems({ ...filled, notifiedOn: '2026-03-10' })).toEqual({ notifiedOn: 'dateOrder' });
    expect(consultationProblems({ ...filled, bidsDueOn: '', awardedOn: '2026-04-01', notifiedOn: '2026-04-01' })).toEqual({});
    expect(consultationProblems({ ...filled, publishedOn: '', bidsDueOn: '2026-02-30' })).toEqual({ publishedOn: 'required', bidsDueOn: 'invalidDate' });
    expect(consultationProblems({ ...filled, reference: 'X'.repeat(61) })).toEqual({ reference: 'tooLong' });
  });

  it('comes back from a recorded consultation', () => {
    const form = formOf(
      { reference: 'AO-1', title: 'T', publishedOn: '2026-01-01', bidsDueOn: null, notifiedOn: '2026-02-01', agents: [{ id: 'a1', displayName: 'Bruno Acheteur', direction: 'Achats' }], candidateSupplierIds: ['s1'] },
      (id) => `name of ${id}`,
    );
    expect(form).toMatchObject({ bidsDueOn: '', awardedOn: '', notifiedOn: '2026-02-01', agents: [{ id: 'a1', name: 'Bruno Acheteur', detail: 'Achats' }], candidates: [{ id: 's1', name: 'name of s1' }] });
  });

  it('adds a person once', () => {
    const list = withPerson([{ id: 'a1', name: 'A' }], { id: 'a1', name: 'A' });
    expect(withPerson(list, { id: 'a2', name: 'B' }).map((p) => p.id)).toEqual(['a1', 'a2']);
    expect(list).toHaveLength(1);
  });

  it('knows when the quiet period runs: publication to notification, both days included', () => {
    expect(quietPeriodOpen({ publishedOn: '2026-03-01', notifiedOn: null }, '2026-03-01')).toBe(true);
    expect(quietPeriodOpen({ publishedOn: '2026-03-01', notifiedOn: '2026-03-15' }, '2026-03-15')).toBe(true);
    expect(quietPeriodOpen({ publishedOn: '2026-03-01', notifiedOn: '2026-03-15' }, '2026-03-16')).toBe(false);
    expect(quietPeriodOpen({ publishedOn: '2026-03-02' }, '2026-03-01')).toBe(false);
  });
});
