import { useMutation } from '@apollo/client/react';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLanguage, type Language, setLanguage, storedLanguage } from '../../app/i18n';
import { useViewer } from '../../app/viewer';
import { graphql } from '../../gql';
import type { Locale } from '../../gql/graphql';

const SetLocaleMutation = graphql(`
  mutation SetLocale($locale: Locale!) {
    setLocale(locale: $locale) {
      id
      locale
    }
  }
`);

const toLocale = (language: Language): Locale => (language === 'en' ? 'EN' : 'FR');
const toLanguage = (locale: Locale): Language => (locale === 'EN' ? 'en' : 'fr');

/**
 * Switches between French and English. The choice is kept on this device and, when signed in,
 * saved to the account (the language of the e-mails too).
 */
export function LanguageSwitch() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [saveLocale] = useMutation(SetLocaleMutation);
  const other: Language = currentLanguage() === 'fr' ? 'en' : 'fr';

  const save = (language: Language) => void saveLocale({ variables: { locale: toLocale(language) } }).catch(() => undefined);

  // On sign-in: a choice made on this device wins and is saved; without one, the account's applies.
  useEffect(() => {
    if (!viewer) return;
    const chosen = storedLanguage();
    if (chosen && toLocale(chosen) !== viewer.locale) save(chosen);
    if (!chosen && toLanguage(viewer.locale) !== currentLanguage()) void setLanguage(toLanguage(viewer.locale), false);
    // Once per signed-in user, not at every change of the language.
  }, [viewer?.id]);

  function onClick() {
    void setLanguage(other, true);
    if (viewer) save(other);
  }

  return (
    <button type="button" className="btn btn--quiet language-switch" lang={other} onClick={onClick}>
      {t('language.switchTo')}
    </button>
  );
}
