import '../../i18n/ethics';
import { useQuery } from '@apollo/client/react';
import { Link, useLocation, useParams } from 'react-router';
import { paths } from '../../app/access';
import { errorCode } from '../../shared/errors';
import { formatDate } from '../../shared/format';
import { Alert, ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';
import { DeclarationAttachments } from './DeclarationAttachments';
import { DeclarationDetails } from './DeclarationDetails';
import { DeclarationDetailQuery } from './declaration-documents';
import { DeclarationStatusBadge } from './DeclarationBadges';
import type { FiledState } from './DeclarationForm';
import { DeclarationNotFound } from './DeclarationNotFound';
import { DeclarationRules } from './DeclarationRules';
import { Amendments } from './Amendments';
import { ReviewThread } from './ReviewThread';
import { useEthicsT } from './ethics-i18n';
import { amendPath } from './ethics-paths';
import './ethics.css';

/** One declaration: what was declared, what the rules found, the officer's review, and its amendments. */
export default function DeclarationPage() {
  const t = useEthicsT();
  const { id = '' } = useParams();
  const location = useLocation();
  const filed = (location.state as FiledState | null)?.filed === true;
  const { data, loading, error, refetch } = useQuery(DeclarationDetailQuery, { variables: { id }, fetchPolicy: 'cache-and-network' });
  const d = data?.declaration;

  if (errorCode(error) === 'NOT_FOUND') return <DeclarationNotFound />;

  return (
    <Page title={d ? t('ethics.declaration.title', { kind: t(`ethics.kind.${d.kind}`), date: formatDate(d.submittedAt) }) : t('ethics.declaration.titleLoading')}>
      <p className="back-link">
        <Link to={paths.declarations}>{t('ethics.backToList')}</Link>
      </p>
      {filed && (
        <Alert tone="success" title={t('ethics.declaration.filed.title')}>
          <p>{t('ethics.declaration.filed.text')}</p>
        </Alert>
      )}
      {loading && !d && <Loading />}
      <ErrorAlert error={d ? null : error} onRetry={refetch} />
      {d && (
        <>
          <p className="invoice-summary__status">
            {t('ethics.declaration.statusLead')} <DeclarationStatusBadge status={d.status} />
          </p>
          <Amendments declaration={d} />
          <DeclarationDetails declaration={d} />
          <DeclarationAttachments attachments={d.attachments} />
          <DeclarationRules declaration={d} />
          <ReviewThread
            id={d.id}
            Status={DeclarationStatusBadge}
            texts={{ title: t('ethics.declaration.thread.title'), empty: t('ethics.declaration.thread.empty'), status: t('ethics.declaration.thread.status') }}
          />
          <section aria-labelledby="declaration-amend">
            <h2 id="declaration-amend">{t('ethics.declaration.amend.title')}</h2>
            <p>{t('ethics.declaration.amend.text')}</p>
            <p>
              <Link className="btn btn--secondary" to={amendPath(d.id)}>
                {t('ethics.declaration.amend.link')}
              </Link>
            </p>
          </section>
        </>
      )}
    </Page>
  );
}
