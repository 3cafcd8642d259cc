import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import { forgetViewer } from './viewer';

/** Operations that answer UNAUTHENTICATED for a wrong password, not for an ended session. */
const CREDENTIAL_CHECKS = new Set(['SignIn']);

/** A page of a connection: later pages (`after`) are appended to the ones already shown. */
function appendPages(keyArgs: string[]) {
  return {
    keyArgs,
    merge(existing: { edges: unknown[] } | undefined, incoming: { edges: unknown[] }, { args }: { args: Record<string, unknown> | null }) {
      return existing && args?.after ? { ...incoming, edges: [...existing.edges, ...incoming.edges] } : incoming;
    },
  };
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: { fields: { suppliers: appendPages(['filter', 'first']), invoices: appendPages(['filter', 'first', 'orderBy']) } },
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
