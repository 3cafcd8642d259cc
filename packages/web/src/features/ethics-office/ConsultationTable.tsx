import { formatLocalDate } from '../../shared/format';
import { Button } from '../../shared/ui/Button';
import { TableWrap } from '../../shared/ui/TableWrap';
import { quietPeriodOpen } from './consultation-form';
import { useOfficeT } from './office-i18n';
import { SupplierName } from './SupplierName';

export interface ConsultationRow {
  id: string;
  reference: string;
  title: string;
  publishedOn: string;
  bidsDueOn?: string | null;
  awardedOn?: string | null;
  notifiedOn?: string | null;
  agents: readonly { id: string; displayName: string; direction?: string | null }[];
  candidateSupplierIds: readonly string[];
}

/** The consultations, newest first: dates, quiet period, agents, candidates. */
export function ConsultationTable({ consultations, today, onEdit }: { consultations: readonly ConsultationRow[]; today: string; onEdit?: (c: ConsultationRow) => void }) {
  const t = useOfficeT();
  if (!consultations.length) return <p className="empty">{t('ethicsOffice.consultations.empty')}</p>;
  return (
    <TableWrap label={t('ethicsOffice.consultations.tableLabel')}>
      <table className="table table--compact table--consultations">
        <caption>{t('ethicsOffice.consultations.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ethicsOffice.consultations.reference')}</th>
            <th scope="col">{t('ethicsOffice.consultations.object')}</th>
            <th scope="col">{t('ethicsOffice.consultations.dates')}</th>
            <th scope="col">{t('ethicsOffice.consultations.agents')}</th>
            <th scope="col">{t('ethicsOffice.consultations.candidates')}</th>
            {onEdit && <th scope="col">{t('ethicsOffice.consultations.actions')}</th>}
          </tr>
        </thead>
        <tbody>
          {consultations.map((c) => {
            const open = quietPeriodOpen(c, today);
            return (
              <tr key={c.id}>
                <th scope="row" className="nowrap">
                  {c.reference}
                </th>
                <td>{c.title}</td>
                <td>
                  <span className="details__line">
                    {c.notifiedOn
                      ? t('ethicsOffice.consultations.period', { from: formatLocalDate(c.publishedOn), to: formatLocalDate(c.notifiedOn) })
                      : t('ethicsOffice.consultations.periodOpenEnded', { from: formatLocalDate(c.publishedOn) })}
                  </span>
                  {c.bidsDueOn && <span className="details__note">{t('ethicsOffice.consultations.bidsDue', { date: formatLocalDate(c.bidsDueOn) })}</span>}
                  {c.awardedOn && <span className="details__note">{t('ethicsOffice.consultations.awarded', { date: formatLocalDate(c.awardedOn) })}</span>}
                  <span className={`badge ${open ? 'badge--warning' : 'badge--neutral'}`}>
                    {t(open ? 'ethicsOffice.consultations.quietOpen' : c.publishedOn > today ? 'ethicsOffice.consultations.quietUpcoming' : 'ethicsOffice.consultations.quietOver')}
                  </span>
                </td>
                <td>
                  {c.agents.length ? (
                    <ul className="plain">
                      {c.agents.map((a) => (
                        <li key={a.id}>{a.displayName}</li>
                      ))}
                    </ul>
                  ) : (
                    '—'
                  )}
                </td>
                <td>
                  {c.candidateSupplierIds.length ? (
                    <ul className="plain">
                      {c.candidateSupplierIds.map((id) => (
                        <li key={id}>
                          <SupplierName id={id} />
                        </li>
                      ))}
                    </ul>
                  ) : (
                    '—'
                  )}
                </td>
                {onEdit && (
                  <td>
                    <Button variant="quiet" onClick={() => onEdit(c)}>
                      {t('ethicsOffice.consultations.edit')}
                      <span className="visually-hidden"> {c.reference}</span>
                    </Button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableWrap>
  );
}
