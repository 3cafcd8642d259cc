import { describe, expect, it } from 'vitest';
import en from './en.json';
import fr from './fr.json';
import paymentsEn from './payments.en.json';
import paymentsFr from './payments.fr.json';
import surveysEn from './surveys.en.json';
import surveysFr from './surveys.fr.json';
import mediationEn from './mediation.en.json';
import mediationFr from './mediation.fr.json';
import contractsEn from './contracts.en.json';
import contractsFr from './contracts.fr.json';
import ethicsEn from './ethics.en.json';
import ethicsFr from './ethics.fr.json';
import ethicsOfficeEn from './ethics-office.en.json';
import ethicsOfficeFr from './ethics-office.fr.json';
import indicatorsEn from './indicators.en.json';
import indicatorsFr from './indicators.fr.json';
import legalEn from './legal.en.json';
import legalFr from './legal.fr.json';
import onboardingEn from './onboarding.en.json';
import mfaEn from './mfa.en.json';
import mfaFr from './mfa.fr.json';
import onboardingFr from './onboarding.fr.json';

type Tree = { [key: string]: string | string[] | Tree };

function shape(tree: Tree, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [prefix + key] : Array.isArray(value) ? [`${prefix}${key}[${value.length}]`] : shape(value, `${prefix}${key}.`),
  );
}

const BUNDLES: [string, Tree, Tree][] = [
  ['first load', fr as Tree, en as Tree],
  ['payments', paymentsFr as Tree, paymentsEn as Tree],
  ['surveys', surveysFr as Tree, surveysEn as Tree],
  ['contracts', contractsFr as Tree, contractsEn as Tree],
  ['ethics', ethicsFr as Tree, ethicsEn as Tree],
  ['ethics back-office', ethicsOfficeFr as Tree, ethicsOfficeEn as Tree],
  ['indicators', indicatorsFr as Tree, indicatorsEn as Tree],
  ['legal', legalFr as Tree, legalEn as Tree],
  ['onboarding', onboardingFr as Tree, onboardingEn as Tree],
  ['second factor', mfaFr as Tree, mfaEn as Tree],
  ['mediation', mediationFr as Tree, mediationEn as Tree],
];

describe('translations', () => {
  it.each(BUNDLES)('have the same keys (and list lengths) in French and English: %s', (_, frTree, enTree) => {
    expect(shape(enTree).sort()).toEqual(shape(frTree).sort());
  });

  it.each(BUNDLES)('have no empty text: %s', (_, frTree, enTree) => {
    const texts = (tree: Tree): string[] => Object.values(tree).flatMap((v) => (typeof v === 'string' ? [v] : Array.isArray(v) ? v : texts(v)));
    expect([...texts(frTree), ...texts(enTree)].filter((s) => !s.trim())).toEqual([]);
  });

  it.each(BUNDLES.slice(1))('load later without overwriting a text of the first load or of another bundle: %s', (name, frTree) => {
    const others = new Set(BUNDLES.filter(([other]) => other !== name).flatMap(([, tree]) => shape(tree)));
    expect(shape(frTree).filter((key) => others.has(key))).toEqual([]);
  });
});
