import { type FormEvent, useEffect, useState } from 'react';
import { Button } from '../../shared/ui/Button';
import { SelectField } from '../../shared/ui/TextField';
import { useOfficeT } from './office-i18n';
import { AGES, KINDS, type QueueQuery, readQueueQuery, STATUSES, writeQueueQuery } from './queue-query';
import { FLAGS } from './review';

/** The queue's filters; applied with the button, they go to the address. */
export function QueueFilters({ query, onApply }: { query: QueueQuery; onApply: (query: QueueQuery) => void }) {
  const t = useOfficeT();
  const [form, setForm] = useState(query);
  const key = writeQueueQuery(query).toString();
  // "Back", "Forward" and the "clear" link change the address: the form follows.
  useEffect(() => setForm(query), [key]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    // Through the address and back: only known values reach the query.
    onApply(readQueueQuery(writeQueueQuery(form)));
  }

  const any = { value: '', label: t('ethicsOffice.queue.filters.any') };
  return (
    <form className="filters" role="search" aria-label={t('ethicsOffice.queue.filters.label')} noValidate onSubmit={onSubmit}>
      <div className="filters__fields">
        <SelectField
          label={t('ethicsOffice.queue.filters.kind')}
          name="type"
          value={form.kind}
          onChange={(e) => setForm({ ...form, kind: e.target.value as QueueQuery['kind'] })}
          options={[any, ...KINDS.map((k) => ({ value: k, label: t(`ethicsOffice.kind.${k}`) }))]}
        />
        <SelectField
          label={t('ethicsOffice.queue.filters.flag')}
          name="signalement"
          value={form.flagged}
          onChange={(e) => setForm({ ...form, flagged: e.target.value as QueueQuery['flagged'] })}
          options={[
            any,
            { value: 'yes', label: t('ethicsOffice.queue.filters.flagged') },
            ...FLAGS.map((f) => ({ value: f, label: t('ethicsOffice.queue.filters.onlyFlag', { flag: t(`ethicsOffice.flag.${f}`) }) })),
            { value: 'no', label: t('ethicsOffice.queue.filters.notFlagged') },
          ]}
        />
        <SelectField
          label={t('ethicsOffice.queue.filters.status')}
          name="statut"
          value={form.status}
          onChange={(e) => setForm({ ...form, status: e.target.value as QueueQuery['status'] })}
          options={[any, ...STATUSES.map((s) => ({ value: s, label: t(`ethicsOffice.status.${s}`) }))]}
        />
        <SelectField
          label={t('ethicsOffice.queue.filters.age')}
          name="anciennete"
          value={form.olderThan}
          onChange={(e) => setForm({ ...form, olderThan: e.target.value as QueueQuery['olderThan'] })}
          options={[any, ...AGES.map((days) => ({ value: days, label: t('ethicsOffice.queue.filters.olderThan', { count: Number(days) }) }))]}
        />
      </div>
      <Button type="submit">{t('ethicsOffice.queue.filters.submit')}</Button>
    </form>
  );
}
