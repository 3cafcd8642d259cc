import { useTranslation } from 'react-i18next';
import { Page } from '../../shared/ui/Page';

/** The RGAA accessibility statement (article 47 of law 2005-102). */
export default function AccessibilityPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('accessibility.title')}>
      <p>{t('accessibility.commitment')}</p>
      <p>{t('accessibility.scope')}</p>
      <h2>{t('accessibility.statusTitle')}</h2>
      <p>
        <strong>{t('accessibility.status')}</strong>
      </p>
      <p>{t('accessibility.results')}</p>
      <h2>{t('accessibility.knownTitle')}</h2>
      <p>{t('accessibility.known')}</p>
      <h2>{t('accessibility.testedTitle')}</h2>
      <p>{t('accessibility.tools')}</p>
      <ul>
        {t('accessibility.pagesTested', { returnObjects: true }).map((p) => (
          <li key={p}>{p}</li>
        ))}
      </ul>
      <h2>{t('accessibility.contactTitle')}</h2>
      <p>{t('accessibility.contact')}</p>
      <p>
        <a href="mailto:accessibilite@centrevaldeloire.example">accessibilite@centrevaldeloire.example</a>
      </p>
      <h2>{t('accessibility.recourseTitle')}</h2>
      <p>{t('accessibility.recourse')}</p>
      <ul>
        <li>
          <a href="https://formulaire.defenseurdesdroits.fr/">{t('accessibility.recourseForm')}</a>
        </li>
        <li>
          <a href="https://www.defenseurdesdroits.fr/saisir/delegues">{t('accessibility.recourseDelegate')}</a>
        </li>
        <li>{t('accessibility.recourseMail')}</li>
      </ul>
      <p className="note">{t('accessibility.date')}</p>
    </Page>
  );
}
