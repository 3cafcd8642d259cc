import { type FormEvent, useEffect, useState } from 'react';
import { Button } from '../../shared/ui/Button';
import { Checkbox, SelectField } from '../../shared/ui/TextField';
import { KINDS, STATUSES } from './declaration-labels';
import { useEthicsT } from './ethics-i18n';
import { type ListFilter, writeFilter } from './list-filter';

/** Kind, review status and "flagged only"; applied with the button (the address keeps them). */
export function DeclarationFilters({ filter, onApply }: { filter: ListFilter; onApply: (filter: ListFilter) => void }) {
  const t = useEthicsT();
  const [form, setForm] = useState(filter);
  const key = writeFilter(filter).toString();
  // Back, Forward and links change the address: the form follows.
  useEffect(() => setForm(filter), [key]);

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onApply(form);
  }

  return (
    <form className="filters" role="search" aria-label={t('ethics.list.filters.label')} noValidate onSubmit={onSubmit}>
      <div className="filters__fields">
        <SelectField
          label={t('ethics.list.filters.kind')}
          name="type"
          value={form.kind}
          onChange={(e) => setForm({ ...form, kind: e.target.value as ListFilter['kind'] })}
          options={[{ value: '', label: t('ethics.list.filters.allKinds') }, ...KINDS.map((k) => ({ value: k, label: t(`ethics.kind.${k}`) }))]}
        />
        <SelectField
          label={t('ethics.list.filters.status')}
          name="statut"
          value={form.status}
          onChange={(e) => setForm({ ...form, status: e.target.value as ListFilter['status'] })}
          options={[{ value: '', label: t('ethics.list.filters.allStatuses') }, ...STATUSES.map((s) => ({ value: s, label: t(`ethics.status.${s}`) }))]}
        />
      </div>
      <Checkbox label={t('ethics.list.filters.flagged')} name="signalees" checked={form.flagged} onChange={(e) => setForm({ ...form, flagged: e.target.checked })} />
      <Button type="submit">{t('ethics.list.filters.submit')}</Button>
    </form>
  );
}
