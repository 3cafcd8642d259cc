import { Entity, Enum, Index, type Opt, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';

export enum AccessRequestStatus {
  PENDING = 'PENDING',
  APPROVED = 'APPROVED',
  REFUSED = 'REFUSED',
}

/**
 * Someone without an account asks for access to a supplier's space (public form). Not
 * supplier-owned data: only administrators read it, so it carries no tenant filter. It names the
 * SIRET, not the supplier, so that recording it reveals nothing about whether the SIRET is known.
 */
@Entity({ tableName: 'access_request' })
@Index({ properties: ['status', 'createdAt'] })
export class AccessRequest extends BaseEntity {
  @Property({ type: 'string', length: 14 })
  @Index()
  siret!: string;

  @Property({ type: 'string', length: 120 })
  requesterName!: string;

  @Property({ type: 'string', length: 254 })
  email!: string;

  /** The requester's role in the company, as typed (gérant, comptable…). */
  @Property({ type: 'string', length: 120 })
  roleInCompany!: string;

  @Property({ type: 'text', nullable: true })
  message: string | null = null;

  @Enum({ items: () => AccessRequestStatus })
  status: AccessRequestStatus & Opt = AccessRequestStatus.PENDING;

  @Property({ type: 'datetime', nullable: true })
  decidedAt: Date | null = null;

  /** The administrator who decided (user id). */
  @Property({ type: 'string', length: 60, nullable: true })
  decidedBy: string | null = null;

  @Property({ type: 'text', nullable: true })
  refusalReason: string | null = null;

  /** On approval: whether the requester was invited as the supplier's owner (first user) or as a member. */
  @Property({ type: 'boolean', nullable: true })
  invitedAsOwner: boolean | null = null;
}
