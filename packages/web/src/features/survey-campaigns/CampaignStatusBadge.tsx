import { useTranslation } from 'react-i18next';
import type { CampaignStatus } from '../../gql/graphql';
import '../../i18n/surveys';

const TONE: Record<CampaignStatus, string> = { DRAFT: 'neutral', OPEN: 'progress', CLOSED: 'success', ARCHIVED: 'neutral' };

/** A campaign's status in words (the colour only repeats it). */
export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${TONE[status]}`}>{t(`campaignStatus.${status}`)}</span>;
}
