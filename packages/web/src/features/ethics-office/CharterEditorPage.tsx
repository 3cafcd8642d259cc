import { useQuery } from '@apollo/client/react';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { useViewer } from '../../app/viewer';
import { graphql } from '../../gql';
import { formatDateTime } from '../../shared/format';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';
import { CharterForm } from './CharterForm';
import { CharterVersions } from './CharterVersions';
import { Markdown } from '../../shared/markdown/Markdown';
import { useOfficeT } from './office-i18n';
import '../../i18n/ethics-office';
import './ethics-office.css';

export const CharterVersionsQuery = graphql(`
  query EthicsCharterVersions {
    charterVersions {
      id
      version
      title
      body
      publishedAt
    }
  }
`);

/** The ethics charter: the version in force, every version published, and (officer) a new version. */
export default function CharterEditorPage() {
  const t = useOfficeT();
  const viewer = useViewer();
  const officer = !!viewer?.roles.includes('ETHICS_OFFICER');
  const { data, loading, error, refetch } = useQuery(CharterVersionsQuery);
  const versions = data?.charterVersions;
  const current = versions?.[0];

  return (
    <Page title={t('ethicsOffice.charter.title')}>
      <p className="back-link">
        <Link to={paths.ethicsReview}>{t('ethicsOffice.backToQueue')}</Link>
      </p>
      <p className="lead">{t('ethicsOffice.charter.intro')}</p>
      {loading && !versions && <Loading />}
      <ErrorAlert error={error} onRetry={refetch} />
      {versions && (
        <>
          <section aria-labelledby="charter-current">
            <h2 id="charter-current">{t('ethicsOffice.charter.current')}</h2>
            {current ? (
              <>
                <p>
                  {t('ethicsOffice.charter.currentMeta', { version: current.version, title: current.title, date: formatDateTime(current.publishedAt) })}
                </p>
                <div className="charter-text" lang="fr">
                  <Markdown source={current.body} top={3} />
                </div>
              </>
            ) : (
              <p>{t('ethicsOffice.charter.none')}</p>
            )}
          </section>
          <CharterVersions versions={versions} />
          {officer ? (
            <CharterForm current={current ?? null} />
          ) : (
            viewer && <p className="note">{t('ethicsOffice.charter.readOnly')}</p>
          )}
        </>
      )}
    </Page>
  );
}
