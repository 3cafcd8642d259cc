import { formatDateTime } from '../../shared/format';
import { TableWrap } from '../../shared/ui/TableWrap';
import { useOfficeT } from './office-i18n';

interface Version {
  id: string;
  version: number;
  title: string;
  publishedAt: string;
}

/** Every version published, newest first. */
export function CharterVersions({ versions }: { versions: readonly Version[] }) {
  const t = useOfficeT();
  return (
    <section aria-labelledby="charter-versions">
      <h2 id="charter-versions">{t('ethicsOffice.charter.versions')}</h2>
      {versions.length === 0 ? (
        <p>{t('ethicsOffice.charter.noVersion')}</p>
      ) : (
        <TableWrap label={t('ethicsOffice.charter.versionsLabel')}>
          <table className="table">
            <caption>{t('ethicsOffice.charter.versionsCaption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('ethicsOffice.charter.version')}</th>
                <th scope="col">{t('ethicsOffice.charter.versionTitle')}</th>
                <th scope="col">{t('ethicsOffice.charter.publishedAt')}</th>
              </tr>
            </thead>
            <tbody>
              {versions.map((v, i) => (
                <tr key={v.id}>
                  <th scope="row" className="nowrap">
                    {t('ethicsOffice.charter.versionNumber', { version: v.version })}
                    {i === 0 && (
                      <>
                        {' '}
                        <span className="badge badge--success">{t('ethicsOffice.charter.inForce')}</span>
                      </>
                    )}
                  </th>
                  <td lang="fr">{v.title}</td>
                  <td>{formatDateTime(v.publishedAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableWrap>
      )}
    </section>
  );
}
