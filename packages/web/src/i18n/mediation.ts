import { i18next } from '../app/i18n';
import en from './mediation.en.json';
import fr from './mediation.fr.json';

/** The texts of the mediation pages (the supplier's disputes, the mediator's queue and threads); they load with those pages. */
i18next.addResourceBundle('fr', 'translation', fr, true, false);
i18next.addResourceBundle('en', 'translation', en, true, false);
