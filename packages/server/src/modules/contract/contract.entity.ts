import { BigIntType, Collection, Entity, Enum, Filter, ManyToMany, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import { tenantFilter } from '../../shared/tenant.js';
import { Supplier } from '../supplier/supplier.entity.js';

export enum ClauseFlag {
  YES = 'YES',
  NO = 'NO',
  UNKNOWN = 'UNKNOWN',
}

/**
 * A public contract (marché), keyed like the national open data (DECP) by the buyer's identifier
 * and the contract id. Its holders are suppliers (co-contractors). A supplier user sees only the
 * contracts it holds (tenant filter through `holders`).
 */
@Entity({ tableName: 'contract' })
@Unique({ properties: ['buyerId', 'reference'] })
@Filter(tenantFilter('holders'))
export class Contract extends BaseEntity {
  /** The buyer organisation's identifier (its SIRET), `acheteur.id` in DECP. */
  @Property({ type: 'string', length: 20 })
  buyerId!: string;

  /** The contract id (`id` in DECP); finance files cite it as `reference_marche`. */
  @Property({ type: 'string', length: 60 })
  reference!: string;

  @Property({ type: 'string', length: 1000 })
  title!: string;

  @Property({ type: 'date', nullable: true })
  startOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  endOn: string | null = null;

  @Property({ type: new BigIntType('number'), nullable: true })
  amountCents: number | null = null;

  /** 30 unless the contract sets less (R2192-10). */
  @Property({ type: 'integer' })
  paymentDelayDays: number & Opt = 30;

  /** Works contracts have circuits of their own, out of scope for now; invoices say so. */
  @Property({ type: 'boolean' })
  isWorks: boolean & Opt = false;

  @Enum({ items: () => ClauseFlag })
  socialClause: ClauseFlag & Opt = ClauseFlag.UNKNOWN;

  @Enum({ items: () => ClauseFlag })
  environmentalClause: ClauseFlag & Opt = ClauseFlag.UNKNOWN;

  @Enum({ items: () => ClauseFlag })
  lowCarbonTransport: ClauseFlag & Opt = ClauseFlag.UNKNOWN;

  @ManyToMany(() => Supplier, undefined, { pivotTable: 'contract_holder', joinColumn: 'contract_id', inverseJoinColumn: 'supplier_id' })
  holders = new Collection<Rel<Supplier>>(this);
}
