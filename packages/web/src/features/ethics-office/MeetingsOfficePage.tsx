import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useViewer } from '../../app/viewer';
import { graphql } from '../../gql';
import { todayInParis } from '../../shared/format';
import { Alert, ErrorAlert, Loading } from '../../shared/ui/Alert';
import { LoadMore } from '../../shared/ui/LoadMore';
import { Page } from '../../shared/ui/Page';
import { MeetingForm } from './MeetingForm';
import { MeetingTable } from './MeetingTable';
import { useOfficeT } from './office-i18n';
import '../../i18n/ethics-office';
import './ethics-office.css';

const MeetingsQuery = graphql(`
  query EthicsMeetings($first: Int!, $after: String) {
    meetings(first: $first, after: $after) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          heldOn
          supplierName
          agents {
            id
            displayName
            direction
          }
          topics
          response
          remark
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

/** Meetings between agents and suppliers, with their written topics and the supplier's answer; buyers record them. */
export default function MeetingsOfficePage() {
  const t = useOfficeT();
  const viewer = useViewer();
  const buyer = !!viewer?.roles.includes('BUYER');
  const today = todayInParis();
  const { data, loading, error, refetch, fetchMore } = useQuery(MeetingsQuery, { variables: { first: PAGE_SIZE }, notifyOnNetworkStatusChange: true });
  const page = data?.meetings;
  const meetings = page?.edges.map((e) => e.node);
  const [formKey, setFormKey] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeBox = useRef<HTMLDivElement>(null);

  function onRecorded(supplier: string) {
    setFormKey((k) => k + 1);
    setNotice(t('ethicsOffice.meetingForm.recorded', { supplier }));
    // The form the focus was in is replaced: the confirmation takes it.
    setTimeout(() => noticeBox.current?.focus());
  }

  return (
    <Page title={t('ethicsOffice.meetings.title')}>
      <p className="lead">{t('ethicsOffice.meetings.intro')}</p>
      {loading && !meetings && <Loading />}
      <ErrorAlert error={error} onRetry={refetch} />
      {meetings && <MeetingTable meetings={meetings} />}
      <LoadMore
        page={page}
        loading={loading}
        label={t('ethicsOffice.meetings.more')}
        shown={t('ethicsOffice.meetings.shown', { shown: page?.edges.length ?? 0, count: page?.totalCount ?? 0 })}
        fetchMore={fetchMore}
      />
      <div ref={noticeBox} tabIndex={-1}>
        {notice && (
          <Alert tone="success">
            <p>{notice}</p>
          </Alert>
        )}
      </div>
      {buyer ? <MeetingForm key={formKey} today={today} onRecorded={onRecorded} /> : viewer && <p className="note">{t('ethicsOffice.meetings.readOnly')}</p>}
    </Page>
  );
}
