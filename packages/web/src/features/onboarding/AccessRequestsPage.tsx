import { useMutation, useQuery } from '@apollo/client/react';
import { type FormEvent, useId, useRef, useState } from 'react';
import { getFragmentData, graphql } from '../../gql';
import type { AccessRequestFieldsFragment, AccessRequestStatus } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../shared/format';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Button } from '../../shared/ui/Button';
import { LoadMore } from '../../shared/ui/LoadMore';
import { Page } from '../../shared/ui/Page';
import { SelectField, TextAreaField } from '../../shared/ui/TextField';
import { useOnboardingT } from './onboarding-i18n';

const AccessRequestsQueryDoc = graphql(`
  query AccessRequests($status: AccessRequestStatus, $after: String) {
    accessRequests(first: 20, status: $status, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          ...AccessRequestFields
        }
      }
    }
  }
`);

const AccessRequestFields = graphql(`
  fragment AccessRequestFields on AccessRequest {
    id
    createdAt
    siret
    requesterName
    email
    roleInCompany
    message
    status
    decidedAt
    refusalReason
    invitedAsOwner
    supplierName
    supplierHasOwner
  }
`);

const ApproveMutation = graphql(`
  mutation ApproveAccessRequest($id: ID!) {
    approveAccessRequest(id: $id) {
      ...AccessRequestFields
    }
  }
`);

const RefuseMutation = graphql(`
  mutation RefuseAccessRequest($id: ID!, $reason: String!) {
    refuseAccessRequest(id: $id, reason: $reason) {
      ...AccessRequestFields
    }
  }
`);

type Request = AccessRequestFieldsFragment;

const FILTERS = ['PENDING', 'APPROVED', 'REFUSED', 'ALL'] as const;

/** Administrators handle the public access requests: approve (an invitation goes out) or refuse with a reason. */
export default function AccessRequestsPage() {
  const t = useOnboardingT();
  const [filter, setFilter] = useState<(typeof FILTERS)[number]>('PENDING');
  const [notice, setNotice] = useState('');
  const statusLine = useRef<HTMLParagraphElement>(null);
  // A decided request leaves the pending list: the keyboard focus goes to the message that says so.
  const decided = (message: string) => {
    setNotice(message);
    statusLine.current?.focus();
  };
  const status = filter === 'ALL' ? null : (filter as AccessRequestStatus);
  const { data, loading, error, fetchMore } = useQuery(AccessRequestsQueryDoc, { variables: { status }, fetchPolicy: 'cache-and-network' });
  const page = data?.accessRequests;
  const requests = page?.edges.map((e) => getFragmentData(AccessRequestFields, e.node)) ?? [];

  return (
    <Page title={t('onboarding.requests.title')}>
      <p className="lead">{t('onboarding.requests.intro')}</p>
      <SelectField
        label={t('onboarding.requests.filter')}
        value={filter}
        onChange={(e) => {
          setNotice('');
          setFilter(e.target.value as (typeof FILTERS)[number]);
        }}
        options={FILTERS.map((f) => ({ value: f, label: t(`onboarding.requests.status.${f}`) }))}
      />
      {loading && !data && <Loading />}
      <ErrorAlert error={error} />
      <p role="status" className="count" ref={statusLine} tabIndex={-1}>
        {notice || (page ? t('onboarding.requests.count', { count: page.totalCount }) : '')}
      </p>
      {requests.length > 0 && (
        <ul className="cards" aria-label={t('onboarding.requests.listLabel')}>
          {requests.map((r) => (
            <li key={r.id}>
              <RequestCard request={r} onDone={decided} />
            </li>
          ))}
        </ul>
      )}
      <LoadMore
        page={page}
        loading={loading}
        label={t('onboarding.requests.more')}
        shown={t('onboarding.requests.shown', { shown: requests.length, count: page?.totalCount ?? 0 })}
        fetchMore={fetchMore}
      />
    </Page>
  );
}

function RequestCard({ request: r, onDone }: { request: Request; onDone: (message: string) => void }) {
  const t = useOnboardingT();
  const id = useId();
  const [refusing, setRefusing] = useState(false);
  const [reason, setReason] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const reasonBox = useRef<HTMLFormElement>(null);
  const [approve, approval] = useMutation(ApproveMutation, { refetchQueries: ['AccessRequests'] });
  const [refuse, refusal] = useMutation(RefuseMutation, { refetchQueries: ['AccessRequests'] });
  const pending = r.status === 'PENDING';

  async function onApprove() {
    if (approval.loading) return;
    const done = await approve({ variables: { id: r.id } }).catch(() => null);
    if (done?.data) onDone(t('onboarding.requests.approved', { name: r.requesterName }));
  }

  async function onRefuse(e: FormEvent) {
    e.preventDefault();
    if (refusal.loading) return;
    if (!reason.trim()) {
      setReasonMissing(true);
      reasonBox.current?.querySelector('textarea')?.focus();
      return;
    }
    const done = await refuse({ variables: { id: r.id, reason } }).catch(() => null);
    if (done?.data) onDone(t('onboarding.requests.refused', { name: r.requesterName }));
  }

  return (
    <article className="card" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="card__title">
        {t('onboarding.requests.requestTitle', { name: r.requesterName, siret: r.siret })}
      </h2>
      <dl className="details">
        <dt>{t('onboarding.requests.received')}</dt>
        <dd>{formatDateTime(r.createdAt)}</dd>
        <dt>{t('onboarding.requests.email')}</dt>
        <dd>{r.email}</dd>
        <dt>{t('onboarding.requests.role')}</dt>
        <dd>{r.roleInCompany}</dd>
        {r.message && (
          <>
            <dt>{t('onboarding.requests.message')}</dt>
            <dd className="mail__body">{r.message}</dd>
          </>
        )}
        <dt>{t('onboarding.requests.supplier')}</dt>
        <dd>{r.supplierName ?? t('onboarding.requests.unknownSupplier')}</dd>
        <dt>{t('onboarding.requests.state')}</dt>
        <dd>
          {t(`onboarding.requests.status.${r.status}`)}
          {r.decidedAt && ` — ${t('onboarding.requests.decidedOn', { date: formatDate(r.decidedAt) })}`}
          {r.invitedAsOwner != null && ` — ${t(r.invitedAsOwner ? 'onboarding.requests.invitedOwner' : 'onboarding.requests.invitedMember')}`}
        </dd>
        {r.refusalReason && (
          <>
            <dt>{t('onboarding.requests.refusalReason')}</dt>
            <dd>{r.refusalReason}</dd>
          </>
        )}
      </dl>
      {pending && r.supplierName && <p className="note">{t(r.supplierHasOwner ? 'onboarding.requests.willInviteMember' : 'onboarding.requests.willInviteOwner')}</p>}
      {pending && (
        <>
          <ErrorAlert error={approval.error ?? refusal.error} />
          {!refusing ? (
            <div className="actions">
              {r.supplierName && (
                <Button busy={approval.loading} onClick={() => void onApprove()}>
                  {t('onboarding.requests.approve')}
                </Button>
              )}
              <Button variant="secondary" onClick={() => setRefusing(true)}>
                {t('onboarding.requests.refuse')}
              </Button>
            </div>
          ) : (
            <form ref={reasonBox} className="form" noValidate onSubmit={(e) => void onRefuse(e)}>
              <fieldset>
                <legend>{t('onboarding.requests.refuseLegend', { name: r.requesterName })}</legend>
                <TextAreaField
                  label={t('onboarding.requests.reason')}
                  required
                  autoFocus
                  rows={3}
                  value={reason}
                  error={reasonMissing ? t('onboarding.requests.reasonMissing') : undefined}
                  onChange={(e) => {
                    setReason(e.target.value);
                    setReasonMissing(false);
                  }}
                />
              </fieldset>
              <div className="actions">
                <Button type="submit" variant="danger" busy={refusal.loading}>
                  {t('onboarding.requests.confirmRefuse')}
                </Button>
                <Button variant="quiet" onClick={() => setRefusing(false)}>
                  {t('onboarding.requests.cancel')}
                </Button>
              </div>
            </form>
          )}
        </>
      )}
    </article>
  );
}
