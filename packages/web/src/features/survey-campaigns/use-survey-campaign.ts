import { useQuery } from '@apollo/client/react';
import { getFragmentData, graphql } from '../../gql';
import { SurveyQuestionFields } from '../surveys/question-fields';

/** A campaign's settings (the editor reads them, its mutations return them). */
export const SurveyCampaignFields = graphql(`
  fragment SurveyCampaignFields on SurveyCampaign {
    id
    title
    year
    status
    opensOn
    closesOn
    anonymous
    introFr
    introEn
    reminderGapDays
    maxReminders
    autoRemind
    audience {
      sizes
      regional
      nafPrefixes
      paidInYear
    }
  }
`);

/** Where a campaign stands (its status changes return it). */
export const CampaignStatsFields = graphql(`
  fragment CampaignStatsFields on SurveyCampaign {
    id
    status
    stats {
      invited
      answered
      reminded
    }
  }
`);

export const SurveyCampaignQuery = graphql(`
  query SurveyCampaign($id: ID!) {
    surveyCampaign(id: $id) {
      id
      ...SurveyCampaignFields
      ...CampaignStatsFields
      questions {
        ...SurveyQuestionFields
      }
    }
  }
`);

/** Reads a campaign with its questions (this page and the preview). */
export function useSurveyCampaign(id: string) {
  const query = useQuery(SurveyCampaignQuery, { variables: { id } });
  const node = query.data?.surveyCampaign;
  const campaign = node && {
    ...getFragmentData(SurveyCampaignFields, node),
    stats: getFragmentData(CampaignStatsFields, node).stats,
    questions: getFragmentData(SurveyQuestionFields, node.questions),
  };
  return { ...query, campaign };
}
