import { i18next } from '../app/i18n';
import en from './legal.en.json';
import fr from './legal.fr.json';

/**
 * The texts of the legal pages (accessibility statement, personal-data information) and of the
 * personal-data notice shown after the first sign-in. They load with those chunks, not with the
 * first page: importing this module before rendering is enough.
 */
i18next.addResourceBundle('fr', 'translation', fr, true, false);
i18next.addResourceBundle('en', 'translation', en, true, false);
