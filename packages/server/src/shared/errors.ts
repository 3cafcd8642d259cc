import { GraphQLError } from 'graphql';

/** The codes a client can act on. Every DomainError carries one; the mapper below is exhaustive. */
export type ErrorCode =
  | 'NOT_FOUND'
  | 'FORBIDDEN'
  | 'UNAUTHENTICATED'
  | 'BAD_USER_INPUT'
  | 'CONFLICT'
  | 'RATE_LIMITED';

/** Thrown by domain code; turned into a GraphQL error with `extensions.code` by `toGraphQLError`. */
export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    /** Field-level details safe to show (never another supplier's data). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

export const notFound = (what = 'Enregistrement') => new DomainError('NOT_FOUND', `${what} introuvable.`);
export const forbidden = () => new DomainError('FORBIDDEN', "Vous n'avez pas le droit de faire cette action.");
export const unauthenticated = () => new DomainError('UNAUTHENTICATED', 'Vous devez vous connecter.');
export const badInput = (message: string, details?: Record<string, unknown>) =>
  new DomainError('BAD_USER_INPUT', message, details);

const httpStatus: Record<ErrorCode, number> = {
  NOT_FOUND: 200,
  FORBIDDEN: 200,
  UNAUTHENTICATED: 200,
  BAD_USER_INPUT: 200,
  CONFLICT: 200,
  RATE_LIMITED: 200,
};

export function toGraphQLError(error: DomainError, requestId: string): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { code: error.code, requestId, http: { status: httpStatus[error.code] }, ...(error.details ? { details: error.details } : {}) },
  });
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A malformed id is simply not found (PostgreSQL would otherwise fail on the uuid cast). */
export function assertId(id: string, what?: string): string {
  if (!UUID.test(id)) throw notFound(what);
  return id;
}
