import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { GraphQLFormattedError, GraphQLSchema } from 'graphql';
import { ArgumentValidationError } from 'type-graphql';
import { singleSignInRule } from '../modules/identity/sign-in.rule.js';
import { isDatabaseUnavailable, SERVICE_UNAVAILABLE_MESSAGE } from '../shared/db-errors.js';
import { DomainError } from '../shared/errors.js';
import { describeError, logger } from '../shared/logger.js';
import type { Context } from './context.js';
import { costLimit } from './graphql-cost.js';
import { documentLimitsRule, LIMITS } from './graphql-limits.js';
import { agentsOnlyIntrospection } from './introspection.js';
import { nulGuard } from './nul-guard.js';

/** Errors whose message is about the request itself and safe to show as they are. */
const CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'OPERATION_RESOLUTION_FAILURE',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'SERVICE_UNAVAILABLE',
  'FORBIDDEN',
]);

/**
 * One exhaustive mapping from what was thrown to what the client sees: domain errors keep their
 * code and message; input validation lists the fields; anything else is masked (no stack trace,
 * no SQL) and logged with the request id, which the client also gets.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };
  if (original instanceof DomainError) {
    return { ...base, message: original.message, extensions: { code: original.code, ...(original.details ? { details: original.details } : {}) } };
  }
  if (original instanceof ArgumentValidationError) {
    const fields = flattenValidation(original.extensions.validationErrors).map((v) => ({
      field: v.property,
      problems: Object.entries(v.constraints ?? {}).map(([name, text]) => frenchConstraint(name, text)),
    }));
    return { ...base, message: 'Données invalides : ' + fields.map((f) => f.problems.join(', ')).join(' ; '), extensions: { code: 'BAD_USER_INPUT', details: { fields } } };
  }
  // The database went away during the operation (the session lookup had worked): 503, as there.
  if (isDatabaseUnavailable(original)) return { ...base, message: SERVICE_UNAVAILABLE_MESSAGE, extensions: { code: 'SERVICE_UNAVAILABLE' } };
  const code = formatted.extensions?.code;
  const requestId = formatted.extensions?.requestId;
  if (typeof code === 'string' && CLIENT_CODES.has(code)) return { ...base, extensions: { code, ...(requestId ? { requestId } : {}) } };
  return { message: 'Erreur interne du serveur.', path: formatted.path, extensions: { code: 'INTERNAL_SERVER_ERROR' } };
}

type ValidationNode = { property: string; constraints?: Record<string, string>; children?: ValidationNode[] };

/** Nested inputs (a list of questions…) report their fields' problems with the path to them. */
function flattenValidation(errors: readonly ValidationNode[], prefix = ''): ValidationNode[] {
  return errors.flatMap((e) => {
    const property = prefix ? `${prefix}.${e.property}` : e.property;
    return [...(e.constraints ? [{ property, constraints: e.constraints }] : []), ...flattenValidation(e.children ?? [], property)];
  });
}

/** class-validator speaks English; messages written in French by our decorators are kept as they are. */
function frenchConstraint(name: string, text: string): string {
  if (/[éèàçù]|Adresse|Le nom/.test(text)) return text;
  const fr: Record<string, string> = {
    isLength: 'longueur non admise (vide ou trop long)',
    min: 'valeur trop petite',
    max: 'valeur trop grande',
    isEmail: 'adresse e-mail invalide',
    isIn: 'valeur non admise',
    arrayMaxSize: "trop d'éléments",
  };
  return fr[name] ?? 'valeur non admise';
}

/** Adds the request id to every error and logs the masked ones with it. */
const requestIdPlugin: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didEncounterErrors({ contextValue, errors, response }) {
        for (const e of errors) {
          const original = unwrapResolverError(e);
          if (isDatabaseUnavailable(original)) response.http.status = 503;
          if (original instanceof DomainError || original instanceof ArgumentValidationError) continue;
          if (typeof e.extensions?.code === 'string' && CLIENT_CODES.has(e.extensions.code)) continue;
          logger.error('unexpected error', { requestId: contextValue.requestId, path: e.path?.join('.'), ...describeError(original) });
        }
      },
      async willSendResponse({ contextValue, response }) {
        if (response.body.kind !== 'single' || !response.body.singleResult.errors) return;
        response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({
          ...e,
          extensions: { ...e.extensions, requestId: contextValue.requestId },
        }));
      },
    };
  },
};

export function createApollo(schema: GraphQLSchema): ApolloServer<Context> {
  return new ApolloServer<Context>({
    schema,
    formatError,
    includeStacktraceInErrorResponses: false,
    hideSchemaDetailsFromClientErrors: true,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    // Agents only, whatever the environment (the plugin below refuses everyone else).
    introspection: true,
    validationRules: [singleSignInRule, documentLimitsRule],
    parseOptions: { maxTokens: LIMITS.MAX_TOKENS },
    plugins: [ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled(), requestIdPlugin, agentsOnlyIntrospection, costLimit, nulGuard],
  });
}
