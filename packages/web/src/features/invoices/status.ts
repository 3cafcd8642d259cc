import type { InvoiceStatus } from '../../gql/graphql';

/** The statuses in lifecycle order (SPEC §3). */
export const STATUSES: readonly InvoiceStatus[] = [
  'SUBMITTED',
  'RECEIVED',
  'TO_REROUTE',
  'SUSPENDED',
  'COMPLETED',
  'REJECTED',
  'SERVICE_DONE',
  'MANDATED',
  'PAYMENT_ISSUED',
  'PAID',
];

/** Not paid yet: neither payment issued, paid nor rejected (as the payment summary counts them). */
export const AWAITING_PAYMENT: readonly InvoiceStatus[] = STATUSES.filter((s) => s !== 'PAYMENT_ISSUED' && s !== 'PAID' && s !== 'REJECTED');

export type StatusTone = 'neutral' | 'progress' | 'warning' | 'danger' | 'success';

/** The badge's colour only repeats what its text says. */
export const STATUS_TONE: Record<InvoiceStatus, StatusTone> = {
  SUBMITTED: 'neutral',
  RECEIVED: 'progress',
  TO_REROUTE: 'warning',
  SUSPENDED: 'warning',
  COMPLETED: 'progress',
  REJECTED: 'danger',
  SERVICE_DONE: 'progress',
  MANDATED: 'progress',
  PAYMENT_ISSUED: 'success',
  PAID: 'success',
};

export const isStatus = (value: string): value is InvoiceStatus => (STATUSES as readonly string[]).includes(value);
