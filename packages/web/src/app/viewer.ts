import type { ApolloClient } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from '../gql';
import type { ViewerFieldsFragment } from '../gql/graphql';

export const ViewerFields = graphql(`
  fragment ViewerFields on Viewer {
    id
    email
    displayName
    kind
    roles
    locale
    supplier {
      id
      legalName
    }
  }
`);

export const ViewerQuery = graphql(`
  query Viewer {
    viewer {
      ...ViewerFields
    }
  }
`);

export type ViewerInfo = ViewerFieldsFragment;

/** The signed-in user: null when signed out, undefined while the first answer is on its way. */
export function useViewer(): ViewerInfo | null | undefined {
  const { data } = useQuery(ViewerQuery);
  return data ? (getFragmentData(ViewerFields, data.viewer) ?? null) : undefined;
}

/**
 * After a sign-in, an accepted invitation or a sign-out: nothing cached for the previous user
 * survives, and the queries on screen (the viewer among them) run again for the new session.
 */
export async function resetSession(client: ApolloClient): Promise<void> {
  await client.resetStore().catch(() => undefined);
}

/** Signed out: every page showing the viewer learns it at once, before anything else happens. */
export function forgetViewer(client: ApolloClient): void {
  client.writeQuery({ query: ViewerQuery, data: { viewer: null } });
}
