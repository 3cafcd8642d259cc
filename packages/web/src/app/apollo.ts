import { ApolloClient, ApolloLink, HttpLink, InMemoryCache, isReference } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { forgetViewer } from './viewer';

/** Operations that answer UNAUTHENTICATED for a wrong password, not for an ended session. */
const CREDENTIAL_CHECKS = new Set(['SignIn']);

type Edge = { node?: unknown };

/** The edge's node: its cache reference when it has an id, else the edge itself (never equal to another). */
const nodeKey = (edge: Edge) => (isReference(edge.node) ? edge.node.__ref : edge);

/**
 * A page of a connection: later pages (`after`) are appended to the ones already shown, each node
 * once (one filed meanwhile may come again on the next page); the first page (a refetch, another
 * filter) replaces them. `keyArgs` are all the field's arguments but `after`, so that lists asked
 * with other filters or page sizes (a picker's first 100) are kept apart.
 */
function appendPages(keyArgs: string[]) {
  return {
    keyArgs,
    merge(existing: { edges: Edge[] } | undefined, incoming: { edges: Edge[] }, { args }: { args: Record<string, unknown> | null }) {
      if (!existing || !args?.after) return incoming;
      const shown = new Set(existing.edges.map(nodeKey));
      return { ...incoming, edges: [...existing.edges, ...incoming.edges.filter((e) => !shown.has(nodeKey(e)))] };
    },
  };
}

/** The connections the pages show a page at a time (their "show more" button, LoadMore). */
const CONNECTIONS = {
  accessRequests: appendPages(['first', 'status']),
  apiTokens: appendPages(['first']),
  consultations: appendPages(['first']),
  contracts: appendPages(['filter', 'first']),
  declarations: appendPages(['filter', 'first']),
  disputes: appendPages(['filter', 'first']),
  invoices: appendPages(['filter', 'first', 'orderBy']),
  meetings: appendPages(['first']),
  suppliers: appendPages(['filter', 'first']),
  surveyCampaigns: appendPages(['first', 'status']),
};

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: { fields: CONNECTIONS },
      // The server always sends a supplier's whole list of users: the new list replaces the old.
      Supplier: { fields: { users: { merge: false } } },
      // Objects without an id that several documents read in part: their fields add up.
      InvoicePaymentDetail: { merge: true },
      ContractRef: { merge: true },
      Address: { merge: true },
      SurveyInvitationStats: { merge: true },
      SurveyAudience: { merge: true },
    },
  });
}

export function createApolloClient(): ApolloClient {
  // The session ended (expired, revoked, signed out elsewhere): forget the viewer, and the guard
  // sends the user to the sign-in page.
  const sessionLink = new ErrorLink(({ error, operation }) => {
    const ended =
      CombinedGraphQLErrors.is(error) &&
      !CREDENTIAL_CHECKS.has(operation.operationName ?? '') &&
      error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED');
    if (ended) forgetViewer(client);
  });
  const client: ApolloClient = new ApolloClient({
    cache: createCache(),
    link: ApolloLink.from([sessionLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
  });
  return client;
}
