import { i18next } from '../app/i18n';
import en from './ethics-office.en.json';
import fr from './ethics-office.fr.json';

/** The texts of the back-office ethics pages (review, consultations, meetings, charter, thresholds); loaded with those pages. */
i18next.addResourceBundle('fr', 'translation', fr, true, false);
i18next.addResourceBundle('en', 'translation', en, true, false);
