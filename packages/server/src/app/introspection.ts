import type { ApolloServerPlugin } from '@apollo/server';
import { type DocumentNode, GraphQLError, visit, BREAK } from 'graphql';
import type { Context } from './context.js';

// Apollo hands the same parsed document to every request with the same text: walked once.
const readers = new WeakMap<DocumentNode, boolean>();

/** Whether an operation reads the schema itself (`__schema`, `__type`; `__typename` is harmless). */
export function readsSchema(document: DocumentNode): boolean {
  const known = readers.get(document);
  if (known !== undefined) return known;
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  readers.set(document, found);
  return found;
}

/**
 * Introspection for the Region's agents only (the in-app explorer, their tools with an API token):
 * suppliers and anonymous callers get FORBIDDEN, in every environment.
 */
export const agentsOnlyIntrospection: ApolloServerPlugin<Context> = {
  async requestDidStart() {
    return {
      async didResolveOperation({ document, contextValue }) {
        if (contextValue.viewer?.kind === 'AGENT' || !readsSchema(document)) return;
        throw new GraphQLError('Le schéma se consulte une fois connecté comme agent de la Région.', { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });
      },
    };
  },
};
