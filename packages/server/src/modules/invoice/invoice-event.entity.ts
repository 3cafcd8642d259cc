import { Entity, Enum, Filter, Index, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import { tenantFilter } from '../../shared/tenant.js';
import { Supplier } from '../supplier/supplier.entity.js';
import { Invoice } from './invoice.entity.js';
import { InvoiceStatus } from './invoice-status.js';

export enum EventFlag {
  /** A second suspension, or one after the payment order: recorded, but the clock does not stop. */
  NOT_A_LEGAL_INTERRUPTION = 'NOT_A_LEGAL_INTERRUPTION',
}

/** One status event of an invoice's history. Carries its supplier too: isolation and SQL need no join. */
@Entity({ tableName: 'invoice_event' })
@Filter(tenantFilter('supplier'))
@Index({ properties: ['invoice', 'on'] })
export class InvoiceEvent extends BaseEntity {
  @ManyToOne(() => Invoice, { deleteRule: 'cascade' })
  invoice!: Rel<Invoice>;

  @ManyToOne(() => Supplier, { deleteRule: 'restrict' })
  supplier!: Rel<Supplier>;

  @Enum({ items: () => InvoiceStatus })
  status!: InvoiceStatus;

  /** The invoicing portal's code as received, when the file used it. */
  @Property({ type: 'string', length: 40, nullable: true })
  portalCode: string | null = null;

  /** The calendar day of the event (date_statut). */
  @Property({ type: 'date' })
  on!: string;

  @Property({ type: 'string', length: 1000, nullable: true })
  reason: string | null = null;

  @Enum({ items: () => EventFlag, nullable: true })
  flag: EventFlag | null = null;

  /** Where it came from: 'import:<batch id>', or 'manual'. */
  @Property({ type: 'string', length: 60 })
  source: string & Opt = 'manual';
}
