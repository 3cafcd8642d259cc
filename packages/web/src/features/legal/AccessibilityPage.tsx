import { Page } from '../../shared/ui/Page';
import { ACCESSIBILITY_CONTACT, useLegalT } from './legal-i18n';

/**
 * The RGAA 4.1 accessibility statement (article 47 of law 2005-102, decree 2019-768), in the
 * layout of the official model: commitment, compliance status, test results, non-accessible
 * content, how the statement was prepared, feedback and remedies.
 */
export default function AccessibilityPage() {
  const t = useLegalT();
  const pages = t.list('accessibility.pagesTested');
  return (
    <Page title={t('accessibility.title')}>
      <p>{t('accessibility.commitment')}</p>
      <p>{t('accessibility.strategy')}</p>
      <p>{t('accessibility.scope')}</p>

      <h2>{t('accessibility.statusTitle')}</h2>
      <p>
        <strong>{t('accessibility.status')}</strong>
      </p>

      <h2>{t('accessibility.resultsTitle')}</h2>
      <p>{t('accessibility.results')}</p>
      <p>{t('accessibility.automated', { count: pages.length })}</p>

      <h2>{t('accessibility.knownTitle')}</h2>
      <h3>{t('accessibility.nonCompliantTitle')}</h3>
      <ul>
        {t.list('accessibility.known').map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h3>{t('accessibility.exemptTitle')}</h3>
      <p>{t('accessibility.exempt')}</p>

      <h2>{t('accessibility.preparedTitle')}</h2>
      <p>{t('accessibility.date')}</p>
      <h3>{t('accessibility.technologiesTitle')}</h3>
      <ul>
        {t.list('accessibility.technologies').map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h3>{t('accessibility.toolsTitle')}</h3>
      <ul>
        {t.list('accessibility.tools').map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
      <h3>{t('accessibility.pagesTitle')}</h3>
      <ul>
        {pages.map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>

      <h2>{t('accessibility.contactTitle')}</h2>
      <p>{t('accessibility.contact')}</p>
      <ul>
        <li>
          {t('accessibility.contactMail')}{' '}
          <a href={`mailto:${ACCESSIBILITY_CONTACT}`}>{ACCESSIBILITY_CONTACT}</a>
        </li>
        <li>{t('accessibility.contactPost')}</li>
      </ul>

      <h2>{t('accessibility.recourseTitle')}</h2>
      <p>{t('accessibility.recourseIntro')}</p>
      <p>{t('accessibility.recourse')}</p>
      <ul>
        <li>
          <a href="https://formulaire.defenseurdesdroits.fr/">{t('accessibility.recourseForm')}</a>
        </li>
        <li>
          <a href="https://www.defenseurdesdroits.fr/saisir/delegues">{t('accessibility.recourseDelegate')}</a>
        </li>
        <li>{t('accessibility.recoursePhone')}</li>
        <li>{t('accessibility.recourseMail')}</li>
      </ul>
    </Page>
  );
}
