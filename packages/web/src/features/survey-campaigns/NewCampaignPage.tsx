import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { Page } from '../../shared/ui/Page';
import { CampaignSettingsForm } from './CampaignSettingsForm';
import '../../i18n/surveys';

/** A new campaign in draft: its settings first, then (on its page) the questionnaire. */
export default function NewCampaignPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('campaign.newTitle')}>
      <p className="back-link">
        <Link to={paths.backOfficeSurveys}>{t('campaigns.backToList')}</Link>
      </p>
      <p className="lead">{t('campaign.newIntro')}</p>
      <CampaignSettingsForm campaign={null} />
    </Page>
  );
}
