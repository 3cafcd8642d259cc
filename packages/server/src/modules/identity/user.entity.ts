import { ArrayType, Entity, Enum, Filter, ManyToOne, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import type { Role } from '../../shared/roles.js';
import { tenantFilter } from '../../shared/tenant.js';
import { Supplier } from '../supplier/supplier.entity.js';

export enum UserKind {
  AGENT = 'AGENT',
  SUPPLIER = 'SUPPLIER',
}

/**
 * Agents and supplier users share one table: one sign-in, one session model. A supplier user
 * belongs to exactly one supplier (the tenant filter applies); an agent has none. A supplier's
 * session may load agents too — they are the Region's directory (meeting writers, reviewers,
 * gift beneficiaries) — but only their name and direction are ever mapped to the API for it.
 */
@Entity({ tableName: 'user_account' })
@Filter(tenantFilter('supplier', { kind: 'AGENT' }))
export class User extends BaseEntity {
  /** Stored lower-cased; unique across agents and supplier users. */
  @Property({ type: 'string', length: 254 })
  @Unique()
  email!: string;

  @Property({ type: 'string', length: 160 })
  displayName!: string;

  @Enum({ items: () => UserKind })
  kind!: UserKind;

  @Property({ type: ArrayType })
  roles: Role[] = [];

  @ManyToOne(() => Supplier, { nullable: true, deleteRule: 'restrict' })
  supplier: Rel<Supplier> | null = null;

  /** Agents: their direction (department of the Region's administration). */
  @Property({ type: 'string', length: 160, nullable: true })
  direction: string | null = null;

  /** argon2id (PHC string); null until the invited user sets a password. */
  @Property({ type: 'string', length: 255, nullable: true, hidden: true, lazy: true })
  passwordHash: string | null = null;

  @Property({ type: 'string', length: 2 })
  locale: ('fr' | 'en') & Opt = 'fr';

  /** Removed users keep their row (their past actions refer to them) but can no longer sign in. */
  @Property({ type: 'datetime', nullable: true })
  removedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  lastSignInAt: Date | null = null;

  /** When the user acknowledged the personal-data notice shown after the first sign-in (RGPD art. 13). */
  @Property({ type: 'datetime', nullable: true })
  privacyNoticeSeenAt: Date | null = null;

  /** Second factor: the TOTP secret, AES-256-GCM sealed under MFA_KEY (see mfa.crypto.ts); set at enrolment start. */
  @Property({ type: 'string', length: 255, nullable: true, hidden: true, lazy: true })
  totpSecret: string | null = null;

  /** When the agent confirmed their TOTP enrolment; null while not enrolled. */
  @Property({ type: 'datetime', nullable: true })
  totpEnabledAt: Date | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  invitedBy: Rel<User> | null = null;
}
