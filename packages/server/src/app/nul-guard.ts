import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';

/** Nested deeper than this, variables are refused by the document limits anyway. */
const MAX_DEPTH = 64;

function hasNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (value === null || typeof value !== 'object' || depth > MAX_DEPTH) return false;
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || hasNul(v, depth + 1));
}

/**
 * PostgreSQL cannot hold a NUL character (U+0000) in text, and fails on it mid-query: a request
 * carrying one, in its variables or as a `\u0000` escape in the document, is refused whole before
 * any resolver runs (BAD_USER_INPUT), on both dialects alike.
 */
export const nulGuard: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ request }) {
        if (hasNul(request.variables) || /\\u0000|\\u\{0+\}/i.test(request.query ?? '')) {
          throw new GraphQLError('Caractère nul (U+0000) interdit dans les données envoyées.', { extensions: { code: 'BAD_USER_INPUT', http: { status: 400 } } });
        }
      },
    };
  },
};
