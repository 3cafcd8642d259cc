import { useEffect, useId, useRef, useState } from 'react';
import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { formatLocalDate } from '../../shared/format';
import { MEETING_TONE } from './declaration-labels';
import { beneficiaryText } from './declaration-text';
import { useEthicsT } from './ethics-i18n';
import { MeetingResponseForm } from './MeetingResponseForm';

const MeetingCardFragment = graphql(`
  fragment MeetingCard_meeting on Meeting {
    id
    heldOn
    topics
    response
    remark
    agents {
      id
      displayName
      direction
    }
  }
`);

/** One meeting: when, with whom, the topics an agent wrote down, and the supplier's answer. */
export function MeetingCard({ meeting }: { meeting: FragmentType<typeof MeetingCardFragment> }) {
  const t = useEthicsT();
  const id = useId();
  const m = getFragmentData(MeetingCardFragment, meeting);
  const [answered, setAnswered] = useState(false);
  const thanks = useRef<HTMLParagraphElement>(null);
  const when = formatLocalDate(m.heldOn);
  // The form is gone once answered: the focus goes to the confirmation.
  useEffect(() => {
    if (answered) thanks.current?.focus();
  }, [answered]);
  return (
    <article aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('ethics.meetings.meetingOf', { date: when })}</h2>
      <p className="ethics-meta">
        <span className={`badge badge--${MEETING_TONE[m.response]}`}>{t(`ethics.meetings.response.${m.response}`)}</span>
      </p>
      <dl className="details details--compact">
        <dt>{t('ethics.meetings.agents')}</dt>
        <dd>{m.agents.map((a) => beneficiaryText({ beneficiaryAgent: a })).join(', ') || '—'}</dd>
      </dl>
      <h3>{t('ethics.meetings.topics')}</h3>
      <ul>
        {m.topics.map((topic, i) => (
          <li key={i}>{topic}</li>
        ))}
      </ul>
      {m.remark && (
        <>
          <h3>{t('ethics.meetings.yourRemark')}</h3>
          <p className="thread__body">{m.remark}</p>
        </>
      )}
      {answered && (
        <p ref={thanks} tabIndex={-1} className="alert alert--success" role="status">
          {t(m.response === 'REMARKED' ? 'ethics.meetings.answer.remarked' : 'ethics.meetings.answer.confirmed')}
        </p>
      )}
      {m.response === 'PENDING' && <MeetingResponseForm meetingId={m.id} when={when} onAnswered={() => setAnswered(true)} />}
    </article>
  );
}
