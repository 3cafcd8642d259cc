import { describe, expect, it } from 'vitest';
import { addMoney, addPoints, formatMoney, formatPercent, fromHundredths, isPositive, parseDecimalInput, toHundredths } from './money';

const eur = (amount: string) => ({ amount, currency: 'EUR' });
const NNBSP = '\u202f';
const NBSP = '\u00a0';

describe('money from decimal strings', () => {
  it.each([
    ['12000.00', `12${NNBSP}000,00${NBSP}€`, '€12,000.00'],
    ['73.32', `73,32${NBSP}€`, '€73.32'],
    ['0.00', `0,00${NBSP}€`, '€0.00'],
    ['40', `40,00${NBSP}€`, '€40.00'],
    ['1234567.5', `1${NNBSP}234${NNBSP}567,50${NBSP}€`, '€1,234,567.50'],
    ['-1095.00', `-1${NNBSP}095,00${NBSP}€`, '-€1,095.00'],
    ['999.99', `999,99${NBSP}€`, '€999.99'],
    ['000123.40', `123,40${NBSP}€`, '€123.40'],
  ])('%s → French %j, English %j', (amount, french, english) => {
    expect(formatMoney(eur(amount), 'fr')).toBe(french);
    expect(formatMoney(eur(amount), 'en')).toBe(english);
  });

  it('keeps the digits it is given: no float rounding, ever', () => {
    // 0.1 + 0.2 in floating point is 0.30000000000000004; the strings never go through a float.
    expect(formatMoney(eur('90071992547409.93'), 'en')).toBe('€90,071,992,547,409.93');
    expect(addMoney(eur('0.10'), eur('0.20'))).toEqual(eur('0.30'));
    expect(addMoney(eur('73.32'), eur('40.00'))).toEqual(eur('113.32'));
    expect(addMoney(eur('73.32'), { amount: '40.00', currency: 'USD' })).toBeNull();
  });

  it('shows another currency by its code and an unreadable amount as given', () => {
    expect(formatMoney({ amount: '5.5', currency: 'CHF' }, 'fr')).toBe(`5,50${NBSP}CHF`);
    expect(formatMoney({ amount: '5.5', currency: 'CHF' }, 'en')).toBe(`CHF${NBSP}5.50`);
    expect(formatMoney(eur('abc'), 'fr')).toBe('abc EUR');
  });

  it('formats percentages as given', () => {
    expect(formatPercent('11.15', 'fr')).toBe(`11,15${NBSP}%`);
    expect(formatPercent('11.15', 'en')).toBe('11.15%');
    expect(formatPercent('2.50', 'fr')).toBe(`2,50${NBSP}%`);
    expect(formatPercent('0', 'en')).toBe('0%');
    expect(addPoints('3.15', 8)).toBe('11.15');
    expect(addPoints('0.00', 8)).toBe('8.00');
  });

  it('counts in hundredths', () => {
    expect(toHundredths('113.32')).toBe(11332n);
    expect(toHundredths('-0.5')).toBe(-50n);
    expect(toHundredths('1.234')).toBeNull();
    expect(fromHundredths(5n)).toBe('0.05');
    expect(fromHundredths(-11332n)).toBe('-113.32');
    expect(isPositive(eur('0.01'))).toBe(true);
    expect(isPositive(eur('0.00'))).toBe(false);
    expect(isPositive(null)).toBe(false);
  });

  it('reads what a person types', () => {
    expect(parseDecimalInput('113,32')).toBe('113.32');
    expect(parseDecimalInput(`1${NNBSP}234,5 €`)).toBe('1234.50');
    expect(parseDecimalInput('2.15')).toBe('2.15');
    expect(parseDecimalInput('2,15 %')).toBe('2.15');
    expect(parseDecimalInput('7')).toBe('7.00');
    expect(parseDecimalInput('-3')).toBeNull();
    expect(parseDecimalInput('1,234')).toBeNull();
    expect(parseDecimalInput('')).toBeNull();
  });
});
