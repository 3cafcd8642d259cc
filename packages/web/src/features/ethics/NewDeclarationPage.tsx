import '../../i18n/ethics';
import { useQuery } from '@apollo/client/react';
import { Link, useSearchParams } from 'react-router';
import { currentLanguage } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { declarationPath, paths } from '../../app/access';
import { errorCode } from '../../shared/errors';
import { formatDate } from '../../shared/format';
import { ErrorAlert, Loading } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';
import { DeclarationDetailQuery } from './declaration-documents';
import { draftFrom, emptyDraft } from './declaration-form';
import { DeclarationForm } from './DeclarationForm';
import { useEthicsT } from './ethics-i18n';
import { AMENDS_PARAM } from './ethics-paths';
import './ethics.css';

/** A new declaration; with `?rectifie=<id>`, an amendment of that one, prefilled and of the same kind. */
export default function NewDeclarationPage() {
  const t = useEthicsT();
  const [params] = useSearchParams();
  const amendsId = params.get(AMENDS_PARAM);
  const { data, loading, error, refetch } = useQuery(DeclarationDetailQuery, { variables: { id: amendsId ?? '' }, skip: !amendsId });
  const amended = data?.declaration;
  const viewer = useViewer();

  let content;
  if (!viewer) {
    content = <Loading />;
  } else if (!amendsId) {
    content = <DeclarationForm key="new" initial={emptyDraft()} amendsId={null} userId={viewer.id} />;
  } else if (errorCode(error) === 'NOT_FOUND') {
    content = (
      <>
        <p>{t('ethics.new.amendNotFound')}</p>
        <p>
          <Link to={paths.declarations}>{t('ethics.backToList')}</Link>
        </p>
      </>
    );
  } else if (amended) {
    content = (
      <>
        <div className="callout callout--action">
          <p>{t('ethics.new.amendIntro', { kind: t(`ethics.kind.${amended.kind}`), date: formatDate(amended.submittedAt) })}</p>
          <p>
            <Link to={declarationPath(amended.id)}>{t('ethics.new.amendLink')}</Link>
          </p>
        </div>
        <DeclarationForm key={amended.id} initial={draftFrom(amended, currentLanguage())} amendsId={amended.id} userId={viewer.id} />
      </>
    );
  } else {
    content = loading ? <Loading /> : <ErrorAlert error={error} onRetry={refetch} />;
  }

  return (
    <Page title={t(amendsId ? 'ethics.new.amendTitle' : 'ethics.new.title')}>
      <p className="back-link">
        <Link to={paths.declarations}>{t('ethics.backToList')}</Link>
      </p>
      <p className="lead">{t('ethics.new.intro')}</p>
      {content}
    </Page>
  );
}
