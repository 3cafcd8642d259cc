import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { fieldErrors } from '../../shared/errors';
import { ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { TextAreaField, TextField } from '../../shared/ui/TextField';
import { AgentPicker } from './AgentPicker';
import { emptyMeeting, type MeetingField, meetingProblems, toMeetingInput, topicsOf } from './meeting-form';
import { useOfficeT } from './office-i18n';
import { SupplierPicker } from './SupplierPicker';

const RecordMeetingMutation = graphql(`
  mutation EthicsRecordMeeting($input: MeetingInput!) {
    recordMeeting(input: $input) {
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

/** A meeting to record (buyers): its date, the supplier, the agents present and the topics, one per line. */
export function MeetingForm({ today, onRecorded }: { today: string; onRecorded: (supplier: string) => void }) {
  const t = useOfficeT();
  const id = useId();
  const form = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState(() => emptyMeeting(today));
  const [shown, setShown] = useState(false);
  const [record, { loading, error }] = useMutation(RecordMeetingMutation, { refetchQueries: ['EthicsMeetings'], awaitRefetchQueries: true });
  const server: Partial<Record<MeetingField, string>> = fieldErrors(error);
  const problems = shown ? meetingProblems(values, today) : {};
  const fieldError = (field: MeetingField) => (problems[field] ? t(`ethicsOffice.meetingForm.problems.${problems[field]}`) : server[field]);
  const topics = topicsOf(values.topics);

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    if (loading) return;
    setShown(true);
    if (Object.keys(meetingProblems(values, today)).length) {
      setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
      return;
    }
    const result = await record({ variables: { input: toMeetingInput(values) } }).catch(() => null);
    if (result?.data) onRecorded(result.data.recordMeeting.supplierName);
    else setTimeout(() => form.current?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus());
  }

  return (
    <section aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('ethicsOffice.meetingForm.title')}</h2>
      <p>{t('ethicsOffice.meetingForm.intro')}</p>
      <form ref={form} className="form form--wide" noValidate onSubmit={(e) => void onSubmit(e)}>
        <TextField
          label={t('ethicsOffice.meetingForm.heldOn')}
          type="date"
          required
          max={today}
          value={values.heldOn}
          error={fieldError('heldOn')}
          onChange={(e) => setValues({ ...values, heldOn: e.target.value })}
        />
        <SupplierPicker
          single
          required
          texts={{
            legend: t('ethicsOffice.meetingForm.supplier'),
            searchLabel: t('ethicsOffice.picker.supplierSearch'),
            searchHint: t('ethicsOffice.picker.supplierSearchHint'),
            none: t('ethicsOffice.meetingForm.noSupplier'),
          }}
          chosen={values.supplier ? [values.supplier] : []}
          onChange={(chosen) => setValues({ ...values, supplier: chosen[0] ?? null })}
          error={fieldError('supplierId')}
        />
        <AgentPicker
          texts={{
            legend: t('ethicsOffice.meetingForm.agents'),
            hint: t('ethicsOffice.meetingForm.agentsHint'),
            searchLabel: t('ethicsOffice.picker.agentSearch'),
            searchHint: t('ethicsOffice.picker.agentSearchHint'),
            none: t('ethicsOffice.meetingForm.noAgent'),
          }}
          chosen={values.agents}
          onChange={(agents) => setValues({ ...values, agents })}
          error={fieldError('agentIds')}
        />
        <TextAreaField
          label={t('ethicsOffice.meetingForm.topics')}
          hint={t('ethicsOffice.meetingForm.topicsHint')}
          required
          rows={5}
          value={values.topics}
          error={fieldError('topics')}
          onChange={(e) => setValues({ ...values, topics: e.target.value })}
        />
        <p className="note">
          {t('ethicsOffice.meetingForm.topicCount', { count: topics.length })}
        </p>
        {error && !Object.values(server).some(Boolean) && <ErrorAlert error={error} />}
        <Button type="submit" busy={loading}>
          {t('ethicsOffice.meetingForm.submit')}
        </Button>
      </form>
    </section>
  );
}
