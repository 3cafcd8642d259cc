import { i18next } from '../app/i18n';
import en from './onboarding.en.json';
import fr from './onboarding.fr.json';

/**
 * The texts of the onboarding pages (supplier file import, access requests, the public request
 * form), in both languages. They load with those pages' chunks, not with the first page.
 */
i18next.addResourceBundle('fr', 'translation', fr, true, false);
i18next.addResourceBundle('en', 'translation', en, true, false);
