import { useMutation } from '@apollo/client/react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { CampaignStatus } from '../../gql/graphql';
import { formatLocalDate } from '../../shared/format';
import { Alert, ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { ConfirmDialog } from '../../shared/ui/ConfirmDialog';
import { formatRate, shareOf } from '../survey-results/figures';
import '../../i18n/surveys';

const OpenSurveyCampaignMutation = graphql(`
  mutation OpenSurveyCampaign($id: ID!) {
    openSurveyCampaign(id: $id) {
      ...CampaignStatsFields
    }
  }
`);

const RemindSurveyCampaignMutation = graphql(`
  mutation RemindSurveyCampaign($id: ID!) {
    remindSurveyCampaign(id: $id)
  }
`);

const CloseSurveyCampaignMutation = graphql(`
  mutation CloseSurveyCampaign($id: ID!) {
    closeSurveyCampaign(id: $id) {
      ...CampaignStatsFields
    }
  }
`);

const ArchiveSurveyCampaignMutation = graphql(`
  mutation ArchiveSurveyCampaign($id: ID!) {
    archiveSurveyCampaign(id: $id) {
      ...CampaignStatsFields
    }
  }
`);

/** Opening a draft: a confirmation first, since the invitations go out by e-mail at once. */
export function OpenCampaign({ id, unsaved }: { id: string; unsaved: boolean }) {
  const { t } = useTranslation();
  const headingId = useId();
  const [asking, setAsking] = useState(false);
  const [refused, setRefused] = useState(false);
  const [open, { loading, error }] = useMutation(OpenSurveyCampaignMutation);

  function ask() {
    setRefused(unsaved);
    if (!unsaved) setAsking(true);
  }

  // Opened, the campaign's new status comes back into the cache and the page shows the follow-up.
  async function confirm() {
    await open({ variables: { id } }).catch(() => null);
    setAsking(false);
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{t('campaign.open.title')}</h2>
      <p>{t('campaign.open.intro')}</p>
      {refused && unsaved && (
        <Alert tone="error">
          <p>{t('campaign.open.unsaved')}</p>
        </Alert>
      )}
      <ErrorAlert error={error} />
      <Button onClick={ask}>{t('campaign.open.button')}</Button>
      <ConfirmDialog open={asking} title={t('campaign.open.confirmTitle')} confirmLabel={t('campaign.open.confirm')} busy={loading} onConfirm={() => void confirm()} onCancel={() => setAsking(false)}>
        <p>{t('campaign.open.confirmText')}</p>
      </ConfirmDialog>
    </section>
  );
}

interface FollowUpProps {
  campaign: { id: string; status: CampaignStatus; opensOn: string; closesOn: string; reminderGapDays: number; maxReminders: number };
  stats: { invited: number; answered: number; reminded: number };
  manager: boolean;
  /** The status changed on this page (just opened): the follow-up takes the focus and says so. */
  justChanged: boolean;
  onReminded: () => void;
}

type Pending = 'close' | 'archive' | null;

/** An open or closed campaign: invited, answered, reminded; reminding, closing, archiving. */
export function CampaignFollowUp({ campaign, stats, manager, justChanged, onReminded }: FollowUpProps) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [asking, setAsking] = useState<Pending>(null);
  const [remind, reminding] = useMutation(RemindSurveyCampaignMutation);
  const [close, closing] = useMutation(CloseSurveyCampaignMutation);
  const [archive, archiving] = useMutation(ArchiveSurveyCampaignMutation);
  const [reminded, setReminded] = useState<number | null>(null);
  const error = reminding.error ?? closing.error ?? archiving.error;

  // The buttons that led here are gone (opening, closing, archiving): the focus goes to the heading.
  useEffect(() => {
    if (justChanged) heading.current?.focus();
  }, [campaign.status]);

  async function onRemind() {
    if (reminding.loading) return;
    setReminded(null);
    const result = await remind({ variables: { id: campaign.id } }).catch(() => null);
    if (result?.data) {
      setReminded(result.data.remindSurveyCampaign);
      onReminded();
    }
  }

  async function onConfirm() {
    const run = asking === 'close' ? close : archive;
    await run({ variables: { id: campaign.id } }).catch(() => null);
    setAsking(null);
  }

  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('campaign.followUp.title')}
      </h2>
      <p role="status">{justChanged && t(`campaign.followUp.now.${campaign.status as Exclude<CampaignStatus, 'DRAFT'>}`)}</p>
      <dl className="details">
        <dt>{t('campaign.followUp.dates')}</dt>
        <dd>{t('campaign.followUp.period', { from: formatLocalDate(campaign.opensOn), to: formatLocalDate(campaign.closesOn) })}</dd>
        <dt>{t('campaign.followUp.invited')}</dt>
        <dd>{stats.invited}</dd>
        <dt>{t('campaign.followUp.answered')}</dt>
        <dd>{t('campaigns.answeredRate', { answered: stats.answered, rate: formatRate(shareOf(stats.answered, stats.invited)) })}</dd>
        <dt>{t('campaign.followUp.reminded')}</dt>
        <dd>{stats.reminded}</dd>
      </dl>
      <p role="status" className="count">{reminded !== null && (reminded ? t('campaign.followUp.remindedNow', { count: reminded }) : t('campaign.followUp.nobodyToRemind', { gap: campaign.reminderGapDays, max: campaign.maxReminders }))}</p>
      <ErrorAlert error={error} />
      {manager && campaign.status === 'OPEN' && (
        <div className="actions">
          <Button busy={reminding.loading} onClick={() => void onRemind()}>
            {t('campaign.followUp.remind')}
          </Button>
          <Button variant="secondary" onClick={() => setAsking('close')}>
            {t('campaign.followUp.close')}
          </Button>
        </div>
      )}
      {manager && campaign.status === 'CLOSED' && (
        <div className="actions">
          <Button variant="secondary" onClick={() => setAsking('archive')}>
            {t('campaign.followUp.archive')}
          </Button>
        </div>
      )}
      <ConfirmDialog
        open={asking !== null}
        title={t(asking === 'archive' ? 'campaign.followUp.archiveTitle' : 'campaign.followUp.closeTitle')}
        confirmLabel={t(asking === 'archive' ? 'campaign.followUp.archive' : 'campaign.followUp.close')}
        busy={closing.loading || archiving.loading}
        onConfirm={() => void onConfirm()}
        onCancel={() => setAsking(null)}
      >
        <p>{t(asking === 'archive' ? 'campaign.followUp.archiveText' : 'campaign.followUp.closeText')}</p>
      </ConfirmDialog>
    </section>
  );
}
