import { describe, expect, it } from 'vitest';
import { checkEmail, normalizeEmail } from './email.rule.js';

describe('e-mail rule', () => {
  it('normalises case and surrounding spaces', () => {
    expect(normalizeEmail('  Marie.Dupont@Exemple.FR ')).toBe('marie.dupont@exemple.fr');
    expect(checkEmail(' Compta@PME.example ')).toBe('compta@pme.example');
  });

  it.each(['', 'sans-arobase.example', 'a@b', 'deux mots@x.example', `${'a'.repeat(250)}@x.example`])('refuses %j on the email field', (raw) => {
    expect(() => checkEmail(raw)).toThrow(expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'email' } }));
  });
});
