import { graphql } from '../../gql';
import type { SurveyQuestionFieldsFragment } from '../../gql/graphql';

/** A question as the form shows it and the editor edits it. */
export const SurveyQuestionFields = graphql(`
  fragment SurveyQuestionFields on SurveyQuestion {
    id
    position
    type
    labelFr
    labelEn
    required
    headline
    options {
      value
      labelFr
      labelEn
    }
    showIf {
      questionId
      anyOf
    }
  }
`);

export type SurveyQuestion = SurveyQuestionFieldsFragment;
