import { formatDateTime } from '../../shared/format';
import { TableWrap } from '../../shared/ui/TableWrap';
import type { Acceptance } from './charter-standing';
import { useEthicsT } from './ethics-i18n';

/** Every version the supplier accepted, newest first. */
export function AcceptanceHistory({ history }: { history: readonly Acceptance[] }) {
  const t = useEthicsT();
  return (
    <section aria-labelledby="charter-history">
      <h2 id="charter-history">{t('ethics.charter.history.title')}</h2>
      {history.length === 0 ? (
        <p>{t('ethics.charter.history.empty')}</p>
      ) : (
        <TableWrap label={t('ethics.charter.history.title')}>
          <table className="table table--compact">
            <thead>
              <tr>
                <th scope="col">{t('ethics.charter.history.version')}</th>
                <th scope="col">{t('ethics.charter.history.acceptedAt')}</th>
                <th scope="col">{t('ethics.charter.history.by')}</th>
              </tr>
            </thead>
            <tbody>
              {history.map((a) => (
                <tr key={`${a.version}-${a.acceptedAt}`}>
                  <th scope="row">{t('ethics.charter.history.versionN', { version: a.version })}</th>
                  <td>{formatDateTime(a.acceptedAt)}</td>
                  <td>{a.userName}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
