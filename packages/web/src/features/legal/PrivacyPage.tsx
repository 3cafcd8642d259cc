import { useTranslation } from 'react-i18next';
import { Page } from '../../shared/ui/Page';

const SECTIONS = ['controller', 'purpose', 'data', 'recipients', 'retention', 'rights'] as const;

/** The personal-data notice (GDPR article 13). */
export default function PrivacyPage() {
  const { t } = useTranslation();
  return (
    <Page title={t('privacy.title')}>
      {SECTIONS.map((s) => (
        <section key={s} aria-labelledby={`privacy-${s}`}>
          <h2 id={`privacy-${s}`}>{t(`privacy.${s}.title`)}</h2>
          <p>{t(`privacy.${s}.text`)}</p>
        </section>
      ))}
    </Page>
  );
}
