import { graphql } from '../../gql';

/** The charter in force, whether the supplier accepted it, and its acceptances. */
export const MyCharterStatusQuery = graphql(`
  query MyCharterStatus {
    myCharterStatus {
      accepted
      current {
        id
        version
        title
        body
        publishedAt
      }
      history {
        version
        userName
        acceptedAt
      }
    }
  }
`);

/** The same selection as MyCharterStatus: its answer replaces the query's. */
export const AcceptCharterMutation = graphql(`
  mutation AcceptCharter($version: Int!) {
    acceptCharter(version: $version) {
      accepted
      current {
        id
        version
        title
        body
        publishedAt
      }
      history {
        version
        userName
        acceptedAt
      }
    }
  }
`);

