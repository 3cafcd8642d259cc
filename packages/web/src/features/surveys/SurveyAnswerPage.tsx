import { useQuery } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/access';
import { getFragmentData, graphql } from '../../gql';
import { errorCode, serverMessages } from '../../shared/errors';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';
import { SurveyQuestionFields } from './question-fields';
import { SurveyForm } from './SurveyForm';
import type { SurveyAccess } from './useDraftSaver';
import '../../i18n/surveys';

const SurveyToAnswerQuery = graphql(`
  query SurveyToAnswer($campaignId: ID, $token: String) {
    surveyForm(campaignId: $campaignId, token: $token) {
      campaignId
      title
      anonymous
      introFr
      introEn
      closesOn
      supplierName
      answered
      questions {
        ...SurveyQuestionFields
      }
      answers {
        questionId
        number
        noOpinion
        choice
        choices
        yes
        text
      }
    }
  }
`);

/**
 * A survey to answer: signed in (`/enquetes/:campaignId`) or through the e-mail's secret link
 * (`/enquetes/repondre/:token`, no sign-in). Always read from the server: a colleague may have
 * saved the draft further, or answered, on another device.
 */
function SurveyAnswerPage({ access }: { access: SurveyAccess }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(SurveyToAnswerQuery, { variables: access, fetchPolicy: 'network-only' });
  const form = data?.surveyForm;
  const signedIn = 'campaignId' in access;
  const back = signedIn && (
    <p className="back-link">
      <Link to={paths.surveys}>{t('mySurveys.backToList')}</Link>
    </p>
  );

  if (errorCode(error) === 'NOT_FOUND') {
    return (
      <Page title={t('survey.unavailable.title')}>
        {back}
        {serverMessages(error)?.map((m) => (
          <p key={m} lang="fr">
            {m}
          </p>
        ))}
        <p>{t(signedIn ? 'survey.unavailable.signedIn' : 'survey.unavailable.link')}</p>
      </Page>
    );
  }

  return (
    <Page title={form?.title ?? t('survey.loading')}>
      {back}
      {loading && !form && <Loading />}
      <ErrorAlert error={error} onRetry={refetch} />
      {form && <SurveyForm key={form.campaignId} survey={{ ...form, questions: getFragmentData(SurveyQuestionFields, form.questions) }} access={access} />}
    </Page>
  );
}

export function SignedInSurveyPage() {
  const { campaignId = '' } = useParams();
  return <SurveyAnswerPage access={{ campaignId }} />;
}

export function SurveyByLinkPage() {
  const { token = '' } = useParams();
  return <SurveyAnswerPage access={{ token }} />;
}
