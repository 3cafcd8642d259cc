import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { checkInput, type DeclarationDraft, draftFrom, draftProblems, emptyDraft, fieldsOf, problemList, serverProblems, toDeclarationInput } from './declaration-form';

const TODAY = '2026-11-26';
const agent = { id: 'a1', displayName: 'Fatima Finances', direction: 'Direction des finances' };
const gift = (over: Partial<DeclarationDraft> = {}): DeclarationDraft => ({
  ...emptyDraft('GIFT'),
  what: ' Coffret de chocolats ',
  value: '45,50',
  eventOn: '2026-11-20',
  occasion: 'Fin d’année',
  agent,
  ...over,
});

describe('fieldsOf', () => {
  it('asks each kind for its own facts', () => {
    expect(fieldsOf('GIFT')).toEqual(['what', 'value', 'eventOn', 'occasion', 'beneficiary']);
    expect(fieldsOf('INVITATION')).toEqual(['what', 'value', 'eventOn', 'place', 'beneficiary']);
    expect(fieldsOf('CONFLICT_OF_INTEREST')).toEqual(['nature', 'beneficiary', 'eventOn', 'description']);
    expect(fieldsOf('ANTI_COMPETITIVE_PRACTICE')).toEqual(['description']);
    expect(fieldsOf('')).toEqual([]);
  });
});

describe('draftProblems', () => {
  it('asks for a kind first', () => {
    expect(draftProblems(emptyDraft(), TODAY)).toEqual({ kind: 'required' });
  });

  it('accepts a complete gift', () => {
    expect(draftProblems(gift(), TODAY)).toEqual({});
  });

  it('lists what an empty gift misses, in the form order', () => {
    const problems = draftProblems(emptyDraft('GIFT'), TODAY);
    expect(problemList(problems, 'GIFT')).toEqual([
      ['what', 'required'],
      ['value', 'required'],
      ['eventOn', 'required'],
      ['occasion', 'required'],
      ['beneficiary', 'chooseAgent'],
    ]);
  });

  it('refuses an unreadable value, a future or impossible date, and over-long texts', () => {
    expect(draftProblems(gift({ value: '45,5x' }), TODAY)).toEqual({ value: 'valueFormat' });
    expect(draftProblems(gift({ value: '-3' }), TODAY)).toEqual({ value: 'valueFormat' });
    expect(draftProblems(gift({ eventOn: '2026-11-27' }), TODAY)).toEqual({ eventOn: 'futureDate' });
    expect(draftProblems(gift({ eventOn: '2026-02-30' }), TODAY)).toEqual({ eventOn: 'dateFormat' });
    expect(draftProblems(gift({ what: 'x'.repeat(201) }), TODAY)).toEqual({ what: 'tooLong' });
  });

  it('takes a department or a name typed in when the agent is not in the directory', () => {
    expect(draftProblems(gift({ beneficiaryMode: 'other', agent: null }), TODAY)).toEqual({ beneficiary: 'required' });
    expect(draftProblems(gift({ beneficiaryMode: 'other', agent: null, department: 'Direction des lycées' }), TODAY)).toEqual({});
  });

  it('asks a conflict for its nature and description, a report for its facts only', () => {
    expect(draftProblems({ ...emptyDraft('CONFLICT_OF_INTEREST'), agent, eventOn: '2024-09-01' }, TODAY)).toEqual({ nature: 'required', description: 'required' });
    expect(draftProblems({ ...emptyDraft('ANTI_COMPETITIVE_PRACTICE') }, TODAY)).toEqual({ description: 'required' });
    expect(draftProblems({ ...emptyDraft('ANTI_COMPETITIVE_PRACTICE'), description: 'Entente sur les prix.' }, TODAY)).toEqual({});
  });
});

describe('toDeclarationInput', () => {
  it('sends the kind’s fields only, trimmed, the value as the API’s decimal string', () => {
    const draft = gift({ place: 'ignored for a gift', description: 'ignored', department: 'ignored' });
    expect(toDeclarationInput({ ...draft, kind: 'GIFT' }, 'd0')).toEqual({
      kind: 'GIFT',
      amendsId: 'd0',
      what: 'Coffret de chocolats',
      value: '45.50',
      eventOn: '2026-11-20',
      occasion: 'Fin d’année',
      beneficiaryAgentId: 'a1',
    });
  });

  it('reads French amounts with spaces and a comma', () => {
    expect(toDeclarationInput({ ...gift({ value: '1 200,5 €' }), kind: 'GIFT' }).value).toBe('1200.50');
  });

  it('sends a typed beneficiary, and the anonymity of a report only', () => {
    const other = gift({ beneficiaryMode: 'other', agent, department: ' Lycées ', name: '' });
    expect(toDeclarationInput({ ...other, kind: 'GIFT' })).toMatchObject({ beneficiaryDepartment: 'Lycées' });
    expect(toDeclarationInput({ ...other, kind: 'GIFT' })).not.toHaveProperty('beneficiaryAgentId');
    expect(toDeclarationInput({ ...gift({ anonymous: true }), kind: 'GIFT' })).not.toHaveProperty('anonymous');
    expect(toDeclarationInput({ ...emptyDraft('ANTI_COMPETITIVE_PRACTICE'), description: ' Faits ', anonymous: true, kind: 'ANTI_COMPETITIVE_PRACTICE' })).toEqual({
      kind: 'ANTI_COMPETITIVE_PRACTICE',
      description: 'Faits',
      anonymous: true,
    });
  });
});

describe('checkInput', () => {
  it('waits for a gift’s date, then checks what is there (an unreadable value left out)', () => {
    expect(checkInput(gift({ eventOn: '' }))).toBeNull();
    expect(checkInput(gift({ value: 'abc' }))).toEqual({ kind: 'GIFT', what: 'Coffret de chocolats', eventOn: '2026-11-20', occasion: 'Fin d’année', beneficiaryAgentId: 'a1' });
  });

  it('checks a conflict once its agent is chosen, and never a report', () => {
    expect(checkInput({ ...emptyDraft('CONFLICT_OF_INTEREST') })).toBeNull();
    expect(checkInput({ ...emptyDraft('CONFLICT_OF_INTEREST'), agent })).toEqual({ kind: 'CONFLICT_OF_INTEREST', beneficiaryAgentId: 'a1' });
    expect(checkInput({ ...emptyDraft('ANTI_COMPETITIVE_PRACTICE'), description: 'x' })).toBeNull();
    expect(checkInput(emptyDraft())).toBeNull();
  });

  it('passes the declaration being amended, so that it does not count twice', () => {
    expect(checkInput(gift(), 'd0')).toMatchObject({ amendsId: 'd0' });
  });
});

describe('draftFrom', () => {
  const filed = {
    kind: 'GIFT' as const,
    what: 'Coffret',
    occasion: 'Vœux',
    place: null,
    eventOn: '2026-09-27',
    value: { amount: '45.00' },
    beneficiaryAgent: { id: 'a2', displayName: 'Bruno Acheteur', direction: 'Direction des achats' },
    beneficiaryDepartment: null,
    beneficiaryName: null,
    nature: null,
    description: null,
    anonymous: false,
  };

  it('starts an amendment from the filed facts, the value written the French way', () => {
    const draft = draftFrom(filed, 'fr');
    expect(draft).toMatchObject({ kind: 'GIFT', what: 'Coffret', occasion: 'Vœux', eventOn: '2026-09-27', value: '45,00', beneficiaryMode: 'agent', agent: { id: 'a2' } });
    expect(draftFrom(filed, 'en').value).toBe('45.00');
    expect(toDeclarationInput({ ...draft, kind: 'GIFT' })).toMatchObject({ value: '45.00', beneficiaryAgentId: 'a2' });
  });

  it('keeps a typed beneficiary typed', () => {
    expect(draftFrom({ ...filed, beneficiaryAgent: null, beneficiaryDepartment: 'Lycées' }, 'fr')).toMatchObject({ beneficiaryMode: 'other', department: 'Lycées', agent: null });
  });
});

describe('serverProblems', () => {
  it('reads the per-field problems of a refused filing, under the form’s names', () => {
    const error = new CombinedGraphQLErrors({
      errors: [
        {
          message: 'Précisez le lieu. Indiquez une valeur estimée (0 € ou plus).',
          extensions: { code: 'BAD_USER_INPUT', details: { fields: [{ field: 'place', problem: 'Précisez le lieu.' }, { field: 'value', problem: 'Indiquez une valeur estimée (0 € ou plus).' }] } },
        },
      ],
    });
    expect(serverProblems(error)).toEqual({ place: 'Précisez le lieu.', value: 'Indiquez une valeur estimée (0 € ou plus).' });
  });

  it('reads a single refused field, and nothing from other errors', () => {
    const error = new CombinedGraphQLErrors({ errors: [{ message: "Cet agent n'existe pas dans l'annuaire.", extensions: { code: 'BAD_USER_INPUT', details: { field: 'beneficiaryAgentId' } } }] });
    expect(serverProblems(error)).toEqual({ beneficiary: "Cet agent n'existe pas dans l'annuaire." });
    expect(serverProblems(new Error('network'))).toEqual({});
  });
});
