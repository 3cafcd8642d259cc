import { BigIntType, Collection, Entity, Enum, Filter, Index, ManyToOne, OneToMany, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import { tenantFilter } from '../../shared/tenant.js';
import { Contract } from '../contract/contract.entity.js';
import { Supplier } from '../supplier/supplier.entity.js';
import { InvoiceEvent } from './invoice-event.entity.js';
import { InvoiceStatus } from './invoice-status.js';

export enum InterestReview {
  /** Computed, not yet looked at by finance. */
  PENDING = 'PENDING',
  VALIDATED = 'VALIDATED',
  /** Finance disputes the computation; the reason is shown to the supplier. */
  CONTESTED = 'CONTESTED',
}

/**
 * An invoice of a supplier, with its status history (InvoiceEvent) and the payment facts computed
 * from it by the one pure rule (`payment-delay.ts`) whenever the history changes, so that SQL only
 * adds up (SPEC §4). Amounts in integer cents.
 */
@Entity({ tableName: 'invoice' })
@Filter(tenantFilter('supplier'))
@Unique({ properties: ['supplier', 'number'] })
@Index({ properties: ['supplier', 'invoiceDate'] })
@Index({ properties: ['paymentIssuedOn'] })
@Index({ properties: ['interestPaidOn'] }) // the yearly report: interest paid in the year
export class Invoice extends BaseEntity {
  @ManyToOne(() => Supplier, { deleteRule: 'restrict' })
  supplier!: Rel<Supplier>;

  /** The supplier's own invoice number (unique per supplier). */
  @Property({ type: 'string', length: 60 })
  number!: string;

  @ManyToOne(() => Contract, { nullable: true, deleteRule: 'set null' })
  contract: Rel<Contract> | null = null;

  /** The contract reference as the finance file gave it (kept even when no contract matches). */
  @Property({ type: 'string', length: 60, nullable: true })
  contractReference: string | null = null;

  @Property({ type: 'date' })
  invoiceDate!: string;

  /** The import's `date_reception`, when given: it comes first for the receipt date. */
  @Property({ type: 'date', nullable: true })
  declaredReceivedOn: string | null = null;

  @Property({ type: new BigIntType('number') })
  amountExclTaxCents!: number;

  @Property({ type: new BigIntType('number') })
  amountInclTaxCents!: number;

  @Enum({ items: () => InvoiceStatus })
  status!: InvoiceStatus;

  @Property({ type: 'date' })
  statusOn!: string;

  @Property({ type: 'integer' })
  paymentDelayDays: number & Opt = 30;

  // Payment facts, recomputed by `payment-delay.ts` whenever the history changes.
  @Property({ type: 'date', nullable: true })
  receivedOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  deadline: string | null = null;

  @Property({ type: 'date', nullable: true })
  paymentIssuedOn: string | null = null;

  @Property({ type: 'integer', nullable: true })
  observedDelayDays: number | null = null;

  /** Days late as of `factsOn` (final once payment is issued). */
  @Property({ type: 'integer' })
  daysLate: number & Opt = 0;

  /** Null only when the rate is unknown. */
  @Property({ type: new BigIntType('number'), nullable: true })
  lateInterestCents: number | null = 0;

  @Property({ type: new BigIntType('number') })
  recoveryIndemnityCents: number & Opt = 0;

  @Property({ type: 'integer', nullable: true })
  rateBasisPoints: number | null = null;

  @Property({ type: 'boolean' })
  estimate: boolean & Opt = false;

  /** The day the stored facts were computed for (today's date for unpaid invoices). */
  @Property({ type: 'date', nullable: true })
  factsOn: string | null = null;

  @Enum({ items: () => InterestReview })
  interestReview: InterestReview & Opt = InterestReview.PENDING;

  @Property({ type: 'string', length: 1000, nullable: true })
  interestReviewReason: string | null = null;

  @Property({ type: new BigIntType('number'), nullable: true })
  interestPaidCents: number | null = null;

  @Property({ type: 'date', nullable: true })
  interestPaidOn: string | null = null;

  /** When the "past its deadline" e-mail went out (sent once). */
  @Property({ type: 'datetime', nullable: true })
  overdueNotifiedAt: Date | null = null;

  @OneToMany(() => InvoiceEvent, (e) => e.invoice)
  events = new Collection<Rel<InvoiceEvent>>(this);
}
