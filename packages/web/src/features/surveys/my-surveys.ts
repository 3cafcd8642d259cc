import { graphql } from '../../gql';
import type { MySurveysQuery as MySurveysResult } from '../../gql/graphql';

/** The surveys the viewer's supplier is invited to (the list page and the dashboard card). */
export const MySurveysQuery = graphql(`
  query MySurveys {
    mySurveys {
      campaignId
      title
      anonymous
      closesOn
      status
      answered
      hasDraft
    }
  }
`);

export type MySurvey = MySurveysResult['mySurveys'][number];

/** "À compléter", "Brouillon enregistré" or "Répondu", for the supplier's whole company. */
export type MySurveyState = 'todo' | 'draft' | 'answered';

export const stateOf = (survey: Pick<MySurvey, 'answered' | 'hasDraft'>): MySurveyState => (survey.answered ? 'answered' : survey.hasDraft ? 'draft' : 'todo');

/** A survey the supplier can still answer. */
export const isPending = (survey: Pick<MySurvey, 'answered' | 'status'>) => survey.status === 'OPEN' && !survey.answered;
