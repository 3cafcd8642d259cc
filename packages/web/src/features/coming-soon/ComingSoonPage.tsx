import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/access';
import { Page } from '../../shared/ui/Page';

/** An honest placeholder: the section exists in the navigation and says what it will offer. */
export function ComingSoonPage({ section }: { section: 'ethics' }) {
  const { t } = useTranslation();
  return (
    <Page title={t(`nav.${section}`)}>
      <p className="lead">{t('soon.notice')}</p>
      <h2>{t('soon.willOffer')}</h2>
      <ul>
        {t(`soon.${section}`, { returnObjects: true }).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <p>
        <Link to={paths.home}>{t('status.backHome')}</Link>
      </p>
    </Page>
  );
}
