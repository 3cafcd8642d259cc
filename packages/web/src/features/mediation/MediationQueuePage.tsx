import { useQuery } from '@apollo/client/react';
import { type FormEvent, useState } from 'react';
import { useSearchParams } from 'react-router';
import { todayInParis } from '../../shared/format';
import { Button } from '../../shared/ui/Button';
import { ListFrame } from '../../shared/ui/ListFrame';
import { SelectField } from '../../shared/ui/TextField';
import { DisputeTable } from './DisputeTable';
import { DisputeListQuery, PAGE_SIZE } from './MyDisputesPage';
import { useMediationT } from './mediation-i18n';
import { AGES, type QueueFilter, readQueueFilter, STATUSES, toApiQueueFilter, writeQueueFilter } from './mediation';
import './mediation.css';

/** The mediator's queue: pending requests by default, filtered by status and age, newest first. */
export default function MediationQueuePage() {
  const t = useMediationT();
  const [params, setParams] = useSearchParams();
  const filter = readQueueFilter(params);
  const [draft, setDraft] = useState<QueueFilter>(filter);
  const { data, loading, error, fetchMore, refetch } = useQuery(DisputeListQuery, {
    variables: { first: PAGE_SIZE, filter: toApiQueueFilter(filter, todayInParis()) },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.disputes;

  function onSubmit(e: FormEvent) {
    e.preventDefault();
    setParams(writeQueueFilter(draft));
  }

  const filters = (
    <form className="filters" role="search" aria-label={t('mediation.queue.filters')} onSubmit={onSubmit}>
      <div className="filters__fields">
        <SelectField
          label={t('mediation.queue.statusFilter')}
          value={draft.status}
          onChange={(e) => setDraft({ ...draft, status: e.target.value as QueueFilter['status'] })}
          options={[
            { value: 'pending', label: t('mediation.queue.pending') },
            { value: '', label: t('mediation.queue.allStatuses') },
            ...STATUSES.map((s) => ({ value: s, label: t(`mediation.status.${s}`) })),
          ]}
        />
        <SelectField
          label={t('mediation.queue.ageFilter')}
          value={draft.olderThan ? String(draft.olderThan) : ''}
          onChange={(e) => setDraft({ ...draft, olderThan: e.target.value ? Number(e.target.value) : null })}
          options={[{ value: '', label: t('mediation.queue.anyAge') }, ...AGES.map((n) => ({ value: String(n), label: t('mediation.queue.olderThan', { count: n }) }))]}
        />
      </div>
      <Button type="submit">{t('mediation.queue.apply')}</Button>
    </form>
  );

  return (
    <ListFrame
      title={t('mediation.queue.title')}
      intro={<p className="lead">{t('mediation.queue.intro')}</p>}
      filters={filters}
      list={{ page, loading, error: page ? null : error, onRetry: refetch }}
      count={(count) => t('mediation.queue.count', { count })}
      empty={t('mediation.queue.empty')}
      more={{
        label: t('mediation.queue.more'),
        shown: (shown, count) => t('mediation.queue.shown', { shown, count }),
        fetchMore,
      }}
    >
      {page && <DisputeTable backOffice rows={page.edges.map((e) => e.node)} caption={t('mediation.queue.caption')} />}
    </ListFrame>
  );
}
