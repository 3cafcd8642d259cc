import { describe, expect, it } from 'vitest';
import { departmentFromPostalCode, isRegionalDepartment, isValidDepartment } from './department.js';
import { checkSiret, isValidSiren, LA_POSTE_SIREN, luhnValid, withLuhnCheckDigit } from './siret.js';
import { parseSizeCategory, SizeCategory, sizeCategoryFromFigures } from './size-category.js';

describe('SIRET', () => {
  it.each([
    ['73282932000074', true, 'a real SIRET (Luhn)'],
    ['732 829 320 00074', true, 'with spaces'],
    ['732\u00a0829\u202f320 00074', true, 'with no-break and narrow no-break spaces'],
    ['73282932000075', false, 'last digit changed'],
    ['7328293200007', false, '13 digits'],
    ['732829320000740', false, '15 digits'],
    ['7328293200007A', false, 'a letter'],
    ['', false, 'empty'],
    ['35600000000048', true, 'La Poste head office (Luhn holds too)'],
    ['35600000049837', true, 'La Poste establishment: digit sum 45, Luhn fails'],
    ['35600000049838', false, 'La Poste establishment: digit sum 46'],
    ['35600100049836', false, 'not La Poste (SIREN 356001000): the digit-sum rule does not apply'],
  ])('%s → %s (%s)', (siret, valid) => {
    expect(checkSiret(siret).valid).toBe(valid);
  });

  it('checks that the La Poste example really fails Luhn, so the exception is what accepts it', () => {
    expect(luhnValid('35600000049837')).toBe(false);
    expect(checkSiret('35600000049837')).toEqual({ valid: true, siret: '35600000049837', siren: LA_POSTE_SIREN });
  });

  it('derives the SIREN and explains a failure', () => {
    expect(checkSiret('73282932000074')).toEqual({ valid: true, siret: '73282932000074', siren: '732829320' });
    const bad = checkSiret('73282932000075');
    expect(bad.valid).toBe(false);
    expect(!bad.valid && bad.reason).toMatch(/Luhn/);
    const short = checkSiret('123');
    expect(!short.valid && short.reason).toMatch(/14 chiffres/);
  });

  it('builds valid identifiers from any digits', () => {
    for (const digits of ['12345678', '00000001', '98765432']) {
      const siren = withLuhnCheckDigit(digits);
      expect(isValidSiren(siren)).toBe(true);
      expect(checkSiret(withLuhnCheckDigit(`${siren}0001`)).valid).toBe(true);
    }
  });
});

describe('départements', () => {
  it.each([
    ['45', true, true],
    ['18', true, true],
    ['28', true, true],
    ['36', true, true],
    ['37', true, true],
    ['41', true, true],
    ['75', true, false],
    ['2A', true, false],
    ['2B', true, false],
    ['971', true, false],
    ['976', true, false],
    ['20', false, false],
    ['96', false, false],
    ['00', false, false],
    ['979', false, false],
  ])('%s valid=%s regional=%s', (code, valid, regional) => {
    expect(isValidDepartment(code)).toBe(valid);
    expect(isRegionalDepartment(code)).toBe(regional);
  });

  it.each([
    ['45000', '45'],
    ['18000', '18'],
    ['20000', '2A'],
    ['20167', '2A'],
    ['20200', '2B'],
    ['97400', '974'],
    ['1234', null],
  ])('postal code %s → %s', (postal, dep) => {
    expect(departmentFromPostalCode(postal)).toBe(dep);
  });
});

describe('size category (decree 2008-1354)', () => {
  it.each([
    [9, 1_900_000, 5_000_000, SizeCategory.MICRO],
    [9, 3_000_000, 1_500_000, SizeCategory.MICRO],
    [10, 1_000_000, 1_000_000, SizeCategory.SMALL_MEDIUM],
    [249, 50_000_000, 100_000_000, SizeCategory.SMALL_MEDIUM],
    [249, 60_000_000, 43_000_000, SizeCategory.SMALL_MEDIUM],
    [249, 60_000_000, 44_000_000, SizeCategory.INTERMEDIATE],
    [250, 10_000_000, 10_000_000, SizeCategory.INTERMEDIATE],
    [4999, 1_500_000_000, 3e9, SizeCategory.INTERMEDIATE],
    [4999, 1.6e9, 2.1e9, SizeCategory.LARGE],
    [5000, 1e6, 1e6, SizeCategory.LARGE],
  ])('%i staff, %d turnover, %d balance sheet → %s', (staff, turnover, balance, expected) => {
    expect(sizeCategoryFromFigures(staff, turnover, balance)).toBe(expected);
  });

  it('parses code names and French abbreviations', () => {
    expect(parseSizeCategory('pme')).toBe(SizeCategory.SMALL_MEDIUM);
    expect(parseSizeCategory('TPE')).toBe(SizeCategory.MICRO);
    expect(parseSizeCategory('LARGE')).toBe(SizeCategory.LARGE);
    expect(parseSizeCategory('big')).toBeNull();
  });
});
