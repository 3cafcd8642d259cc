import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, Link, useRouteError } from 'react-router';
import { Page } from '../shared/ui/Page';
import { paths } from './access';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('status.notFound.title')}>
      <p>{t('status.notFound.text')}</p>
      <p>
        <Link to={paths.home}>{t('status.backHome')}</Link>
      </p>
    </Page>
  );
}

export function ForbiddenPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('status.forbidden.title')}>
      <p>{t('status.forbidden.text')}</p>
      <p>
        <Link to={paths.home}>{t('status.backHome')}</Link>
      </p>
    </Page>
  );
}

/** A page that failed to load or to render (often a new version deployed meanwhile). */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  return (
    <Page title={t('status.crash.title')}>
      <p>{t('status.crash.text')}</p>
      <p>
        <a href={window.location.pathname}>{t('status.crash.reload')}</a>
      </p>
    </Page>
  );
}
