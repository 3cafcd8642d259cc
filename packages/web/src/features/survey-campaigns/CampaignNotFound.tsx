import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { Page } from '../../shared/ui/Page';
import '../../i18n/surveys';

/** An unknown campaign address (its page, preview or results): back to the list. */
export function CampaignNotFound() {
  const { t } = useTranslation();
  return (
    <Page title={t('campaign.notFound')}>
      <p>{t('campaign.notFoundText')}</p>
      <p>
        <Link to={paths.backOfficeSurveys}>{t('campaigns.backToList')}</Link>
      </p>
    </Page>
  );
}
