import { i18next } from '../app/i18n';
import en from './mfa.en.json';
import fr from './mfa.fr.json';

/**
 * The texts of the second-factor pages (verification, enrolment, recovery codes), in both
 * languages. They load with those pages' chunks, not with the first page.
 */
i18next.addResourceBundle('fr', 'translation', fr, true, false);
i18next.addResourceBundle('en', 'translation', en, true, false);
