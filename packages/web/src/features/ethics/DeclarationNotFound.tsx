import { Link } from 'react-router';
import { paths } from '../../app/access';
import { Page } from '../../shared/ui/Page';
import { useEthicsT } from './ethics-i18n';

/** Unknown, another supplier's, or a colleague's confidential report: the same answer, so that nothing leaks. */
export function DeclarationNotFound() {
  const t = useEthicsT();
  return (
    <Page title={t('ethics.declaration.notFound.title')}>
      <p>{t('ethics.declaration.notFound.text')}</p>
      <p>
        <Link to={paths.declarations}>{t('ethics.backToList')}</Link>
      </p>
    </Page>
  );
}
