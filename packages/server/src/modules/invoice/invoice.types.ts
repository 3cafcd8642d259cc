import { IsIn, IsOptional, Length, MaxLength } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Money } from '../../shared/money.types.js';
import { Connection } from '../../shared/pagination.js';
import { DateTime, LocalDate } from '../../shared/scalars.js';
import { SupplierNode } from '../supplier/supplier.types.js';
import { EventFlag } from './invoice-event.entity.js';
import { InvoiceStatus } from './invoice-status.js';
import { InterestReview } from './invoice.entity.js';

registerEnumType(InvoiceStatus, {
  name: 'InvoiceStatus',
  description: "An invoice's status, as in the State's invoicing portal (Chorus Pro); the portal's code is `Invoice.portalCode`.",
  valuesConfig: {
    SUBMITTED: { description: 'Déposée: deposited by the supplier.' },
    RECEIVED: { description: 'Mise à disposition: the Region has it (legal receipt date).' },
    TO_REROUTE: { description: 'À recycler: wrong routing data; the same invoice is resent.' },
    SUSPENDED: { description: 'Suspendue: documents missing; the legal interruption (once, with a reason).' },
    COMPLETED: { description: 'Complétée: the missing documents arrived; a new delay starts.' },
    REJECTED: { description: 'Rejetée: cancelled; the supplier issues a new invoice.' },
    SERVICE_DONE: { description: 'Service fait: the service was certified.' },
    MANDATED: { description: 'Mandatée: the payment order was issued.' },
    PAYMENT_ISSUED: { description: 'Mise en paiement: the accountant released payment (end of the legal delay).' },
    PAID: { description: 'Payée: money received.' },
  },
});
registerEnumType(EventFlag, {
  name: 'InvoiceEventFlag',
  description: 'Something to know about a status event.',
  valuesConfig: { NOT_A_LEGAL_INTERRUPTION: { description: 'A second suspension, or one after the payment order: the clock keeps running.' } },
});
registerEnumType(InterestReview, {
  name: 'InterestReview',
  description: "Finance's view of the computed late interest.",
  valuesConfig: {
    PENDING: { description: 'Computed, not reviewed yet.' },
    VALIDATED: { description: 'Validated by finance.' },
    CONTESTED: { description: 'Contested by finance (the reason is shown).' },
  },
});

export enum PaymentFallback {
  RECEIPT_DATE_ASSUMED = 'RECEIPT_DATE_ASSUMED',
  PAID_DATE_FOR_PAYMENT_ISSUE = 'PAID_DATE_FOR_PAYMENT_ISSUE',
  RATE_TO_CONFIRM = 'RATE_TO_CONFIRM',
}
registerEnumType(PaymentFallback, {
  name: 'PaymentFallback',
  description: 'A fact a figure rests on that was not known and was replaced: the figure is an estimate.',
  valuesConfig: {
    RECEIPT_DATE_ASSUMED: { description: 'No receipt date known: invoice date + 2 days (R2192-14).' },
    PAID_DATE_FOR_PAYMENT_ISSUE: { description: 'No payment-issue date known: the paid date stands in.' },
    RATE_TO_CONFIRM: { description: 'The ECB rate used is still to be confirmed by finance.' },
  },
});

export enum InvoiceSort {
  INVOICE_DATE = 'INVOICE_DATE',
  DEADLINE = 'DEADLINE',
  AMOUNT = 'AMOUNT',
  STATUS_DATE = 'STATUS_DATE',
  NUMBER = 'NUMBER',
}
registerEnumType(InvoiceSort, {
  name: 'InvoiceSort',
  description: 'What to sort invoices by (ties broken by id).',
  valuesConfig: {
    INVOICE_DATE: { description: 'Invoice date (the default).' },
    DEADLINE: { description: 'Payment deadline; invoices without one (rejected, interrupted) come last when ascending.' },
    AMOUNT: { description: 'Amount including tax.' },
    STATUS_DATE: { description: 'Day of the current status.' },
    NUMBER: { description: "The supplier's invoice number, as text." },
  },
});

export enum SortDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(SortDirection, {
  name: 'SortDirection',
  description: 'Ascending or descending.',
  valuesConfig: {
    ASC: { description: 'Ascending: oldest, smallest or A first.' },
    DESC: { description: 'Descending: newest, largest or Z first (the default).' },
  },
});

@ObjectType('InvoiceEvent', { description: "One event of an invoice's status history.", simpleResolvers: true })
export class InvoiceEventNode {
  @Field(() => InvoiceStatus, { description: 'The status reached.' })
  status!: InvoiceStatus;

  @Field(() => String, { nullable: true, description: "The invoicing portal's code for this status." })
  portalCode!: string | null;

  @Field(() => LocalDate, { description: 'The day of the event.' })
  on!: string;

  @Field(() => String, { nullable: true, description: 'The reason given (mandatory for a suspension or a rejection).' })
  reason!: string | null;

  @Field(() => EventFlag, { nullable: true, description: 'Set when a suspension is not a legal interruption.' })
  flag!: EventFlag | null;
}

@ObjectType('Interruption', { description: 'The legal interruption of the payment delay (one per invoice, R2192-29).' })
export class InterruptionNode {
  @Field(() => LocalDate, { description: 'The day of the suspension.' })
  suspendedOn!: string;

  @Field(() => String, { nullable: true, description: 'Why.' })
  reason!: string | null;

  @Field(() => Int, { description: 'Days that were left before the deadline on that day.' })
  daysLeftAtSuspension!: number;

  @Field(() => LocalDate, { nullable: true, description: 'When the missing documents arrived; null while waiting.' })
  completedOn!: string | null;

  @Field(() => Int, { nullable: true, description: 'The new delay from completion: 30 days, or the balance left if larger.' })
  newDelayDays!: number | null;
}

@ObjectType('InterestRateApplied', { description: 'The rate of late interest: the ECB rate of the half-year + 8 points.' })
export class AppliedRateNode {
  @Field(() => LocalDate, { description: 'First day of the half-year in which interest started (1 January or 1 July).' })
  halfYearStart!: string;

  @Field(() => String, { description: 'ECB main refinancing rate, percent (e.g. "3.15").' })
  ecbRate!: string;

  @Field(() => String, { description: 'Rate of late interest, percent (e.g. "11.15").' })
  totalRate!: string;

  @Field(() => Boolean, { description: 'Whether finance still has to confirm the ECB rate.' })
  toConfirm!: boolean;
}

@ObjectType('ContractRef', { description: 'The contract an invoice belongs to.' })
export class ContractRefNode {
  @Field(() => String, { description: 'Contract reference.' })
  reference!: string;

  @Field(() => String, { nullable: true, description: 'Title (object of the contract), when the contract is known.' })
  title!: string | null;

  @Field(() => Int, { description: 'Payment delay in days.' })
  paymentDelayDays!: number;

  @Field(() => Boolean, { description: 'A works contract: its own circuits (retention, subcontractors) are not covered here.' })
  isWorks!: boolean;
}

// simpleResolvers: graphql-js's own property read for every plain field (no type-graphql wrapper per
// field: the list page reads thousands of them); the field resolvers below keep theirs.
@ObjectType('Invoice', { description: 'An invoice of a supplier, with where it stands and what the Region owes for lateness.', simpleResolvers: true })
export class InvoiceNode {
  @Field(() => ID, { description: 'Opaque identifier.' })
  id!: string;

  @Field(() => String, { description: "The supplier's invoice number." })
  number!: string;

  @Field(() => InvoiceStatus, { description: 'Current status (the last event by date, then lifecycle).' })
  status!: InvoiceStatus;

  @Field(() => LocalDate, { description: 'Day of the current status.' })
  statusOn!: string;

  @Field(() => LocalDate, { description: 'Invoice date (date d’émission).' })
  invoiceDate!: string;

  @Field(() => Money, { description: 'Amount excluding tax.' })
  amountExclTax!: Money;

  @Field(() => Money, { description: 'Amount including tax.' })
  amountInclTax!: Money;

  @Field(() => LocalDate, { nullable: true, description: 'Legal receipt date (starts the payment clock); null if sent back for rerouting.' })
  receivedOn!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'The expected payment date: the deadline; null when rejected or while interrupted.' })
  deadline!: string | null;

  @Field(() => LocalDate, { nullable: true, description: 'When payment was issued (or, failing that, paid).' })
  paymentIssuedOn!: string | null;

  @Field(() => Int, { description: 'Days late (0 when not late, also when rejected); grows daily while unpaid.' })
  daysLate!: number;

  @Field(() => Money, { nullable: true, description: 'Late interest owed; "0.00" when none; null only when the rate is unknown.' })
  lateInterest!: Money | null;

  @Field(() => Money, { nullable: true, description: 'Fixed recovery indemnity (40 €) when late; "0.00" otherwise.' })
  recoveryIndemnity!: Money | null;

  @Field(() => Boolean, { description: 'Whether a figure rests on a fallback (see `fallbacks`).' })
  estimate!: boolean;

  @Field(() => [PaymentFallback], { description: 'The fallbacks the figures rest on.' })
  fallbacks!: PaymentFallback[];

  @Field(() => Boolean, { description: 'Late but the ECB rate of the half-year is not known: interest cannot be computed yet.' })
  rateUnknown!: boolean;

  @Field(() => String, { nullable: true, description: 'The contract reference given by finance.' })
  contractReference!: string | null;

  @Field(() => [InvoiceEventNode], { description: 'The status history, by date then lifecycle order.' })
  history!: InvoiceEventNode[];

  /** Internal: resolved by field resolvers. */
  supplierId!: string;
  contractId!: string | null;
  paymentDelayDays!: number;
  declaredReceivedOn!: string | null;
  interestReview!: InterestReview;
  interestReviewReason!: string | null;
  interestPaidCents!: number | null;
  interestPaidOn!: string | null;
  createdAt!: Date;
  events!: import('./invoice.queries.js').EventRow[];
  facts!: import('./payment-delay.js').PaymentFacts;
}

export const InvoiceConnection = Connection(InvoiceNode, 'Invoice');

@ObjectType('InvoicePaymentDetail', { description: 'The payment clock of one invoice, step by step.' })
export class PaymentDetailNode {
  @Field(() => String, { description: 'Where the receipt date comes from: IMPORT, RECEIVED_EVENT or INVOICE_DATE_PLUS_2.', nullable: true })
  receivedOnSource!: string | null;

  @Field(() => Int, { description: 'The payment delay of the contract (30 days by default).' })
  paymentDelayDays!: number;

  @Field(() => InterruptionNode, { nullable: true, description: 'The legal interruption, if any.' })
  interruption!: InterruptionNode | null;

  @Field(() => Boolean, { description: 'Interrupted and waiting for the missing documents: the clock is stopped.' })
  clockStopped!: boolean;

  @Field(() => Int, { description: 'Days counted toward the current deadline.' })
  daysUsed!: number;

  @Field(() => Int, { nullable: true, description: 'Days left before the deadline (unpaid invoices).' })
  daysLeft!: number | null;

  @Field(() => LocalDate, { nullable: true, description: 'The first late day (the day after the deadline).' })
  lateFrom!: string | null;

  @Field(() => Boolean, { description: 'Unpaid and late: interest grows daily until payment.' })
  accruing!: boolean;

  @Field(() => AppliedRateNode, { nullable: true, description: 'The rate applied, when late and known.' })
  rate!: AppliedRateNode | null;

  @Field(() => LocalDate, { nullable: true, description: 'Interest and indemnity are payable by this day (45 days after the payment issue).' })
  payableBy!: string | null;

  @Field(() => String, { description: "The day the figures are computed for (today, Europe/Paris)." })
  asOf!: string;
}

@ObjectType('StatusCount', { description: 'How many invoices are in one status.', simpleResolvers: true })
export class StatusCountNode {
  @Field(() => InvoiceStatus, { description: 'The status.' })
  status!: InvoiceStatus;

  @Field(() => Int, { description: 'How many invoices.' })
  count!: number;
}

@ObjectType('PaymentSummary', { description: "Where a supplier's invoices stand (dashboard).", simpleResolvers: true })
export class PaymentSummaryNode {
  @Field(() => [StatusCountNode], { description: 'Invoices per current status.' })
  byStatus!: StatusCountNode[];

  @Field(() => Int, { description: 'Invoices not yet paid (neither payment issued, paid nor rejected).' })
  awaitingCount!: number;

  @Field(() => Money, { description: 'Amount including tax of the invoices awaiting payment.' })
  awaitingAmount!: Money;

  @Field(() => Int, { description: 'Unpaid invoices past their deadline.' })
  overdueCount!: number;

  @Field(() => Money, { description: 'Late interest and indemnities owed and not yet paid (as of today).' })
  interestOwed!: Money;

  @Field(() => Boolean, { description: 'Whether the amount owed rests on an unknown or to-be-confirmed rate.' })
  interestOwedEstimate!: boolean;
}

@InputType({ description: 'Filters for the invoice list.' })
export class InvoiceFilter {
  @Field(() => [InvoiceStatus], { nullable: true, description: 'Only these current statuses.' })
  @IsOptional()
  statuses?: InvoiceStatus[];

  @Field(() => LocalDate, { nullable: true, description: 'Invoice date on or after.' })
  @IsOptional()
  from?: string;

  @Field(() => LocalDate, { nullable: true, description: 'Invoice date on or before.' })
  @IsOptional()
  to?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only late invoices (paid late, or unpaid past the deadline), or only the others.' })
  @IsOptional()
  overdue?: boolean;

  @Field(() => String, { nullable: true, description: 'Only this contract reference.' })
  @IsOptional()
  @MaxLength(60)
  contractReference?: string;

  @Field(() => String, { nullable: true, description: 'Invoice number starts with.' })
  @IsOptional()
  @Length(1, 60)
  number?: string;

  @Field(() => ID, { nullable: true, description: 'Only this supplier (agents).' })
  @IsOptional()
  supplierId?: string;
}

@InputType({ description: 'How to sort the invoice list.' })
export class InvoiceOrder {
  @Field(() => InvoiceSort, { description: 'Sort key.' })
  @IsIn(Object.values(InvoiceSort))
  field!: InvoiceSort;

  @Field(() => SortDirection, { defaultValue: SortDirection.DESC, description: 'Direction.' })
  direction!: SortDirection;
}

@ObjectType('ImportRejection', { description: 'A line of an import that was not applied, and why.' })
export class ImportRejectionNode {
  @Field(() => Int, { description: 'Physical line of the file (the header is line 1).' })
  line!: number;

  @Field(() => String, { description: 'Why (in French).' })
  reason!: string;
}

@ObjectType('InvoiceImportReport', { description: 'What an invoice import did (or would do, in a dry run). Counts are invoices.' })
export class ImportReportNode {
  @Field(() => Boolean, { description: 'A dry run: nothing was written.' })
  dryRun!: boolean;

  @Field(() => Int, { description: 'Invoices created.' })
  created!: number;

  @Field(() => Int, { description: 'Invoices that moved forward or changed.' })
  updated!: number;

  @Field(() => Int, { description: 'Invoices whose lines were all known already.' })
  unchanged!: number;

  @Field(() => [ImportRejectionNode], { description: 'Lines not applied, in file order.' })
  rejected!: ImportRejectionNode[];
}

@ObjectType('InterestRateReference', { description: 'ECB main refinancing rate on the first day of a half-year (reference data).' })
export class InterestRateNode {
  @Field(() => LocalDate, { description: '1 January or 1 July.' })
  halfYearStart!: string;

  @Field(() => String, { description: 'Percent, e.g. "2.15".' })
  ecbRate!: string;

  @Field(() => Boolean, { description: 'Still to be confirmed by finance.' })
  toConfirm!: boolean;

  @Field(() => DateTime, { description: 'Last change.' })
  updatedAt!: Date;
}

export { SupplierNode };
