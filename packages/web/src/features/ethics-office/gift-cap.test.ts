import { describe, expect, it } from 'vitest';
import { capInForce, giftCapInput } from './gift-cap';

describe('gift cap form', () => {
  it('takes French and plain amounts', () => {
    expect(giftCapInput({ amount: '80', effectiveFrom: '2027-01-01' })).toEqual({ amount: '80.00', effectiveFrom: '2027-01-01' });
    expect(giftCapInput({ amount: ' 1 073,5 € ', effectiveFrom: '2027-01-01' })).toEqual({ amount: '1073.50', effectiveFrom: '2027-01-01' });
    expect(giftCapInput({ amount: '73.25', effectiveFrom: '2027-01-01' })).toEqual({ amount: '73.25', effectiveFrom: '2027-01-01' });
  });

  it('says what is wrong', () => {
    expect(giftCapInput({ amount: '73,255', effectiveFrom: '' })).toEqual({ problems: { amount: 'amountInvalid', effectiveFrom: 'dateRequired' } });
    expect(giftCapInput({ amount: '-5', effectiveFrom: '2027-02-30' })).toEqual({ problems: { amount: 'amountInvalid', effectiveFrom: 'dateInvalid' } });
    expect(giftCapInput({ amount: '', effectiveFrom: '2027-01-01' })).toEqual({ problems: { amount: 'amountInvalid' } });
  });
});

describe('the cap in force', () => {
  const caps = [
    { effectiveFrom: '2027-01-01', value: '80.00' },
    { effectiveFrom: '2025-01-01', value: '73.00' },
    { effectiveFrom: '2026-06-01', value: '75.00' },
  ];
  it('is the latest from that day or before', () => {
    expect(capInForce(caps, '2026-03-10')?.value).toBe('73.00');
    expect(capInForce(caps, '2026-06-01')?.value).toBe('75.00');
    expect(capInForce(caps, '2027-05-01')?.value).toBe('80.00');
    expect(capInForce(caps, '2024-12-31')).toBeNull();
  });
});
