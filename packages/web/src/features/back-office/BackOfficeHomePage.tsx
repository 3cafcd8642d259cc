import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Area, mayEnter, paths } from '../../app/access';
import { useViewer } from '../../app/viewer';
import { Page } from '../../shared/ui/Page';

const TOOLS: { key: 'suppliers' | 'contracts' | 'contractImport' | 'backOfficeInvoices' | 'invoiceImport' | 'backOfficeSurveys' | 'interestRates' | 'outbox'; area: Area }[] = [
  { key: 'suppliers', area: 'agent' },
  { key: 'contracts', area: 'agent' },
  { key: 'contractImport', area: 'contractImport' },
  { key: 'backOfficeInvoices', area: 'invoiceReader' },
  { key: 'invoiceImport', area: 'finance' },
  { key: 'backOfficeSurveys', area: 'surveyReader' },
  { key: 'interestRates', area: 'agent' },
  { key: 'outbox', area: 'admin' },
];

/** What this agent may do, by role (SPEC §2), and the tools available today. */
export default function BackOfficeHomePage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  if (!viewer) return null;
  return (
    <Page title={t('backOffice.title')}>
      <section aria-labelledby="bo-tools">
        <h2 id="bo-tools">{t('backOffice.tools')}</h2>
        <ul className="cards">
          {TOOLS.filter((tool) => mayEnter(viewer, tool.area)).map(({ key }) => (
            <li key={key} className="card">
              <h3 className="card__title">
                <Link to={paths[key]}>{t(`nav.${key}`)}</Link>
              </h3>
              <p>{t(`backOffice.toolText.${key}`)}</p>
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="bo-roles">
        <h2 id="bo-roles">{t('backOffice.yourRoles')}</h2>
        <dl className="details details--stacked">
          {viewer.roles.map((role) => (
            <div key={role}>
              <dt>{t(`roles.${role}.name`)}</dt>
              <dd>{t(`roles.${role}.may`)}</dd>
            </div>
          ))}
        </dl>
        <p className="note">{t('backOffice.upcoming')}</p>
      </section>
    </Page>
  );
}
