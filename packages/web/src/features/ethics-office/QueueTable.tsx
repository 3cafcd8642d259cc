import { Link } from 'react-router';
import { declarationPath } from '../../app/access';
import type { DeclarationFlag, DeclarationKind, DeclarationStatus } from '../../gql/graphql';
import { formatDate, formatLocalDate } from '../../shared/format';
import { formatMoney, type MoneyValue } from '../../shared/money';
import { TableWrap } from '../../shared/ui/TableWrap';
import { FlagTags, StatusBadge } from './Badges';
import { useOfficeT } from './office-i18n';
import { ageInDays } from './queue-query';

export interface QueueRow {
  id: string;
  kind: DeclarationKind;
  status: DeclarationStatus;
  flags: readonly DeclarationFlag[];
  anonymous: boolean;
  supplierName?: string | null;
  submittedAt: string;
  eventOn?: string | null;
  value?: MoneyValue | null;
}

/** A page of declarations; each row header links to its review (which can lead back to these filters). */
export function QueueTable({ rows, today, queue }: { rows: readonly QueueRow[]; today: string; queue: string }) {
  const t = useOfficeT();
  return (
    <TableWrap label={t('ethicsOffice.queue.tableLabel')}>
      <table className="table table--compact table--queue">
        <caption>{t('ethicsOffice.queue.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ethicsOffice.queue.columns.kind')}</th>
            <th scope="col">{t('ethicsOffice.queue.columns.supplier')}</th>
            <th scope="col">{t('ethicsOffice.queue.columns.submittedOn')}</th>
            <th scope="col" className="num">
              {t('ethicsOffice.queue.columns.value')}
            </th>
            <th scope="col">{t('ethicsOffice.queue.columns.flags')}</th>
            <th scope="col">{t('ethicsOffice.queue.columns.status')}</th>
            <th scope="col" className="num">
              {t('ethicsOffice.queue.columns.age')}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => {
            const supplier = d.supplierName ?? t(d.anonymous ? 'ethicsOffice.anonymous' : 'ethicsOffice.unknown');
            return (
              <tr key={d.id}>
                <th scope="row">
                  <Link to={declarationPath(d.id, true)} state={{ queue }}>
                    {t(`ethicsOffice.kind.${d.kind}`)}
                    <span className="visually-hidden">{t('ethicsOffice.queue.linkContext', { supplier, date: formatDate(d.submittedAt) })}</span>
                  </Link>
                </th>
                <td>{d.anonymous && !d.supplierName ? <em>{supplier}</em> : supplier}</td>
                <td>
                  {formatDate(d.submittedAt)}
                  {d.eventOn && <span className="details__note">{t('ethicsOffice.queue.eventOn', { date: formatLocalDate(d.eventOn) })}</span>}
                </td>
                <td className="num nowrap">{d.value ? formatMoney(d.value) : '—'}</td>
                <td>
                  <FlagTags flags={d.flags} />
                </td>
                <td>
                  <StatusBadge status={d.status} />
                </td>
                <td className="num nowrap">{t('ethicsOffice.queue.ageDays', { count: ageInDays(d.submittedAt, today) })}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
