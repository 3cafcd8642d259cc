import { Page } from '../../shared/ui/Page';
import { useLegalT } from './legal-i18n';

const SECTIONS = ['controller', 'dpo', 'purpose', 'basis', 'data', 'recipients', 'retention', 'rights', 'complaint'] as const;

/** The personal-data information (GDPR articles 13 and 14): the full text behind the first-sign-in notice. */
export default function PrivacyPage() {
  const t = useLegalT();
  return (
    <Page title={t('privacy.title')}>
      <p>{t('privacy.intro')}</p>
      {SECTIONS.map((s) => (
        <section key={s} aria-labelledby={`privacy-${s}`}>
          <h2 id={`privacy-${s}`}>{t(`privacy.sections.${s}.title`)}</h2>
          <p>{t(`privacy.sections.${s}.text`)}</p>
          {s === 'retention' && (
            <ul>
              {t.list('privacy.sections.retention.items').map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </Page>
  );
}
