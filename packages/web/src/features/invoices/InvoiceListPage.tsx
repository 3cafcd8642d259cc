import { useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { paths } from '../../app/access';
import { graphql } from '../../gql';
import type { InvoiceSort, SortDirection } from '../../gql/graphql';
import { Button } from '../../shared/ui/Button';
import { ListFrame } from '../../shared/ui/ListFrame';
import { Checkbox, SelectField, TextField } from '../../shared/ui/TextField';
import { InvoiceTable } from './InvoiceTable';
import { EMPTY_QUERY, isFiltered, type ListQuery, listHref, readListQuery, SORTS, toFilter, toOrder, writeListQuery } from './list-query';
import { STATUSES } from './status';
import '../../i18n/payments';

const InvoiceListQuery = graphql(`
  query InvoiceList($first: Int!, $after: String, $filter: InvoiceFilter, $orderBy: InvoiceOrder, $withSupplier: Boolean!) {
    invoices(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          ...InvoiceRow_invoice
          supplier @include(if: $withSupplier) {
            id
            legalName
          }
        }
      }
    }
  }
`);

// The back-office's supplier filter: the directory's first 100 suppliers by name.
const SupplierOptionsQuery = graphql(`
  query InvoiceSupplierOptions {
    suppliers(first: 100) {
      totalCount
      edges {
        node {
          id
          legalName
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

/** The list of invoices: a supplier's own (`/factures`), or everyone's in the back-office (FINANCE, AUDITOR). */
export function InvoiceListPage({ backOffice }: { backOffice: boolean }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const query = readListQuery(params);
  const base = backOffice ? paths.backOfficeInvoices : paths.invoices;
  const { data, loading, error, fetchMore, refetch } = useQuery(InvoiceListQuery, {
    variables: { first: PAGE_SIZE, filter: toFilter(query, backOffice), orderBy: toOrder(query), withSupplier: backOffice },
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.invoices;
  const filtered = isFiltered(query);

  return (
    <ListFrame
      title={t(backOffice ? 'invoices.backOfficeTitle' : 'invoices.title')}
      intro={<p className="lead">{t(backOffice ? 'invoices.backOfficeIntro' : 'invoices.intro')}</p>}
      filters={<FilterForm query={query} backOffice={backOffice} onApply={(next) => setParams(writeListQuery(next))} />}
      clear={filtered && { to: base, label: t('invoices.filters.clear') }}
      list={{ page, loading, error, onRetry: refetch }}
      count={(count) => t(filtered ? 'invoices.countFiltered' : 'invoices.count', { count })}
      empty={t(filtered ? 'invoices.emptyFiltered' : backOffice ? 'invoices.emptyBackOffice' : 'invoices.empty')}
      more={{
        label: t('invoices.more'),
        shown: (shown, count) => t('invoices.shown', { shown, count }),
        fetchMore,
      }}
    >
      {page && (
        <InvoiceTable
          rows={page.edges.map(({ node }) => ({ invoice: node, supplier: node.supplier }))}
          backOffice={backOffice}
          sort={{ field: query.sort || 'INVOICE_DATE', direction: query.sort ? query.direction : 'DESC' }}
          supplierHref={backOffice ? (supplierId) => listHref(base, { ...query, supplierId }) : undefined}
        />
      )}
    </ListFrame>
  );
}

export const SupplierInvoicesPage = () => <InvoiceListPage backOffice={false} />;
export const BackOfficeInvoicesPage = () => <InvoiceListPage backOffice />;

type FormState = Omit<ListQuery, 'sort' | 'direction'> & { order: string };

const DEFAULT_ORDER = 'INVOICE_DATE:DESC';
const orderOf = (query: ListQuery) => (query.sort ? `${query.sort}:${query.direction}` : '');
const formFrom = (query: ListQuery): FormState => ({ ...query, order: orderOf(query) === DEFAULT_ORDER ? '' : orderOf(query) });

function FilterForm({ query, backOffice, onApply }: { query: ListQuery; backOffice: boolean; onApply: (query: ListQuery) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [form, setForm] = useState(() => formFrom(query));
  const key = writeListQuery(query).toString();
  // "Back", "Forward" and the links change the address: the form follows.
  useEffect(() => setForm(formFrom(query)), [key]);
  const suppliers = useQuery(SupplierOptionsQuery, { skip: !backOffice });
  const options = suppliers.data?.suppliers.edges.map((e) => e.node) ?? [];

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    const [sort, direction] = form.order.split(':') as [InvoiceSort | '', SortDirection | undefined];
    const { order: _, ...rest } = form;
    onApply({ ...EMPTY_QUERY, ...rest, sort: sort ?? '', direction: direction ?? 'DESC' });
  }

  const toggle = (status: (typeof STATUSES)[number], on: boolean) =>
    setForm({ ...form, statuses: on ? [...form.statuses, status] : form.statuses.filter((s) => s !== status) });

  return (
    <form className="filters" role="search" aria-label={t('invoices.filters.label')} noValidate onSubmit={onSubmit}>
      <fieldset className="filters__statuses" aria-describedby={`${id}-statuses-hint`}>
        <legend>{t('invoices.filters.statuses')}</legend>
        <p className="field__hint" id={`${id}-statuses-hint`}>
          {t('invoices.filters.statusesHint')}
        </p>
        <div className="checkbox-grid">
          {STATUSES.map((status) => (
            <Checkbox key={status} label={t(`invoiceStatus.${status}`)} name="statut" value={status} checked={form.statuses.includes(status)} onChange={(e) => toggle(status, e.target.checked)} />
          ))}
        </div>
      </fieldset>
      <div className="filters__fields">
        <TextField label={t('invoices.filters.from')} type="date" name="du" value={form.from} onChange={(e) => setForm({ ...form, from: e.target.value })} />
        <TextField label={t('invoices.filters.to')} type="date" name="au" value={form.to} onChange={(e) => setForm({ ...form, to: e.target.value })} />
        <TextField
          label={t('invoices.filters.number')}
          hint={t('invoices.filters.numberHint')}
          type="search"
          name="numero"
          maxLength={100}
          value={form.number}
          onChange={(e) => setForm({ ...form, number: e.target.value })}
        />
        <TextField label={t('invoices.filters.contract')} type="search" name="marche" maxLength={100} value={form.contract} onChange={(e) => setForm({ ...form, contract: e.target.value })} />
        {backOffice && (
          <SelectField
            label={t('invoices.filters.supplier')}
            name="fournisseur"
            value={form.supplierId}
            onChange={(e) => setForm({ ...form, supplierId: e.target.value })}
            options={[
              { value: '', label: t('invoices.filters.allSuppliers') },
              ...options.map((s) => ({ value: s.id, label: s.legalName })),
              ...(form.supplierId && !options.some((s) => s.id === form.supplierId) ? [{ value: form.supplierId, label: t('invoices.filters.chosenSupplier') }] : []),
            ]}
          />
        )}
        <SelectField
          className="filters__sort"
          label={t('invoices.filters.sort')}
          name="tri"
          value={form.order}
          onChange={(e) => setForm({ ...form, order: e.target.value })}
          options={[
            { value: '', label: t('invoices.sort.default') },
            ...SORTS.flatMap((field) => (['DESC', 'ASC'] as const).map((direction) => ({ value: `${field}:${direction}`, label: t(`invoices.sort.${field}_${direction}`) }))).filter(
              (o) => o.value !== DEFAULT_ORDER,
            ),
          ]}
        />
      </div>
      <Checkbox label={t('invoices.filters.lateOnly')} name="retard" checked={form.lateOnly} onChange={(e) => setForm({ ...form, lateOnly: e.target.checked })} />
      <Button type="submit">{t('invoices.filters.submit')}</Button>
    </form>
  );
}
