import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '../../gql';

/** One declaration as its author reads it: every field, the flags and the totals of its day. */
export const DeclarationDetailQuery = graphql(`
  query DeclarationDetail($id: ID!) {
    declaration(id: $id) {
      id
      kind
      status
      submittedAt
      authorName
      anonymous
      amendsId
      eventOn
      what
      occasion
      place
      nature
      description
      value {
        amount
        currency
      }
      beneficiaryAgent {
        id
        displayName
        direction
      }
      beneficiaryDepartment
      beneficiaryName
      flags
      flagConsultations
      cap {
        amount
        currency
      }
      runningTotal {
        amount
        currency
      }
      attachments {
        id
        name
        mediaType
        bytes
        url
      }
    }
  }
`);

export type DeclarationDetail = ResultOf<typeof DeclarationDetailQuery>['declaration'];
