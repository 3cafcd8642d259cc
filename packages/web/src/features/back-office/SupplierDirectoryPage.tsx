import { useQuery } from '@apollo/client/react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { graphql } from '../../gql';
import type { SizeCategory, SupplierFilter } from '../../gql/graphql';
import { Button } from '../../shared/ui/Button';
import { ListFrame } from '../../shared/ui/ListFrame';
import { TableWrap } from '../../shared/ui/TableWrap';
import { SelectField, TextField } from '../../shared/ui/TextField';

const SuppliersQuery = graphql(`
  query SupplierDirectory($first: Int!, $after: String, $filter: SupplierFilter) {
    suppliers(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo {
        endCursor
        hasNextPage
      }
      edges {
        node {
          id
          legalName
          siret
          department
          isRegional
          sizeCategory
          contactEmail
        }
      }
    }
  }
`);

const PAGE_SIZE = 20;
const SIZES: SizeCategory[] = ['MICRO', 'SMALL_MEDIUM', 'INTERMEDIATE', 'LARGE'];

/** The filters live in the address (q, region, size): a search can be shared and comes back with "Back". */
function filterFrom(params: URLSearchParams): SupplierFilter {
  const search = params.get('q')?.trim().slice(0, 100);
  const region = params.get('region');
  const size = params.get('size') as SizeCategory | null;
  return {
    ...(search ? { search } : {}),
    ...(region === 'yes' || region === 'no' ? { isRegional: region === 'yes' } : {}),
    ...(size && SIZES.includes(size) ? { sizeCategory: size } : {}),
  };
}

const formFrom = (params: URLSearchParams) => ({ q: params.get('q') ?? '', region: params.get('region') ?? '', size: params.get('size') ?? '' });

export default function SupplierDirectoryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const [form, setForm] = useState(() => formFrom(params));
  // "Back" and "Forward" change the address: the form follows.
  useEffect(() => setForm(formFrom(params)), [params]);
  const { data, loading, error, fetchMore } = useQuery(SuppliersQuery, {
    variables: { first: PAGE_SIZE, filter: filterFrom(params) },
    notifyOnNetworkStatusChange: true,
  });
  const page = data?.suppliers;

  function onSubmit(event: FormEvent) {
    event.preventDefault();
    setParams(Object.fromEntries(Object.entries(form).filter(([, v]) => v.trim())), { replace: false });
  }

  const filters = (
    <form className="form form--inline" role="search" aria-label={t('directory.searchLabel')} noValidate onSubmit={onSubmit}>
      <TextField
        label={t('directory.search')}
        hint={t('directory.searchHint')}
        type="search"
        name="q"
        maxLength={100}
        value={form.q}
        onChange={(e) => setForm({ ...form, q: e.target.value })}
      />
      <SelectField
        label={t('directory.region')}
        name="region"
        value={form.region}
        onChange={(e) => setForm({ ...form, region: e.target.value })}
        options={[
          { value: '', label: t('directory.any') },
          { value: 'yes', label: t('directory.regionYes') },
          { value: 'no', label: t('directory.regionNo') },
        ]}
      />
      <SelectField
        label={t('directory.size')}
        name="size"
        value={form.size}
        onChange={(e) => setForm({ ...form, size: e.target.value })}
        options={[{ value: '', label: t('directory.any') }, ...SIZES.map((s) => ({ value: s, label: t(`size.${s}`) }))]}
      />
      <Button type="submit">{t('directory.submit')}</Button>
    </form>
  );

  return (
    <ListFrame
      title={t('directory.title')}
      filters={filters}
      list={{ page, loading, error }}
      count={(count) => t('directory.count', { count })}
      more={{
        label: t('directory.more'),
        shown: (shown, count) => t('directory.shown', { shown, count }),
        fetchMore,
      }}
    >
      {page && (
        <TableWrap label={t('directory.tableLabel')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('directory.legalName')}</th>
                <th scope="col">{t('directory.siret')}</th>
                <th scope="col">{t('directory.department')}</th>
                <th scope="col">{t('directory.regional')}</th>
                <th scope="col">{t('directory.size')}</th>
                <th scope="col">{t('directory.contact')}</th>
              </tr>
            </thead>
            <tbody>
              {page.edges.map(({ node }) => (
                <tr key={node.id}>
                  <th scope="row">{node.legalName}</th>
                  <td>{node.siret ?? '—'}</td>
                  <td>{node.department ?? '—'}</td>
                  <td>{t(node.isRegional ? 'common.yes' : 'common.no')}</td>
                  <td>{node.sizeCategory ? t(`sizeShort.${node.sizeCategory}`) : '—'}</td>
                  <td>{node.contactEmail ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </ListFrame>
  );
}
