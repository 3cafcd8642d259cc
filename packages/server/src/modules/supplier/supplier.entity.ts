import { Collection, Entity, Enum, Filter, Index, OneToMany, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import { tenantFilter } from '../../shared/tenant.js';
import { User } from '../identity/user.entity.js';
import { SizeCategory } from './size-category.js';

export enum IdentifierType {
  SIRET = 'SIRET',
  /** Intra-EU VAT number, for suppliers established elsewhere in the EU. */
  VAT = 'VAT',
  /** Outside the EU: no identifier. */
  NONE = 'NONE',
}

/** The tenant: every supplier-owned record points here, and supplier users see only their own. */
@Entity({ tableName: 'supplier' })
@Filter(tenantFilter('id'))
export class Supplier extends BaseEntity {
  @Enum({ items: () => IdentifierType })
  identifierType: IdentifierType & Opt = IdentifierType.SIRET;

  @Property({ type: 'string', length: 14, nullable: true })
  @Unique()
  siret: string | null = null;

  /** Derived from the SIRET; the yearly gift cap adds up per SIREN (SPEC §3). */
  @Property({ type: 'string', length: 9, nullable: true })
  @Index()
  siren: string | null = null;

  @Property({ type: 'string', length: 20, nullable: true })
  @Unique()
  vatNumber: string | null = null;

  @Property({ type: 'string', length: 255 })
  legalName!: string;

  @Property({ type: 'string', length: 255, nullable: true })
  addressLine: string | null = null;

  @Property({ type: 'string', length: 10, nullable: true })
  postalCode: string | null = null;

  @Property({ type: 'string', length: 120, nullable: true })
  city: string | null = null;

  @Property({ type: 'string', length: 3, nullable: true })
  department: string | null = null;

  /** Derived from the department by `isRegionalDepartment`, stored for the report's SQL aggregates. */
  @Property({ type: 'boolean' })
  isRegional: boolean & Opt = false;

  @Enum({ items: () => SizeCategory, nullable: true })
  sizeCategory: SizeCategory | null = null;

  /** The year the size category refers to (declared or entered). */
  @Property({ type: 'integer', nullable: true })
  sizeYear: number | null = null;

  /** Activity code (NAF/APE), e.g. 43.21A. */
  @Property({ type: 'string', length: 6, nullable: true })
  nafCode: string | null = null;

  /** Invitations reach it even before anyone has an account. */
  @Property({ type: 'string', length: 254, nullable: true })
  contactEmail: string | null = null;

  @OneToMany(() => User, (u) => u.supplier)
  users = new Collection<Rel<User>>(this);
}
