import { i18next } from '../app/i18n';
import en from './contracts.en.json';
import fr from './contracts.fr.json';

/**
 * The texts of the contract pages (the list of contracts and the DECP import), in both languages.
 * They load with those pages' chunks, not with the first page: importing this module before
 * rendering is enough.
 */
i18next.addResourceBundle('fr', 'translation', fr, true, false);
i18next.addResourceBundle('en', 'translation', en, true, false);
