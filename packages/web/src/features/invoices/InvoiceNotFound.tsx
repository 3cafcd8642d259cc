import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Page } from '../../shared/ui/Page';

/** Unknown, or another supplier's: the same answer for both, so that nothing leaks. */
export function InvoiceNotFound({ listPath }: { listPath: string }) {
  const { t } = useTranslation();
  return (
    <Page title={t('invoice.notFound.title')}>
      <p>{t('invoice.notFound.text')}</p>
      <p>
        <Link to={listPath}>{t('invoice.backToList')}</Link>
      </p>
    </Page>
  );
}
