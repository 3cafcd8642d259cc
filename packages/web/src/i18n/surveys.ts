import { i18next } from '../app/i18n';
import en from './surveys.en.json';
import fr from './surveys.fr.json';

/**
 * The texts of the survey pages (answering, the supplier's list and dashboard card, campaigns,
 * questionnaire editor, results), in both languages. They load with those pages' chunks, not with
 * the first page: importing this module before rendering is enough.
 */
i18next.addResourceBundle('fr', 'translation', fr, true, false);
i18next.addResourceBundle('en', 'translation', en, true, false);
