import type { MeetingResponse } from '../../gql/graphql';
import { formatLocalDate } from '../../shared/format';
import { TableWrap } from '../../shared/ui/TableWrap';
import { useOfficeT } from './office-i18n';

interface MeetingRow {
  id: string;
  heldOn: string;
  supplierName: string;
  agents: readonly { id: string; displayName: string }[];
  topics: readonly string[];
  response: MeetingResponse;
  remark?: string | null;
}

const TONE: Record<MeetingResponse, string> = { CONFIRMED: 'success', PENDING: 'warning', REMARKED: 'progress' };

/** The meetings, newest first, each with its topics and what the supplier answered. */
export function MeetingTable({ meetings }: { meetings: readonly MeetingRow[] }) {
  const t = useOfficeT();
  if (!meetings.length) return <p className="empty">{t('ethicsOffice.meetings.empty')}</p>;
  return (
    <TableWrap label={t('ethicsOffice.meetings.tableLabel')}>
      <table className="table">
        <caption>{t('ethicsOffice.meetings.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('ethicsOffice.meetings.heldOn')}</th>
            <th scope="col">{t('ethicsOffice.meetings.supplier')}</th>
            <th scope="col">{t('ethicsOffice.meetings.agents')}</th>
            <th scope="col">{t('ethicsOffice.meetings.topics')}</th>
            <th scope="col">{t('ethicsOffice.meetings.response')}</th>
          </tr>
        </thead>
        <tbody>
          {meetings.map((m) => (
            <tr key={m.id}>
              <th scope="row" className="nowrap">
                {formatLocalDate(m.heldOn)}
              </th>
              <td>{m.supplierName}</td>
              <td>
                <ul className="plain">
                  {m.agents.map((a) => (
                    <li key={a.id}>{a.displayName}</li>
                  ))}
                </ul>
              </td>
              <td>
                <ul className="topics">
                  {m.topics.map((topic, i) => (
                    <li key={i}>{topic}</li>
                  ))}
                </ul>
              </td>
              <td>
                <span className={`badge badge--${TONE[m.response]}`}>{t(`ethicsOffice.meetings.responses.${m.response}`)}</span>
                {m.remark && (
                  <p className="meeting-remark">
                    <span className="visually-hidden">{t('ethicsOffice.meetings.remark')} </span>« {m.remark} »
                  </p>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableWrap>
  );
}
