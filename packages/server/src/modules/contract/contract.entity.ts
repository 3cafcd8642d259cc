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

  /** The buyer organisation's name (`acheteur.nom`), when the file gives it. */
  @Property({ type: 'string', length: 255, nullable: true })
  buyerName: string | null = null;

  /** `nature` in DECP: Marché, Marché de partenariat, Marché de défense ou de sécurité… */
  @Property({ type: 'string', length: 120, nullable: true })
  nature: string | null = null;

  /** `procedure` in DECP: Procédure adaptée, Appel d'offres ouvert… */
  @Property({ type: 'string', length: 120, nullable: true })
  procedure: string | null = null;

  /** Main CPV code (`codeCPV`), as given (e.g. 38950000-9). */
  @Property({ type: 'string', length: 20, nullable: true })
  cpvCode: string | null = null;

  /** Notification date (`dateNotification`). */
  @Property({ type: 'date', nullable: true })
  notifiedOn: string | null = null;

  /** Current duration in months (`dureeMois`, after modifications). */
  @Property({ type: 'integer', nullable: true })
  durationMonths: number | null = null;

  /** The notification date: the yearly report counts a contract as running from it. */
  @Property({ type: 'date', nullable: true })
  startOn: string | null = null;

  /** Start + duration in months; null when unknown (the report then counts it as still running). */
  @Property({ type: 'date', nullable: true })
  endOn: string | null = null;

  /** Current amount excl. tax (after modifications), integer cents. */
  @Property({ type: new BigIntType('number'), nullable: true })
  amountCents: number | null = null;

  /** The amount notified, before any modification. */
  @Property({ type: new BigIntType('number'), nullable: true })
  initialAmountCents: number | null = null;

  /** Notification date of the latest modification (format 1.5 `modifications[]`). */
  @Property({ type: 'date', nullable: true })
  modifiedOn: string | null = null;

  /** Subcontracting acts (`actesSousTraitance`, `modificationsActesSousTraitance`) stored as given, neither checked nor turned into suppliers. */
  @Property({ type: 'json', nullable: true })
  subcontracting: Opt<Record<string, unknown>> | null = null;

  /** Where the data last came from: `decp:<file name>` for the DECP import. */
  @Property({ type: 'string', length: 80, nullable: true })
  source: string | null = null;

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
