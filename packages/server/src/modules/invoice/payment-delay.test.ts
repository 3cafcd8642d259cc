import { describe, expect, it } from 'vitest';
import { centsToDecimal } from '../../shared/money.js';
import { rateLookupFrom, SHIPPED_ECB_RATES } from './interest-rates.js';
import { InvoiceStatus as S, transitionProblem } from './invoice-status.js';
import { computePaymentFacts, lateInterestCents, type PaymentRuleInput, type StatusEvent } from './payment-delay.js';

const rateFor = rateLookupFrom(SHIPPED_ECB_RATES);
const facts = (over: Partial<PaymentRuleInput> & { events: StatusEvent[] }) =>
  computePaymentFacts({ invoiceDate: '2025-02-28', declaredReceivedOn: null, paymentDelayDays: 30, amountInclTaxCents: 1_200_000n, today: '2026-11-25', rateFor, ...over });
const money = (c: bigint | null) => (c === null ? null : centsToDecimal(c));

describe('late interest arithmetic (exact decimal)', () => {
  it.each([
    // amount cents, total bp, days, expected — the SPEC's float trap: 1 095.00 € × 10.5 % × 15 / 365 = 4.725 → 4.73
    [109_500n, 1050, 15, '4.73'],
    [1_200_000n, 1115, 20, '73.32'],
    [100n, 800, 1, '0.00'],
    [4_562_500n, 800, 365, '3650.00'],
    [1_000_000n, 1115, 0, '0.00'],
  ])('%s cents × %i bp × %i days', (amount, bp, days, expected) => {
    expect(centsToDecimal(lateInterestCents(amount, bp, days))).toBe(expected);
  });

  it('differs from floating point where the SPEC says it does', () => {
    expect(Math.round(1095 * 0.105 * 15 / 365 * 100) / 100).toBe(4.72);
    expect(centsToDecimal(lateInterestCents(109_500n, 1050, 15))).toBe('4.73');
  });
});

describe('computePaymentFacts', () => {
  it('worked example: 12 000 € received 3 March 2025, payment issued 22 April → 20 days, 11.15 %, 73.32 € + 40 €, payable by 6 June', () => {
    const f = facts({ events: [{ status: S.RECEIVED, on: '2025-03-03' }, { status: S.PAYMENT_ISSUED, on: '2025-04-22' }] });
    expect(f).toMatchObject({
      receivedOn: '2025-03-03',
      receivedOnSource: 'RECEIVED_EVENT',
      deadline: '2025-04-02',
      paymentIssuedOn: '2025-04-22',
      daysLate: 20,
      lateFrom: '2025-04-03',
      rate: { halfYearStart: '2025-01-01', ecbBasisPoints: 315, totalBasisPoints: 1115, toConfirm: false },
      payableBy: '2025-06-06',
      estimate: false,
      accruing: false,
      observedDelayDays: 50,
    });
    expect(money(f.lateInterestCents)).toBe('73.32');
    expect(money(f.recoveryIndemnityCents)).toBe('40.00');
  });

  it('interruption example: suspended 10 March with 23 days left, completed 20 March → new deadline 19 April', () => {
    const f = facts({
      events: [
        { status: S.RECEIVED, on: '2025-03-03' },
        { status: S.SUSPENDED, on: '2025-03-10', reason: 'Bon de livraison manquant' },
        { status: S.COMPLETED, on: '2025-03-20' },
      ],
      today: '2025-04-01',
    });
    expect(f.interruption).toEqual({ suspendedOn: '2025-03-10', reason: 'Bon de livraison manquant', daysLeftAtSuspension: 23, completedOn: '2025-03-20', newDelayDays: 30 });
    expect(f.deadline).toBe('2025-04-19');
    expect(f.daysUsed).toBe(12);
    expect(f.daysLeft).toBe(18);
    expect(f.daysLate).toBe(0);
  });

  it('keeps the balance left when it is larger than 30 days (a longer contract delay)', () => {
    const f = facts({ paymentDelayDays: 60, events: [{ status: S.RECEIVED, on: '2025-03-03' }, { status: S.SUSPENDED, on: '2025-03-13', reason: 'x' }, { status: S.COMPLETED, on: '2025-03-20' }], today: '2025-03-21' });
    expect(f.interruption!.daysLeftAtSuspension).toBe(50);
    expect(f.deadline).toBe('2025-05-09');
  });

  it('stops the clock while the interruption is not completed', () => {
    const f = facts({ events: [{ status: S.RECEIVED, on: '2025-03-03' }, { status: S.SUSPENDED, on: '2025-03-10', reason: 'x' }], today: '2025-06-01' });
    expect(f).toMatchObject({ clockStopped: true, deadline: null, daysLate: 0, daysUsed: 7 });
    expect(money(f.lateInterestCents)).toBe('0.00');
  });

  it('records a second suspension, and one after the payment order, without stopping the clock', () => {
    const f = facts({
      events: [
        { status: S.RECEIVED, on: '2025-03-03' },
        { status: S.SUSPENDED, on: '2025-03-05', reason: 'a' },
        { status: S.COMPLETED, on: '2025-03-06' },
        { status: S.SUSPENDED, on: '2025-03-10', reason: 'b' },
        { status: S.MANDATED, on: '2025-03-20' },
        { status: S.SUSPENDED, on: '2025-03-21', reason: 'c' },
      ],
      today: '2025-03-25',
    });
    expect(f.ignoredSuspensions).toEqual([
      { on: '2025-03-10', reason: 'b', why: 'SECOND_SUSPENSION' },
      { on: '2025-03-21', reason: 'c', why: 'SECOND_SUSPENSION' },
    ]);
    expect(f.deadline).toBe('2025-04-05');
    const afterOrder = facts({ events: [{ status: S.RECEIVED, on: '2025-03-03' }, { status: S.MANDATED, on: '2025-03-20' }, { status: S.SUSPENDED, on: '2025-03-21', reason: 'c' }], today: '2025-03-25' });
    expect(afterOrder.ignoredSuspensions).toEqual([{ on: '2025-03-21', reason: 'c', why: 'AFTER_PAYMENT_ORDER' }]);
    expect(afterOrder.deadline).toBe('2025-04-02');
  });

  it('deadline on 31 December: the first late day is 1 January, so the new half-year rate applies', () => {
    const f = facts({ amountInclTaxCents: 1_000_000n, events: [{ status: S.RECEIVED, on: '2024-12-01' }, { status: S.PAYMENT_ISSUED, on: '2025-01-10' }] });
    expect(f).toMatchObject({ deadline: '2024-12-31', lateFrom: '2025-01-01', daysLate: 10 });
    expect(f.rate!.halfYearStart).toBe('2025-01-01');
    expect(f.rate!.totalBasisPoints).toBe(1115); // not H2 2024's 4.25 + 8
    expect(money(f.lateInterestCents)).toBe('30.55'); // 10 000 × 11.15 % × 10 / 365 = 30.547
  });

  it('a year when the ECB rate was 0: interest at 8 points', () => {
    const f = facts({ amountInclTaxCents: 365_000n, invoiceDate: '2020-01-10', events: [{ status: S.PAYMENT_ISSUED, on: '2020-03-12' }] });
    expect(f).toMatchObject({ receivedOn: '2020-01-12', receivedOnSource: 'INVOICE_DATE_PLUS_2', deadline: '2020-02-11', daysLate: 30, estimate: true, fallbacks: ['RECEIPT_DATE_ASSUMED'] });
    expect(f.rate).toMatchObject({ ecbBasisPoints: 0, totalBasisPoints: 800 });
    expect(money(f.lateInterestCents)).toBe('24.00');
  });

  it('a rejection is not an interruption: the invoice is dead, nothing is owed', () => {
    const f = facts({ events: [{ status: S.RECEIVED, on: '2025-03-03' }, { status: S.REJECTED, on: '2025-03-05', reason: 'Doublon' }], today: '2025-12-01' });
    expect(f).toMatchObject({ rejected: true, deadline: null, daysLate: 0, interruption: null, daysLeft: null });
    expect(money(f.lateInterestCents)).toBe('0.00');
    expect(money(f.recoveryIndemnityCents)).toBe('0.00');
  });

  it('a missing rate is "rate unknown", never zero', () => {
    const f = facts({ amountInclTaxCents: 100_000n, invoiceDate: '2013-01-01', events: [{ status: S.RECEIVED, on: '2013-01-02' }, { status: S.PAYMENT_ISSUED, on: '2013-03-01' }] });
    expect(f.daysLate).toBe(28);
    expect(f.rateUnknown).toBe(true);
    expect(f.lateInterestCents).toBeNull();
    expect(money(f.recoveryIndemnityCents)).toBe('40.00');
  });

  it('an unpaid late invoice accrues up to today; a 2026 rate is an estimate to be confirmed', () => {
    const f = facts({ amountInclTaxCents: 365_000n, events: [{ status: S.RECEIVED, on: '2026-09-01' }], today: '2026-11-25' });
    expect(f).toMatchObject({ deadline: '2026-10-01', daysLate: 55, accruing: true, payableBy: null, estimate: true, fallbacks: ['RATE_TO_CONFIRM'] });
    expect(money(f.lateInterestCents)).toBe('55.83'); // 3 650 × 10.15 % × 55 / 365 = 55.825 → half up
  });

  it('the paid date stands in for a missing payment issue, named as a fallback', () => {
    const f = facts({ events: [{ status: S.RECEIVED, on: '2025-03-03' }, { status: S.PAID, on: '2025-04-10' }] });
    expect(f).toMatchObject({ paymentIssuedOn: '2025-04-10', paymentIssuedSource: 'PAID', daysLate: 8, fallbacks: ['PAID_DATE_FOR_PAYMENT_ISSUE'] });
  });

  it('takes the receipt date of the import first, and the RECEIVED after a reroute', () => {
    expect(facts({ declaredReceivedOn: '2025-03-01', events: [{ status: S.RECEIVED, on: '2025-03-03' }] }).receivedOn).toBe('2025-03-01');
    const rerouted = facts({ events: [{ status: S.RECEIVED, on: '2025-03-03' }, { status: S.TO_REROUTE, on: '2025-03-04', reason: 'SIRET' }, { status: S.RECEIVED, on: '2025-03-10' }], today: '2025-03-11' });
    expect(rerouted).toMatchObject({ receivedOn: '2025-03-10', deadline: '2025-04-09' });
    const waiting = facts({ events: [{ status: S.RECEIVED, on: '2025-03-03' }, { status: S.TO_REROUTE, on: '2025-03-04' }], today: '2025-06-01' });
    expect(waiting).toMatchObject({ receivedOn: null, deadline: null, daysLate: 0 });
  });

  it('a service-done date does not move the receipt date; same-day events follow the lifecycle order', () => {
    const f = facts({ events: [{ status: S.SERVICE_DONE, on: '2025-03-20' }, { status: S.PAYMENT_ISSUED, on: '2025-03-03' }, { status: S.RECEIVED, on: '2025-03-03' }] });
    expect(f.receivedOn).toBe('2025-03-03');
    expect(f.daysLate).toBe(0);
  });

  it('counts the days used and left, and the observed delay without the suspended days', () => {
    const f = facts({ events: [{ status: S.RECEIVED, on: '2025-03-03' }], today: '2025-03-13' });
    expect(f).toMatchObject({ daysUsed: 10, daysLeft: 20 });
    const paid = facts({
      events: [{ status: S.RECEIVED, on: '2025-03-03' }, { status: S.SUSPENDED, on: '2025-03-10', reason: 'x' }, { status: S.COMPLETED, on: '2025-03-20' }, { status: S.PAYMENT_ISSUED, on: '2025-03-25' }],
    });
    expect(paid.observedDelayDays).toBe(12);
  });
});

describe('status transitions (SPEC §3)', () => {
  it.each([
    [[['RECEIVED', '2025-03-01'], ['PAYMENT_ISSUED', '2025-03-20'], ['PAID', '2025-03-25']], null],
    [[['PAID', '2025-03-25'], ['RECEIVED', '2025-03-01']], null],
    [[['PAYMENT_ISSUED', '2025-03-20'], ['MANDATED', '2025-03-21']], 'statut « mandatée » après la mise en paiement'],
    [[['PAID', '2025-03-20'], ['PAYMENT_ISSUED', '2025-03-21']], 'statut « mise en paiement » après le paiement'],
    [[['REJECTED', '2025-03-20'], ['RECEIVED', '2025-03-21']], 'la facture est rejetée : aucun statut ne peut suivre'],
  ])('%j → %s', (events, problem) => {
    expect(transitionProblem(events.map(([status, on]) => ({ status: status as S, on: on! })))).toBe(problem);
  });
});
