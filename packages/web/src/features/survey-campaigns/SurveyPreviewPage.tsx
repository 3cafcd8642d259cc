import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { surveyCampaignPath } from '../../app/access';
import { errorCode } from '../../shared/errors';
import { Alert, ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';
import { SurveyForm } from '../surveys/SurveyForm';
import { CampaignNotFound } from './CampaignNotFound';
import { useSurveyCampaign } from './use-survey-campaign';
import '../../i18n/surveys';

/** The supplier's form as the survey team checks it: the conditions work, nothing is saved or sent. */
export default function SurveyPreviewPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { campaign, loading, error } = useSurveyCampaign(id);
  if (errorCode(error) === 'NOT_FOUND') return <CampaignNotFound />;

  return (
    <Page title={campaign ? t('preview.title', { title: campaign.title }) : t('campaign.loading')}>
      <p className="back-link">
        <Link to={surveyCampaignPath(id)}>{t('preview.back')}</Link>
      </p>
      <Alert tone="info">
        <p>{t('preview.notice')}</p>
      </Alert>
      {loading && !campaign && <Loading />}
      <ErrorAlert error={error} />
      {campaign && <SurveyForm survey={{ ...campaign, supplierName: null, answered: false, answers: [] }} access={null} />}
    </Page>
  );
}
