import { DriverException, UniqueConstraintViolationException } from '@mikro-orm/core';
import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { formatError } from '../app/graphql.js';
import { isDatabaseUnavailable } from './db-errors.js';
import { DomainError } from './errors.js';

const withCode = (message: string, code: string) => Object.assign(new Error(message), { code });

describe('isDatabaseUnavailable', () => {
  it('recognises a database out of reach: refused, shutting down, connection lost, pool exhausted, closed', () => {
    expect(isDatabaseUnavailable(withCode('connect ECONNREFUSED 127.0.0.1:5432', 'ECONNREFUSED'))).toBe(true);
    expect(isDatabaseUnavailable(new DriverException(withCode('select 1 - terminating connection due to administrator command', '57P01')))).toBe(true);
    expect(isDatabaseUnavailable(withCode('the database system is starting up', '57P03'))).toBe(true);
    expect(isDatabaseUnavailable(withCode('connection failure', '08006'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('select * from invoice - Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('The database connection is not open'))).toBe(true);
    expect(isDatabaseUnavailable(new Error('query failed', { cause: withCode('read ECONNRESET', 'ECONNRESET') }))).toBe(true);
  });

  it('leaves bugs and refusals alone', () => {
    expect(isDatabaseUnavailable(new UniqueConstraintViolationException(withCode('duplicate key value violates unique constraint', '23505')))).toBe(false);
    expect(isDatabaseUnavailable(withCode('syntax error at or near "selec"', '42601'))).toBe(false);
    expect(isDatabaseUnavailable(new DomainError('NOT_FOUND', 'Facture introuvable.'))).toBe(false);
    expect(isDatabaseUnavailable(new TypeError("Cannot read properties of undefined (reading 'id')"))).toBe(false);
    expect(isDatabaseUnavailable('Connection terminated')).toBe(false);
  });

  it('makes a resolver that lost the database answer SERVICE_UNAVAILABLE, without the SQL', () => {
    const lost = new GraphQLError('select "i".* from "invoice" - Connection terminated unexpectedly', {
      path: ['invoices'],
      originalError: new Error('select "i".* from "invoice" - Connection terminated unexpectedly'),
    });
    const shown = formatError({ message: lost.message, path: ['invoices'] }, lost);
    expect(shown.extensions).toEqual({ code: 'SERVICE_UNAVAILABLE' });
    expect(shown.message).toMatch(/indisponible/);
    expect(JSON.stringify(shown)).not.toMatch(/select|invoice"/);
    const bug = new GraphQLError('boom', { originalError: new TypeError('boom') });
    expect(formatError({ message: 'boom' }, bug).extensions).toEqual({ code: 'INTERNAL_SERVER_ERROR' });
  });
});
