import { useApolloClient, useMutation } from '@apollo/client/react';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { LanguageSwitch } from '../shared/ui/LanguageSwitch';
import { type Area, mayEnter, paths } from './access';
import { forgetViewer, resetSession, useViewer, type ViewerInfo } from './viewer';

/** The personal-data notice after the first sign-in: its own chunk, fetched only when someone is signed in. */
const PrivacyNotice = lazy(() => import('../features/legal/PrivacyNotice'));

const SignOutMutation = graphql(`
  mutation SignOut {
    signOut
  }
`);

type NavKey =
  | 'home'
  | 'invoices'
  | 'surveys'
  | 'ethics'
  | 'company'
  | 'mediation'
  | 'backOfficeMediation'
  | 'backOffice'
  | 'suppliers'
  | 'backOfficeInvoices'
  | 'invoiceImport'
  | 'contracts'
  | 'contractImport'
  | 'backOfficeSurveys'
  | 'interestRates'
  | 'indicators'
  | 'explorer'
  | 'apiTokens'
  | 'ethicsReview'
  | 'consultations'
  | 'backOfficeMeetings'
  | 'outbox'
  | 'supplierImport'
  | 'accessRequests';

const MAIN_NAV: { key: NavKey; area: Area }[] = [
  { key: 'home', area: 'signedIn' },
  { key: 'invoices', area: 'supplier' },
  { key: 'surveys', area: 'supplier' },
  { key: 'ethics', area: 'supplier' },
  { key: 'mediation', area: 'supplier' },
  { key: 'company', area: 'supplier' },
];

const BACK_OFFICE_NAV: { key: NavKey; area: Area }[] = [
  { key: 'backOffice', area: 'agent' },
  { key: 'indicators', area: 'agent' },
  { key: 'suppliers', area: 'agent' },
  { key: 'supplierImport', area: 'admin' },
  { key: 'accessRequests', area: 'admin' },
  { key: 'backOfficeInvoices', area: 'invoiceReader' },
  { key: 'invoiceImport', area: 'finance' },
  { key: 'contracts', area: 'agent' },
  { key: 'contractImport', area: 'contractImport' },
  { key: 'backOfficeSurveys', area: 'surveyReader' },
  { key: 'ethicsReview', area: 'ethicsReader' },
  { key: 'consultations', area: 'ethicsAgent' },
  { key: 'backOfficeMeetings', area: 'ethicsAgent' },
  { key: 'backOfficeMediation', area: 'mediator' },
  { key: 'interestRates', area: 'agent' },
  { key: 'explorer', area: 'agent' },
  { key: 'apiTokens', area: 'agent' },
  { key: 'outbox', area: 'admin' },
];

function NavList({ viewer, items, labelledBy }: { viewer: ViewerInfo; items: { key: NavKey; area: Area }[]; labelledBy?: string }) {
  const { t } = useTranslation();
  const shown = items.filter((i) => mayEnter(viewer, i.area));
  if (!shown.length) return null;
  return (
    <ul className="nav__list" aria-labelledby={labelledBy}>
      {shown.map(({ key }) => (
        <li key={key}>
          {/* NavLink sets aria-current="page" on the active link. */}
          <NavLink to={paths[key]} end className="nav__link">
            {t(`nav.${key}`)}
          </NavLink>
        </li>
      ))}
    </ul>
  );
}

function MainNav({ viewer }: { viewer: ViewerInfo }) {
  const { t } = useTranslation();
  return (
    <nav className="nav" aria-label={t('nav.label')}>
      <div className="nav__inner">
        <NavList viewer={viewer} items={MAIN_NAV} />
        {mayEnter(viewer, 'agent') && (
          <div className="nav__group">
            <p className="nav__group-title" id="nav-back-office">
              {t('nav.backOfficeGroup')}
            </p>
            <NavList viewer={viewer} items={BACK_OFFICE_NAV} labelledBy="nav-back-office" />
          </div>
        )}
      </div>
    </nav>
  );
}

function SignOutButton() {
  const { t } = useTranslation();
  const client = useApolloClient();
  const navigate = useNavigate();
  const [signOut, { loading }] = useMutation(SignOutMutation);

  async function onClick() {
    if (loading) return;
    // Even if the server cannot be reached, this browser forgets the user.
    await signOut().catch(() => undefined);
    forgetViewer(client);
    navigate(paths.signIn, { replace: true, flushSync: true });
    await resetSession(client);
  }

  return (
    <button type="button" className="btn btn--secondary" aria-busy={loading || undefined} onClick={() => void onClick()}>
      {t('header.signOut')}
    </button>
  );
}

/** Every page: skip link, header, navigation when signed in, main content, footer. */
export function Layout() {
  const { t } = useTranslation();
  const viewer = useViewer();
  return (
    <div className="app">
      <a className="skip-link" href="#contenu">
        {t('header.skipLink')}
      </a>
      <header className="header">
        <div className="header__inner">
          <Link to={paths.home} className="brand">
            <span className="brand__region">{t('app.region')}</span>
            <span className="brand__product">{t('app.product')}</span>
          </Link>
          <div className="header__tools">
            {viewer && (
              <p className="header__user">
                <span className="visually-hidden">{t('header.signedInAs')} </span>
                {viewer.displayName}
                {viewer.supplier && <span className="header__company">{viewer.supplier.legalName}</span>}
              </p>
            )}
            <LanguageSwitch />
            {viewer && <SignOutButton />}
          </div>
        </div>
      </header>
      {viewer && <MainNav viewer={viewer} />}
      {viewer && (
        <Suspense fallback={null}>
          <PrivacyNotice />
        </Suspense>
      )}
      <main id="contenu" className="main" tabIndex={-1}>
        <Outlet />
      </main>
      <footer className="footer">
        <ul className="footer__links">
          <li>
            <Link to={paths.accessibility}>{t('footer.accessibility')}</Link>
          </li>
          <li>
            <Link to={paths.privacy}>{t('footer.privacy')}</Link>
          </li>
          <li>
            <Link to={paths.publicSpaser}>{t('footer.spaser')}</Link>
          </li>
        </ul>
        <p className="footer__owner">{t('footer.owner')}</p>
      </footer>
    </div>
  );
}
