import { useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { mayEnter, paths } from '../../app/access';
import { useViewer } from '../../app/viewer';
import { graphql } from '../../gql';
import type { ClauseFlag } from '../../gql/graphql';
import { formatLocalDate } from '../../shared/format';
import { formatMoney } from '../../shared/money';
import { Button } from '../../shared/ui/Button';
import { ListFrame } from '../../shared/ui/ListFrame';
import { TableWrap } from '../../shared/ui/TableWrap';
import { SelectField, TextField } from '../../shared/ui/TextField';
import { type ContractQuery, FLAGS, isFiltered, readContractQuery, toContractFilter, writeContractQuery } from './contract-query';
import '../../i18n/contracts';

const ContractListQuery = graphql(`
  query ContractList($first: Int!, $after: String, $filter: ContractFilter) {
    contracts(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          reference
          title
          procedure
          notifiedOn
          endOn
          modifiedOn
          amount {
            amount
            currency
          }
          socialClause
          environmentalClause
          lowCarbonTransport
          holders {
            supplierId
            legalName
            identifier
          }
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;

function Flag({ value }: { value: ClauseFlag }) {
  const { t } = useTranslation();
  return <span className={`badge badge--${value === 'YES' ? 'success' : 'neutral'}`}>{t(`clauseFlag.${value}`)}</span>;
}

/** Agents: the contracts imported from the open data, with their SPASER clause flags; newest first. */
export default function ContractListPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [params, setParams] = useSearchParams();
  const query = readContractQuery(params);
  const filtered = isFiltered(query);
  const { data, loading, error, fetchMore, refetch } = useQuery(ContractListQuery, {
    variables: { first: PAGE_SIZE, filter: toContractFilter(query) },
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.contracts;

  return (
    <ListFrame
      title={t('contracts.title')}
      intro={
        <>
          <p className="lead">{t('contracts.intro')}</p>
          {viewer && mayEnter(viewer, 'contractImport') && (
            <p>
              <Link to={paths.contractImport}>{t('contracts.importLink')}</Link>
            </p>
          )}
        </>
      }
      filters={<FilterForm query={query} onApply={(next) => setParams(writeContractQuery(next))} />}
      clear={filtered && { to: paths.contracts, label: t('contracts.filters.clear') }}
      list={{ page, loading, error, onRetry: refetch }}
      count={(count) => t(filtered ? 'contracts.countFiltered' : 'contracts.count', { count })}
      empty={t(filtered ? 'contracts.emptyFiltered' : 'contracts.empty')}
      more={{
        label: t('contracts.more'),
        shown: (shown, count) => t('contracts.shown', { shown, count }),
        fetchMore,
      }}
    >
      {page && (
        <TableWrap label={t('contracts.tableLabel')}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('contracts.columns.reference')}</th>
                <th scope="col">{t('contracts.columns.title')}</th>
                <th scope="col">{t('contracts.columns.holders')}</th>
                <th scope="col">{t('contracts.columns.notifiedOn')}</th>
                <th scope="col">{t('contracts.columns.endOn')}</th>
                <th scope="col" className="num">
                  {t('contracts.columns.amount')}
                </th>
                <th scope="col">{t('contracts.columns.social')}</th>
                <th scope="col">{t('contracts.columns.environmental')}</th>
                <th scope="col">{t('contracts.columns.lowCarbon')}</th>
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">{node.reference}</th>
                  <td>
                    {node.title}
                    {node.procedure && <span className="note"> — {node.procedure}</span>}
                  </td>
                  <td>
                    {node.holders.length === 0 ? '—' : node.holders.map((h, i) => [i > 0 && <br key={`br-${h.supplierId}`} />, <span key={h.supplierId}>{h.legalName}</span>])}
                  </td>
                  <td>{node.notifiedOn ? formatLocalDate(node.notifiedOn) : '—'}</td>
                  <td>{node.endOn ? formatLocalDate(node.endOn) : '—'}</td>
                  <td className="num">
                    {node.amount ? formatMoney(node.amount) : '—'}
                    {node.modifiedOn && (
                      <>
                        <br />
                        <span className="note">{t('contracts.modifiedOn', { date: formatLocalDate(node.modifiedOn) })}</span>
                      </>
                    )}
                  </td>
                  <td>
                    <Flag value={node.socialClause} />
                  </td>
                  <td>
                    <Flag value={node.environmentalClause} />
                  </td>
                  <td>
                    <Flag value={node.lowCarbonTransport} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </ListFrame>
  );
}

function FilterForm({ query, onApply }: { query: ContractQuery; onApply: (query: ContractQuery) => void }) {
  const { t } = useTranslation();
  const [form, setForm] = useState(query);
  const key = writeContractQuery(query).toString();
  // "Back", "Forward" and the links change the address: the form follows.
  useEffect(() => setForm(query), [key]);
  const flagOptions = [{ value: '', label: t('contracts.filters.any') }, ...FLAGS.map((f) => ({ value: f, label: t(`clauseFlag.${f}`) }))];

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    onApply(form);
  }

  return (
    <form className="filters" role="search" aria-label={t('contracts.filters.label')} noValidate onSubmit={onSubmit}>
      <div className="filters__fields">
        <TextField
          label={t('contracts.filters.search')}
          hint={t('contracts.filters.searchHint')}
          type="search"
          name="q"
          maxLength={100}
          value={form.search}
          onChange={(e) => setForm({ ...form, search: e.target.value })}
        />
        <TextField
          label={t('contracts.filters.year')}
          hint={t('contracts.filters.yearHint')}
          inputMode="numeric"
          name="annee"
          maxLength={4}
          pattern="[0-9]{4}"
          value={form.year}
          onChange={(e) => setForm({ ...form, year: e.target.value })}
        />
        <SelectField
          label={t('contracts.filters.social')}
          name="social"
          value={form.social}
          onChange={(e) => setForm({ ...form, social: e.target.value as ContractQuery['social'] })}
          options={flagOptions}
        />
        <SelectField
          label={t('contracts.filters.environmental')}
          name="env"
          value={form.environmental}
          onChange={(e) => setForm({ ...form, environmental: e.target.value as ContractQuery['environmental'] })}
          options={flagOptions}
        />
      </div>
      <Button type="submit">{t('contracts.filters.submit')}</Button>
    </form>
  );
}
