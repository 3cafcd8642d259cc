import { Link } from 'react-router';
import { paths } from '../../app/access';
import { Page } from '../../shared/ui/Page';
import { useOfficeT } from './office-i18n';

/** Unknown, or out of the viewer's reach (a whistleblower report for the auditor): the same answer. */
export function DeclarationNotFound() {
  const t = useOfficeT();
  return (
    <Page title={t('ethicsOffice.review.notFound')}>
      <p>{t('ethicsOffice.review.notFoundText')}</p>
      <p>
        <Link to={paths.ethicsReview}>{t('ethicsOffice.backToQueue')}</Link>
      </p>
    </Page>
  );
}
