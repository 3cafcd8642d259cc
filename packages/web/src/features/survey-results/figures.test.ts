import { describe, expect, it } from 'vitest';
import { formatPoints, formatRate, formatSigned, pointsBetween, shareOf } from './figures';

const NBSP = '\u00a0';

describe('results figures', () => {
  it('shows a rate as a percentage with one decimal', () => {
    expect(formatRate(0.8, 'fr')).toBe(`80,0${NBSP}%`);
    expect(formatRate(148 / 185, 'en')).toBe('80.0%');
    expect(formatRate(0.7563, 'fr')).toBe(`75,6${NBSP}%`);
    expect(formatRate(1, 'fr')).toBe(`100,0${NBSP}%`);
    expect(formatRate(0, 'en')).toBe('0.0%');
    expect(formatRate(null, 'fr')).toBeNull();
  });

  it('shows a margin in points with one decimal', () => {
    expect(formatPoints(3.2149, 'fr')).toBe('3,2');
    expect(formatPoints(3.25, 'en')).toBe('3.3');
    expect(formatPoints(0, 'fr')).toBe('0,0');
  });

  it('signs an NPS and a change, with a true minus', () => {
    expect(formatSigned(12)).toBe('+12');
    expect(formatSigned(-5)).toBe('\u22125');
    expect(formatSigned(0)).toBe('0');
    expect(formatSigned(4.44, 1, 'fr')).toBe('+4,4');
    expect(formatSigned(-0.04, 1, 'fr')).toBe('0,0');
  });

  it('compares two rates in points, and shares of a total', () => {
    expect(pointsBetween(0.8, 0.75)).toBeCloseTo(5);
    expect(pointsBetween(0.8, null)).toBeNull();
    expect(shareOf(3, 4)).toBe(0.75);
    expect(shareOf(3, 0)).toBe(0);
  });
});
