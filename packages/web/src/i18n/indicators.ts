import { i18next } from '../app/i18n';
import en from './indicators.en.json';
import fr from './indicators.fr.json';

/** The texts of the indicator pages (dashboard, public SPASER page), the explorer and the API tokens; loaded with those pages. */
i18next.addResourceBundle('fr', 'translation', fr, true, false);
i18next.addResourceBundle('en', 'translation', en, true, false);
