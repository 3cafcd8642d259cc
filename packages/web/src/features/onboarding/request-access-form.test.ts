import { describe, expect, it } from 'vitest';
import { checkRequestForm } from './request-access-form';

const ok = { name: 'Jeanne Martin', email: 'jeanne@exemple.fr', siret: '732 829 320 00074', roleInCompany: 'Gérante', message: '' };

describe('access request form', () => {
  it('accepts a complete request, the SIRET written with spaces, the message optional', () => {
    expect(checkRequestForm(ok)).toEqual({});
  });
  it.each([
    [{ name: ' ' }, { name: 'required' }],
    [{ email: '', roleInCompany: '' }, { email: 'required', roleInCompany: 'required' }],
    [{ siret: '' }, { siret: 'required' }],
    [{ siret: '7328293200007' }, { siret: 'siretInvalid' }],
    [{ siret: '73282932000074A' }, { siret: 'siretInvalid' }],
  ])('%j → %j', (over, problems) => expect(checkRequestForm({ ...ok, ...over })).toEqual(problems));
});
