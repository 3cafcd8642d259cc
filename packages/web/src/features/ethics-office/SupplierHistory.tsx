import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { declarationPath } from '../../app/access';
import { graphql } from '../../gql';
import { formatDate, formatLocalDate } from '../../shared/format';
import { formatMoney } from '../../shared/money';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { TableWrap } from '../../shared/ui/TableWrap';
import { FlagTags, StatusBadge } from './Badges';
import { useOfficeT } from './office-i18n';

const SupplierHistoryQuery = graphql(`
  query EthicsSupplierHistory($supplierId: ID!, $first: Int!) {
    declarations(first: $first, filter: { supplierId: $supplierId }) {
      pageInfo {
        hasNextPage
      }
      edges {
        node {
          id
          anonymous
          kind
          status
          flags
          submittedAt
          eventOn
          value {
            amount
            currency
          }
          runningTotal {
            amount
            currency
          }
          cap {
            amount
            currency
          }
        }
      }
    }
  }
`);

const SHOWN = 50;

/**
 * The supplier's declarations, newest first, with the yearly running total each one reached.
 * Anonymous reports are left out: listing them under the supplier would name their author's company.
 */
export function SupplierHistory({ supplierId, supplierName, currentId }: { supplierId: string; supplierName: string; currentId: string }) {
  const t = useOfficeT();
  const { data, loading, error, refetch } = useQuery(SupplierHistoryQuery, { variables: { supplierId, first: SHOWN } });
  const page = data?.declarations;
  const rows = page?.edges.map((e) => e.node).filter((d) => !d.anonymous) ?? [];
  return (
    <section aria-labelledby="supplier-history">
      <h2 id="supplier-history">{t('ethicsOffice.history.title', { supplier: supplierName })}</h2>
      {loading && !page && <Loading />}
      <ErrorAlert error={error} onRetry={refetch} />
      {page && (
        <>
          <p className="count">{t(page.pageInfo.hasNextPage ? 'ethicsOffice.history.latest' : 'ethicsOffice.history.count', { count: rows.length })}</p>
          <TableWrap label={t('ethicsOffice.history.tableLabel')}>
            <table className="table table--compact">
              <caption>{t('ethicsOffice.history.caption', { supplier: supplierName })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('ethicsOffice.queue.columns.kind')}</th>
                  <th scope="col">{t('ethicsOffice.history.date')}</th>
                  <th scope="col" className="num">
                    {t('ethicsOffice.queue.columns.value')}
                  </th>
                  <th scope="col" className="num">
                    {t('ethicsOffice.history.runningTotal')}
                  </th>
                  <th scope="col">{t('ethicsOffice.queue.columns.flags')}</th>
                  <th scope="col">{t('ethicsOffice.queue.columns.status')}</th>
                </tr>
              </thead>
              <tbody>
                {rows.map((d) => (
                  <tr key={d.id}>
                    <th scope="row">
                      {d.id === currentId ? (
                        <>
                          {t(`ethicsOffice.kind.${d.kind}`)} <span className="note">{t('ethicsOffice.history.thisOne')}</span>
                        </>
                      ) : (
                        <Link to={declarationPath(d.id, true)}>
                          {t(`ethicsOffice.kind.${d.kind}`)}
                          <span className="visually-hidden">{t('ethicsOffice.history.linkContext', { date: formatDate(d.submittedAt) })}</span>
                        </Link>
                      )}
                    </th>
                    <td>
                      {d.eventOn ? formatLocalDate(d.eventOn) : '—'}
                      <span className="details__note">{t('ethicsOffice.history.submitted', { date: formatDate(d.submittedAt) })}</span>
                    </td>
                    <td className="num nowrap">{d.value ? formatMoney(d.value) : '—'}</td>
                    <td className="num nowrap">
                      {d.runningTotal ? formatMoney(d.runningTotal) : '—'}
                      {d.cap && <span className="details__note">{t('ethicsOffice.history.capOf', { cap: formatMoney(d.cap) })}</span>}
                    </td>
                    <td>
                      <FlagTags flags={d.flags} />
                    </td>
                    <td>
                      <StatusBadge status={d.status} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableWrap>
        </>
      )}
    </section>
  );
}
