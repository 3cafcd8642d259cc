import { useQuery } from '@apollo/client/react';
import { useRef, useState } from 'react';
import { useViewer } from '../../app/viewer';
import { graphql } from '../../gql';
import { todayInParis } from '../../shared/format';
import { Alert, ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';
import { MeetingForm } from './MeetingForm';
import { MeetingTable } from './MeetingTable';
import { useOfficeT } from './office-i18n';
import '../../i18n/ethics-office';
import './ethics-office.css';

const MeetingsQuery = graphql(`
  query EthicsMeetings {
    meetings {
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
`);

/** Meetings between agents and suppliers, with their written topics and the supplier's answer; buyers record them. */
export default function MeetingsOfficePage() {
  const t = useOfficeT();
  const viewer = useViewer();
  const buyer = !!viewer?.roles.includes('BUYER');
  const today = todayInParis();
  const { data, loading, error, refetch } = useQuery(MeetingsQuery);
  const meetings = data?.meetings;
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
