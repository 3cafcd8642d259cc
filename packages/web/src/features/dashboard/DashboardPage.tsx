import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Area, mayEnter, paths } from '../../app/access';
import { useViewer } from '../../app/viewer';
import { Alert } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';

type Section = 'invoices' | 'surveys' | 'ethics' | 'company' | 'backOffice';

const SECTIONS: { key: Section; area: Area }[] = [
  { key: 'backOffice', area: 'agent' },
  { key: 'company', area: 'supplier' },
  { key: 'invoices', area: 'signedIn' },
  { key: 'surveys', area: 'signedIn' },
  { key: 'ethics', area: 'signedIn' },
];

export default function DashboardPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  if (!viewer) return null;
  return (
    <Page title={t('dashboard.title', { name: viewer.displayName })}>
      {viewer.supplier && <p className="lead">{t('dashboard.supplier', { supplier: viewer.supplier.legalName })}</p>}
      <Alert tone="info">
        <p>{t('dashboard.upcoming')}</p>
      </Alert>
      <ul className="cards">
        {SECTIONS.filter((s) => mayEnter(viewer, s.area)).map(({ key }) => (
          <li key={key} className="card">
            <h2 className="card__title">
              <Link to={paths[key]}>{t(`nav.${key}`)}</Link>
            </h2>
            <p>{t(`dashboard.cards.${key}`)}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
