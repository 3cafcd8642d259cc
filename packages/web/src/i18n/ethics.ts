import { i18next } from '../app/i18n';
import en from './ethics.en.json';
import fr from './ethics.fr.json';

/** The texts of the supplier's ethics pages (charter, declarations, meetings); loaded with those pages. */
i18next.addResourceBundle('fr', 'translation', fr, true, false);
i18next.addResourceBundle('en', 'translation', en, true, false);
