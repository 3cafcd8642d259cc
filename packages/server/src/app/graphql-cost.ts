import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { type ComplexityEstimator, fieldExtensionsEstimator, getComplexity, simpleEstimator } from 'graphql-query-complexity';
import { DEFAULT_PAGE_SIZE } from '../shared/pagination.js';

/**
 * The cost limit (SPEC §6), with the variables known, before anything runs: a field costs 1 plus
 * what it selects, a page of a connection its size (`first`, 20 by default) times what one row
 * selects, and a field may set its own cost (type-graphql's `complexity`). The web app's heaviest
 * document, at the largest page size, costs about a quarter of the limit (2 701; test).
 */
export const MAX_COST = 10_000;

const pageEstimator: ComplexityEstimator = ({ field, args, childComplexity }) => {
  if (!field.args.some((a) => a.name === 'first')) return undefined;
  const first = Number.isInteger(args.first) && args.first > 0 ? (args.first as number) : DEFAULT_PAGE_SIZE;
  return 1 + childComplexity * first;
};

const ESTIMATORS = [pageEstimator, fieldExtensionsEstimator(), simpleEstimator({ defaultComplexity: 1 })];

export function documentCost(args: Omit<Parameters<typeof getComplexity>[0], 'estimators'>): number {
  return getComplexity({ ...args, estimators: ESTIMATORS });
}

// A document's cost depends only on its variables: kept per parsed document (Apollo reuses it for the
// same text) and variables, a few per document.
const costs = new WeakMap<object, Map<string, number>>();

function cachedCost(args: Parameters<typeof documentCost>[0]): number {
  const key = `${args.operationName ?? ''}:${JSON.stringify(args.variables ?? {})}`;
  let known = costs.get(args.query);
  if (!known) costs.set(args.query, (known = new Map()));
  const hit = known.get(key);
  if (hit !== undefined) return hit;
  const cost = documentCost(args);
  if (known.size < 50) known.set(key, cost);
  return cost;
}

export const costLimit: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async didResolveOperation({ schema, document, request, operationName }) {
        let cost: number;
        try {
          cost = cachedCost({ schema, query: document, operationName: operationName ?? undefined, variables: request.variables ?? {} });
        } catch {
          return; // variables that do not fit: execution answers that, with its own message
        }
        if (cost > MAX_COST) {
          throw new GraphQLError(`Requête trop coûteuse (${cost} ; ${MAX_COST} au plus) : demandez moins de champs ou des pages plus petites.`, {
            extensions: { code: 'GRAPHQL_VALIDATION_FAILED', cost, maxCost: MAX_COST, http: { status: 400 } },
          });
        }
      },
    };
  },
};
