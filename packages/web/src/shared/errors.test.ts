import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { describe, expect, it } from 'vitest';
import { errorCode, fieldErrors, serverMessages } from './errors';

const graphQLError = (errors: { message: string; extensions?: Record<string, unknown> }[]) => new CombinedGraphQLErrors({ errors });

describe('server errors', () => {
  it('reads input validation details and a refused field', () => {
    const validation = graphQLError([
      {
        message: 'Données invalides : Adresse e-mail invalide.',
        extensions: { code: 'BAD_USER_INPUT', details: { fields: [{ field: 'email', problems: ['Adresse e-mail invalide.'] }] } },
      },
    ]);
    expect(fieldErrors(validation)).toEqual({ email: 'Adresse e-mail invalide.' });
    expect(errorCode(validation)).toBe('BAD_USER_INPUT');

    const refused = graphQLError([{ message: 'Adresse e-mail invalide : x', extensions: { code: 'BAD_USER_INPUT', details: { field: 'email' } } }]);
    expect(fieldErrors(refused)).toEqual({ email: 'Adresse e-mail invalide : x' });
  });

  it('keeps the server messages and tells a network failure apart', () => {
    const conflict = graphQLError([{ message: "L'adresse a déjà un compte.", extensions: { code: 'CONFLICT' } }]);
    expect(serverMessages(conflict)).toEqual(["L'adresse a déjà un compte."]);
    expect(fieldErrors(conflict)).toEqual({});
    expect(serverMessages(new TypeError('Failed to fetch'))).toBeNull();
  });
});
