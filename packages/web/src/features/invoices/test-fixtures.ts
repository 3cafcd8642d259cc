/** The SPEC's worked example as the API sends it: 12 000 € received 3 March 2025, payment issued 22 April 2025. */
const money = (amount: string) => ({ __typename: 'Money' as const, amount, currency: 'EUR' });

export const lateInvoice = {
  __typename: 'Invoice' as const,
  id: 'i1',
  number: 'F-2025-001',
  status: 'PAID' as const,
  statusOn: '2025-05-02',
  invoiceDate: '2025-03-01',
  receivedOn: '2025-03-03',
  deadline: '2025-04-02',
  paymentIssuedOn: '2025-04-22',
  daysLate: 20,
  estimate: false,
  fallbacks: [] as never[],
  rateUnknown: false,
  amountExclTax: money('10000.00'),
  amountInclTax: money('12000.00'),
  lateInterest: money('73.32') as ReturnType<typeof money> | null,
  recoveryIndemnity: money('40.00'),
  interestPaid: null,
  interestPaidOn: null,
  interestReview: 'PENDING' as const,
  interestReviewReason: null,
  contractReference: null,
  contract: null,
  history: [
    { __typename: 'InvoiceEvent' as const, on: '2025-03-03', status: 'RECEIVED' as const, portalCode: 'MISE_A_DISPOSITION', reason: null, flag: null },
    { __typename: 'InvoiceEvent' as const, on: '2025-04-22', status: 'PAYMENT_ISSUED' as const, portalCode: 'MISE_EN_PAIEMENT', reason: null, flag: null },
    { __typename: 'InvoiceEvent' as const, on: '2025-05-02', status: 'PAID' as const, portalCode: null, reason: null, flag: null },
  ],
  payment: {
    __typename: 'InvoicePaymentDetail' as const,
    paymentDelayDays: 30,
    receivedOnSource: 'RECEIVED_EVENT',
    daysUsed: 50,
    daysLeft: null,
    clockStopped: false,
    asOf: '2025-06-01',
    interruption: null,
    accruing: false,
    lateFrom: '2025-04-03',
    payableBy: '2025-06-06',
    rate: { __typename: 'InterestRateApplied' as const, ecbRate: '3.15', totalRate: '11.15', halfYearStart: '2025-01-01', toConfirm: false } as {
      __typename: 'InterestRateApplied';
      ecbRate: string;
      totalRate: string;
      halfYearStart: string;
      toConfirm: boolean;
    } | null,
  },
};
