import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Area, mayEnter, paths } from '../../app/access';
import { useViewer } from '../../app/viewer';
import { Alert } from '../../shared/ui/Alert';
import { Page } from '../../shared/ui/Page';
import { PendingSurveys } from '../surveys/PendingSurveys';
import { PaymentCards } from './PaymentCards';

// Its own chunk, with the ethics texts: nothing added to the dashboard's first load.
const CharterReminder = lazy(() => import('../ethics/CharterReminder'));

type Section = 'invoices' | 'surveys' | 'ethics' | 'company' | 'backOffice';

const SECTIONS: { key: Section; area: Area }[] = [
  { key: 'backOffice', area: 'agent' },
  { key: 'invoices', area: 'supplier' },
  { key: 'company', area: 'supplier' },
  { key: 'surveys', area: 'supplier' },
  { key: 'ethics', area: 'signedIn' },
];

export default function DashboardPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  if (!viewer) return null;
  return (
    <Page title={t('dashboard.title', { name: viewer.displayName })}>
      {viewer.supplier && <p className="lead">{t('dashboard.supplier', { supplier: viewer.supplier.legalName })}</p>}
      {mayEnter(viewer, 'supplier') && (
        <>
          <PendingSurveys />
          <Suspense fallback={null}>
            <CharterReminder />
          </Suspense>
          <PaymentCards />
        </>
      )}
      <Alert tone="info">
        <p>{t('dashboard.upcoming')}</p>
      </Alert>
      <h2 className="visually-hidden">{t('dashboard.sections')}</h2>
      <ul className="cards">
        {SECTIONS.filter((s) => mayEnter(viewer, s.area)).map(({ key }) => (
          <li key={key} className="card">
            <h3 className="card__title">
              <Link to={paths[key]}>{t(`nav.${key}`)}</Link>
            </h3>
            <p>{t(`dashboard.cards.${key}`)}</p>
          </li>
        ))}
      </ul>
    </Page>
  );
}
