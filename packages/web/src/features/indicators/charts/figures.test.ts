import { describe, expect, it } from 'vitest';
import { formatCount, formatEuros, formatFigure, formatShare, trimmed } from './figures';

const NBSP = '\u00a0';
const NNBSP = '\u202f';

describe('indicator figures', () => {
  it('rounds to one decimal and drops a trailing zero', () => {
    expect(trimmed(18.8)).toBe('18.8');
    expect(trimmed(16)).toBe('16');
    expect(trimmed(76.00000000000001)).toBe('76');
    expect(trimmed(0.04)).toBe('0');
    expect(trimmed(10.25, 2)).toBe('10.25');
  });

  it('shows shares as French or English percentages', () => {
    expect(formatShare(0.76, 'fr')).toBe(`76${NBSP}%`);
    expect(formatShare(0.786, 'fr')).toBe(`78,6${NBSP}%`);
    expect(formatShare(0.8, 'fr')).toBe(`80${NBSP}%`);
    expect(formatShare(0.1017, 'en')).toBe('10.2%');
    expect(formatShare(0, 'fr')).toBe(`0${NBSP}%`);
    expect(formatShare(null, 'fr')).toBeNull();
  });

  it('shows days, counts and euros', () => {
    expect(formatFigure(18.8, 'fr')).toBe('18,8');
    expect(formatFigure(29, 'en')).toBe('29');
    expect(formatFigure(null)).toBeNull();
    expect(formatCount(1250, 'fr')).toBe(`1${NNBSP}250`);
    expect(formatCount(250, 'en')).toBe('250');
    expect(formatEuros('2040.00', 'fr')).toBe(`2${NNBSP}040,00${NBSP}€`);
    expect(formatEuros('569.92', 'en')).toBe('€569.92');
    expect(formatEuros(null)).toBeNull();
    expect(formatEuros('73.00', 'fr', true)).toBe(`73${NBSP}€`);
    expect(formatEuros('1500.00', 'en', true)).toBe('€1,500');
    expect(formatEuros('73.50', 'fr', true)).toBe(`73,50${NBSP}€`);
  });
});
