import { i18next } from '../app/i18n';
import en from './payments.en.json';
import fr from './payments.fr.json';

/**
 * The texts of the invoice and payment pages (list, invoice, claim letter, import, rates, the
 * dashboard's payment cards), in both languages. They load with those pages' chunks, not with the
 * first page: importing this module before rendering is enough.
 */
i18next.addResourceBundle('fr', 'translation', fr, true, false);
i18next.addResourceBundle('en', 'translation', en, true, false);
