import { Link } from 'react-router';
import { disputePath } from '../../app/access';
import type { DisputeStatus, DisputeSubjectKind } from '../../gql/graphql';
import { formatDate, formatDateTime } from '../../shared/format';
import { TableWrap } from '../../shared/ui/TableWrap';
import { DisputeStatusBadge } from './StatusBadge';
import { useSubjectText } from './SubjectText';
import { useMediationT } from './mediation-i18n';
import { daysSince, isClosed } from './mediation';

export interface DisputeRow {
  id: string;
  title: string;
  subjectKind: DisputeSubjectKind;
  subjectLabel: string;
  status: DisputeStatus;
  supplierName: string;
  openedAt: string;
  lastActivityAt: string;
}

/** Disputes in a table: the supplier's own (no supplier column) or the mediator's queue. */
export function DisputeTable({ rows, caption, backOffice = false }: { rows: readonly DisputeRow[]; caption: string; backOffice?: boolean }) {
  const t = useMediationT();
  const subjectText = useSubjectText();
  return (
    <TableWrap label={caption}>
      <table className="table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('mediation.columns.title')}</th>
            <th scope="col">{t('mediation.columns.subject')}</th>
            {backOffice && <th scope="col">{t('mediation.columns.supplier')}</th>}
            <th scope="col">{t('mediation.columns.status')}</th>
            <th scope="col">{t('mediation.columns.opened')}</th>
            <th scope="col">{t('mediation.columns.activity')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((d) => (
            <tr key={d.id}>
              <th scope="row">
                <Link to={disputePath(d.id, backOffice)}>{d.title}</Link>
              </th>
              <td>{subjectText(d.subjectKind, d.subjectLabel)}</td>
              {backOffice && <td>{d.supplierName}</td>}
              <td>
                <DisputeStatusBadge status={d.status} />
              </td>
              <td>
                <time dateTime={d.openedAt}>{formatDate(d.openedAt)}</time>
                {backOffice && !isClosed(d.status) && (
                  <>
                    <br />
                    <span className="field__hint">{t('mediation.queue.waiting', { count: daysSince(d.openedAt) })}</span>
                  </>
                )}
              </td>
              <td>
                <time dateTime={d.lastActivityAt}>{formatDateTime(d.lastActivityAt)}</time>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
