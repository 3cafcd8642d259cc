import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { Link, useParams } from 'react-router';
import { paths } from '../../app/access';
import { useViewer } from '../../app/viewer';
import { graphql } from '../../gql';
import type { DisputeStatus } from '../../gql/graphql';
import { errorCode } from '../../shared/errors';
import { formatDateTime } from '../../shared/format';
import { Alert, ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { Page } from '../../shared/ui/Page';
import { TableWrap } from '../../shared/ui/TableWrap';
import { Checkbox, SelectField, TextAreaField } from '../../shared/ui/TextField';
import { DisputeStatusBadge } from './StatusBadge';
import { useSubjectText } from './SubjectText';
import { useMediationT } from './mediation-i18n';
import { BODY_MAX, isClosed, mediatorMoves } from './mediation';
import './mediation.css';

const DisputeQuery = graphql(`
  query DisputeThread($id: ID!) {
    dispute(id: $id) {
      id
      title
      subjectKind
      subjectLabel
      status
      supplierName
      openedByName
      openedAt
      firstAnswerAt
      closedAt
      daysToClose
      messages {
        id
        body
        fromMediator
        authorName
        internal
        statusFrom
        statusTo
        createdAt
      }
    }
  }
`);

const PostMessageMutation = graphql(`
  mutation PostDisputeMessage($id: ID!, $body: String!, $internal: Boolean) {
    postDisputeMessage(id: $id, body: $body, internal: $internal) {
      id
    }
  }
`);

const SetStatusMutation = graphql(`
  mutation SetDisputeStatus($id: ID!, $status: DisputeStatus!, $comment: String) {
    setDisputeStatus(id: $id, status: $status, comment: $comment) {
      id
    }
  }
`);

const WithdrawMutation = graphql(`
  mutation WithdrawDispute($id: ID!, $comment: String) {
    withdrawDispute(id: $id, comment: $comment) {
      id
    }
  }
`);

type Side = 'supplier' | 'mediator';

/** The supplier's view of its request: the thread, a reply and withdrawal. */
export function SupplierDisputePage() {
  return <DisputePage side="supplier" />;
}

/** The mediator's (or auditor's) view: the thread with internal notes, a reply and the status change. */
export function MediatorDisputePage() {
  return <DisputePage side="mediator" />;
}

function DisputePage({ side }: { side: Side }) {
  const t = useMediationT();
  const { id = '' } = useParams();
  const { data, error, loading, refetch } = useQuery(DisputeQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const subjectText = useSubjectText();
  const viewer = useViewer();
  // Auditors read the mediator's pages but may not write: the server refuses, the page does not offer.
  const mayWrite = side === 'supplier' || !!viewer?.roles.includes('MEDIATOR');
  const back = side === 'supplier' ? paths.mediation : paths.backOfficeMediation;
  const backText = side === 'supplier' ? t('mediation.thread.back') : t('mediation.thread.backQueue');
  const d = data?.dispute;

  if (!d) {
    const missing = errorCode(error) === 'NOT_FOUND';
    return (
      <Page title={missing ? t('mediation.thread.notFoundTitle') : t('mediation.mine.title')}>
        <p className="back-link">
          <Link to={back}>{backText}</Link>
        </p>
        {missing ? <p>{t('mediation.thread.notFound')}</p> : <ErrorAlert error={error} onRetry={refetch} />}
        {loading && !error && <Loading />}
      </Page>
    );
  }

  const moves = d.messages.filter((m) => m.statusTo);
  return (
    <Page title={d.title}>
      <p className="back-link">
        <Link to={back}>{backText}</Link>
      </p>
      <section aria-labelledby="dispute-summary">
        <h2 id="dispute-summary">{t('mediation.thread.summary')}</h2>
        <dl className="dispute-summary">
          <dt>{t('mediation.columns.status')}</dt>
          <dd>
            <DisputeStatusBadge status={d.status} />
          </dd>
          <dt>{t('mediation.thread.subject')}</dt>
          <dd>{subjectText(d.subjectKind, d.subjectLabel)}</dd>
          {side === 'mediator' && (
            <>
              <dt>{t('mediation.thread.supplier')}</dt>
              <dd>{d.supplierName}</dd>
            </>
          )}
          <dt>{t('mediation.thread.openedBy')}</dt>
          <dd>{d.openedByName}</dd>
          <dt>{t('mediation.thread.opened')}</dt>
          <dd>
            <time dateTime={d.openedAt}>{formatDateTime(d.openedAt)}</time>
          </dd>
          <dt>{t('mediation.thread.firstAnswer')}</dt>
          <dd>{d.firstAnswerAt ? <time dateTime={d.firstAnswerAt}>{formatDateTime(d.firstAnswerAt)}</time> : t('mediation.thread.none')}</dd>
          {d.closedAt && (
            <>
              <dt>{t('mediation.thread.closed')}</dt>
              <dd>
                <time dateTime={d.closedAt}>{formatDateTime(d.closedAt)}</time>
                {d.daysToClose !== null && d.daysToClose !== undefined && <> ({t('mediation.thread.daysToClose', { count: d.daysToClose })})</>}
              </dd>
            </>
          )}
        </dl>
      </section>

      <section aria-labelledby="dispute-messages">
        <h2 id="dispute-messages">{t('mediation.thread.messages')}</h2>
        <ol className="dispute-thread">
          {d.messages.map((m) => (
            <li key={m.id} className={['dispute-message', m.fromMediator && 'dispute-message--mediator', m.internal && 'dispute-message--internal'].filter(Boolean).join(' ')}>
              <p className="dispute-message__meta">
                <strong>{m.fromMediator && side === 'supplier' ? t('mediation.thread.mediator') : m.authorName}</strong>
                {', '}
                <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
                {m.internal && (
                  <>
                    {' — '}
                    <em>{t('mediation.thread.internal')}</em>
                  </>
                )}
              </p>
              {m.statusTo && (
                <p className="dispute-message__meta">
                  {t('mediation.thread.statusChange', { from: m.statusFrom ? t(`mediation.status.${m.statusFrom}`) : '—', to: t(`mediation.status.${m.statusTo}`) })}
                </p>
              )}
              {m.body && <p className="dispute-message__body">{m.body}</p>}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="dispute-history">
        <h2 id="dispute-history">{t('mediation.thread.history')}</h2>
        {moves.length === 0 ? (
          <p>{t('mediation.thread.noHistory')}</p>
        ) : (
          <TableWrap label={t('mediation.thread.historyCaption')}>
            <table className="table">
              <caption>{t('mediation.thread.historyCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('mediation.thread.historyWhen')}</th>
                  <th scope="col">{t('mediation.thread.historyFrom')}</th>
                  <th scope="col">{t('mediation.thread.historyTo')}</th>
                  <th scope="col">{t('mediation.thread.historyComment')}</th>
                </tr>
              </thead>
              <tbody>
                {moves.map((m) => (
                  <tr key={m.id}>
                    <th scope="row">
                      <time dateTime={m.createdAt}>{formatDateTime(m.createdAt)}</time>
                    </th>
                    <td>{m.statusFrom ? t(`mediation.status.${m.statusFrom}`) : '—'}</td>
                    <td>{t(`mediation.status.${m.statusTo!}`)}</td>
                    <td>{m.body || '—'}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        )}
      </section>

      {isClosed(d.status) ? (
        <p className="empty">{t('mediation.thread.closedNote')}</p>
      ) : (
        mayWrite && (
          <div className="dispute-forms">
            <ReplyForm id={d.id} side={side} onDone={refetch} />
            {side === 'supplier' ? <WithdrawForm id={d.id} onDone={refetch} /> : <StatusForm id={d.id} status={d.status} onDone={refetch} />}
          </div>
        )
      )}
    </Page>
  );
}

function ReplyForm({ id, side, onDone }: { id: string; side: Side; onDone: () => Promise<unknown> }) {
  const t = useMediationT();
  const [body, setBody] = useState('');
  const [internal, setInternal] = useState(false);
  const [problem, setProblem] = useState<string | undefined>();
  const [sent, setSent] = useState(false);
  const [post, { loading, error }] = useMutation(PostMessageMutation);

  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (loading) return;
    setSent(false);
    if (!body.trim()) {
      setProblem(t('mediation.thread.requiredBody'));
      return;
    }
    setProblem(undefined);
    const res = await post({ variables: { id, body: body.trim(), internal: side === 'mediator' ? internal : false } }).catch(() => null);
    if (res?.data) {
      setBody('');
      setInternal(false);
      setSent(true);
      await onDone().catch(() => undefined);
    }
  }

  return (
    <form aria-labelledby="dispute-reply" noValidate onSubmit={onSubmit}>
      <h2 id="dispute-reply">{t('mediation.thread.replyTitle')}</h2>
      <ErrorAlert error={error} />
      {sent && <Alert tone="success">{t('mediation.thread.sent')}</Alert>}
      <TextAreaField label={t('mediation.thread.replyLabel')} required rows={6} maxLength={BODY_MAX + 100} value={body} error={problem} onChange={(e) => setBody(e.target.value)} />
      {side === 'mediator' && <Checkbox label={t('mediation.thread.internalLabel')} checked={internal} onChange={(e) => setInternal(e.target.checked)} />}
      <Button type="submit" busy={loading}>
        {loading ? t('mediation.thread.sending') : t('mediation.thread.send')}
      </Button>
    </form>
  );
}

function WithdrawForm({ id, onDone }: { id: string; onDone: () => Promise<unknown> }) {
  const t = useMediationT();
  const [comment, setComment] = useState('');
  const [withdraw, { loading, error }] = useMutation(WithdrawMutation);
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (loading) return;
    const res = await withdraw({ variables: { id, comment: comment.trim() || null } }).catch(() => null);
    if (res?.data) await onDone().catch(() => undefined);
  }
  return (
    <form aria-labelledby="dispute-withdraw" noValidate onSubmit={onSubmit}>
      <h2 id="dispute-withdraw">{t('mediation.thread.withdrawTitle')}</h2>
      <p>{t('mediation.thread.withdrawHint')}</p>
      <ErrorAlert error={error} />
      <TextAreaField label={t('mediation.thread.withdrawComment')} rows={3} maxLength={BODY_MAX} value={comment} onChange={(e) => setComment(e.target.value)} />
      <Button type="submit" variant="danger" busy={loading}>
        {t('mediation.thread.withdraw')}
      </Button>
    </form>
  );
}

function StatusForm({ id, status, onDone }: { id: string; status: DisputeStatus; onDone: () => Promise<unknown> }) {
  const t = useMediationT();
  const moves = mediatorMoves(status);
  const [next, setNext] = useState<DisputeStatus>(moves[0]!);
  const [comment, setComment] = useState('');
  const [done, setDone] = useState<DisputeStatus | null>(null);
  const [set, { loading, error }] = useMutation(SetStatusMutation);
  const chosen = moves.includes(next) ? next : moves[0]!;
  async function onSubmit(e: FormEvent) {
    e.preventDefault();
    if (loading) return;
    const res = await set({ variables: { id, status: chosen, comment: comment.trim() || null } }).catch(() => null);
    if (res?.data) {
      setComment('');
      setDone(chosen);
      await onDone().catch(() => undefined);
    }
  }
  return (
    <form aria-labelledby="dispute-status" noValidate onSubmit={onSubmit}>
      <h2 id="dispute-status">{t('mediation.thread.statusTitle')}</h2>
      <ErrorAlert error={error} />
      {done && <Alert tone="success">{t('mediation.thread.statusDone', { status: t(`mediation.status.${done}`) })}</Alert>}
      <SelectField
        label={t('mediation.thread.statusLabel')}
        value={chosen}
        onChange={(e) => setNext(e.target.value as DisputeStatus)}
        options={moves.map((s) => ({ value: s, label: t(`mediation.status.${s}`) }))}
      />
      <TextAreaField label={t('mediation.thread.statusComment')} rows={4} maxLength={BODY_MAX} value={comment} onChange={(e) => setComment(e.target.value)} />
      <Button type="submit" busy={loading}>
        {t('mediation.thread.statusSubmit')}
      </Button>
    </form>
  );
}
