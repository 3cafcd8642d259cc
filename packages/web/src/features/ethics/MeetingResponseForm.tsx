import { useMutation } from '@apollo/client/react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { graphql } from '../../gql';
import { errorCode } from '../../shared/errors';
import { ErrorAlert } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { TextAreaField } from '../../shared/ui/TextField';
import { useEthicsT } from './ethics-i18n';

const RespondToMeetingMutation = graphql(`
  mutation RespondToMeeting($id: ID!, $confirm: Boolean!, $remark: String) {
    respondToMeeting(id: $id, confirm: $confirm, remark: $remark) {
      id
      response
      remark
    }
  }
`);

const REMARK_MAX = 2000;

/** Confirm the written topics, or add a remark instead — once: the answer cannot be changed. */
export function MeetingResponseForm({ meetingId, when, onAnswered }: { meetingId: string; when: string; onAnswered: () => void }) {
  const t = useEthicsT();
  const id = useId();
  const area = useRef<HTMLFormElement>(null);
  const [remark, setRemark] = useState('');
  const [missing, setMissing] = useState(false);
  const [respond, { loading, error, client }] = useMutation(RespondToMeetingMutation);

  async function send(confirm: boolean) {
    if (loading) return;
    const text = remark.trim();
    if (!confirm && !text) {
      setMissing(true);
      area.current?.querySelector('textarea')?.focus();
      return;
    }
    const result = await respond({ variables: { id: meetingId, confirm, remark: confirm ? null : text } }).catch((e: unknown) => {
      // Answered meanwhile (a colleague): show the answer that stands.
      if (errorCode(e) === 'CONFLICT') void client.refetchQueries({ include: 'active' });
      return null;
    });
    if (result?.data) onAnswered();
  }

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    void send(false);
  }

  return (
    <form ref={area} className="form" noValidate aria-labelledby={`${id}-title`} onSubmit={onSubmit}>
      <h3 id={`${id}-title`}>{t('ethics.meetings.answer.title')}</h3>
      <p className="field__hint">{t('ethics.meetings.answer.hint')}</p>
      <Button busy={loading} onClick={() => void send(true)}>
        {t('ethics.meetings.answer.confirm')}
        <span className="visually-hidden"> {t('ethics.meetings.answer.ofMeeting', { date: when })}</span>
      </Button>
      <TextAreaField
        label={t('ethics.meetings.answer.remark')}
        hint={t('ethics.meetings.answer.remarkHint')}
        rows={3}
        maxLength={REMARK_MAX}
        value={remark}
        error={missing ? t('ethics.meetings.answer.remarkMissing') : undefined}
        onChange={(e) => {
          setRemark(e.target.value);
          if (e.target.value.trim()) setMissing(false);
        }}
      />
      <ErrorAlert error={error} />
      <Button type="submit" variant="secondary" busy={loading}>
        {t('ethics.meetings.answer.sendRemark')}
        <span className="visually-hidden"> {t('ethics.meetings.answer.ofMeeting', { date: when })}</span>
      </Button>
    </form>
  );
}
