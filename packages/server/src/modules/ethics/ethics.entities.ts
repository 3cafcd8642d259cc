import { Collection, Entity, Enum, Filter, ManyToMany, ManyToOne, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import { tenantFilter } from '../../shared/tenant.js';
import { User } from '../identity/user.entity.js';
import { Supplier } from '../supplier/supplier.entity.js';
import { DeclarationFlag, DeclarationKind } from './ethics-rules.js';

/** A published version of the ethics charter (Markdown, French). */
@Entity({ tableName: 'ethics_charter' })
export class EthicsCharter extends BaseEntity {
  @Property({ type: 'integer' })
  @Unique()
  version!: number;

  @Property({ type: 'string', length: 200 })
  title!: string;

  @Property({ type: 'text' })
  body!: string;

  /** The ethics officer who published it. */
  @Property({ type: 'string', length: 60 })
  publishedBy!: string;
}

/** A supplier accepted a version (who, when, which version); a new version asks again. */
@Entity({ tableName: 'charter_acceptance' })
@Filter(tenantFilter('supplier'))
@Unique({ properties: ['charter', 'supplier'] })
export class CharterAcceptance extends BaseEntity {
  @ManyToOne(() => EthicsCharter, { deleteRule: 'restrict' })
  charter!: Rel<EthicsCharter>;

  @ManyToOne(() => Supplier, { deleteRule: 'cascade' })
  supplier!: Rel<Supplier>;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  user!: Rel<User>;
}

/** The yearly gift cap in force from a date (versioned: earlier declarations keep their day's flags). */
@Entity({ tableName: 'ethics_threshold' })
@Unique({ properties: ['effectiveFrom'] })
export class EthicsThreshold extends BaseEntity {
  @Property({ type: 'integer' })
  valueCents!: number;

  @Property({ type: 'date' })
  effectiveFrom!: string;

  @Property({ type: 'string', length: 60 })
  setBy!: string;
}

/** A tender: its quiet period runs from publication to notification. */
@Entity({ tableName: 'consultation' })
export class Consultation extends BaseEntity {
  @Property({ type: 'string', length: 60 })
  @Unique()
  reference!: string;

  @Property({ type: 'string', length: 500 })
  title!: string;

  @Property({ type: 'date' })
  publishedOn!: string;

  @Property({ type: 'date', nullable: true })
  bidsDueOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  awardedOn: string | null = null;

  @Property({ type: 'date', nullable: true })
  notifiedOn: string | null = null;

  @ManyToMany(() => User, undefined, { pivotTable: 'consultation_agent', joinColumn: 'consultation_id', inverseJoinColumn: 'user_id' })
  agents = new Collection<Rel<User>>(this);

  @ManyToMany(() => Supplier, undefined, { pivotTable: 'consultation_candidate', joinColumn: 'consultation_id', inverseJoinColumn: 'supplier_id' })
  candidates = new Collection<Rel<Supplier>>(this);
}

export enum DeclarationStatus {
  SUBMITTED = 'SUBMITTED',
  UNDER_REVIEW = 'UNDER_REVIEW',
  ACKNOWLEDGED = 'ACKNOWLEDGED',
  ACTION_REQUIRED = 'ACTION_REQUIRED',
  REFUSED = 'REFUSED',
  CLOSED = 'CLOSED',
}

/**
 * A declaration filed by a supplier user. Never edited or deleted once submitted: a correction is
 * an amendment pointing to it. Its flags are computed at submission by `ethics-rules.ts` and kept.
 * An anti-competitive practice report is confidential (the `confidential` filter): its author and
 * the ethics officer only.
 */
@Entity({ tableName: 'declaration' })
@Filter(tenantFilter('supplier'))
@Filter({
  name: 'confidential',
  default: true,
  cond: (args: { userId?: string; seesAll?: boolean }) => {
    if (args.seesAll === true) return {};
    if (typeof args.userId !== 'string') throw new Error('Declarations read without a confidentiality scope');
    return { $or: [{ kind: { $ne: DeclarationKind.ANTI_COMPETITIVE_PRACTICE } }, { author: args.userId }] };
  },
})
export class Declaration extends BaseEntity {
  @ManyToOne(() => Supplier, { deleteRule: 'restrict' })
  supplier!: Rel<Supplier>;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  author!: Rel<User>;

  @Enum({ items: () => DeclarationKind })
  kind!: DeclarationKind;

  @Enum({ items: () => DeclarationStatus })
  status: DeclarationStatus & Opt = DeclarationStatus.SUBMITTED;

  /** Whistleblower reports may hide their author and supplier from the officer. */
  @Property({ type: 'boolean' })
  anonymous: boolean & Opt = false;

  /** The gift's or invitation's date; the conflict's start. */
  @Property({ type: 'date', nullable: true })
  eventOn: string | null = null;

  @Property({ type: 'integer', nullable: true })
  valueCents: number | null = null;

  @ManyToOne(() => User, { nullable: true, deleteRule: 'set null' })
  beneficiaryAgent: Rel<User> | null = null;

  @Property({ type: 'string', length: 200, nullable: true })
  beneficiaryDepartment: string | null = null;

  /** Typed in when the beneficiary is not in the directory; matched later by the ethics officer. */
  @Property({ type: 'string', length: 200, nullable: true })
  beneficiaryName: string | null = null;

  /** Kind-specific fields: what, occasion, place, nature, description. */
  @Property({ type: 'json' })
  details: Record<string, string> & Opt = {};

  @ManyToOne(() => Declaration, { nullable: true, deleteRule: 'restrict' })
  amends: Rel<Declaration> | null = null;

  @Property({ type: 'json' })
  flags: DeclarationFlag[] & Opt = [];

  @Property({ type: 'integer', nullable: true })
  capCents: number | null = null;

  @Property({ type: 'integer', nullable: true })
  runningTotalCents: number | null = null;

  @Property({ type: 'json' })
  flagConsultations: string[] & Opt = [];
}

/** The review thread: the officer's comments and status changes, which the supplier reads. */
@Entity({ tableName: 'declaration_comment' })
@Filter(tenantFilter('supplier'))
export class DeclarationComment extends BaseEntity {
  @ManyToOne(() => Declaration, { deleteRule: 'cascade' })
  declaration!: Rel<Declaration>;

  @ManyToOne(() => Supplier, { deleteRule: 'cascade' })
  supplier!: Rel<Supplier>;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  author!: Rel<User>;

  @Property({ type: 'text' })
  body!: string;

  @Enum({ items: () => DeclarationStatus, nullable: true })
  statusFrom: DeclarationStatus | null = null;

  @Enum({ items: () => DeclarationStatus, nullable: true })
  statusTo: DeclarationStatus | null = null;
}

export enum MeetingResponse {
  PENDING = 'PENDING',
  CONFIRMED = 'CONFIRMED',
  REMARKED = 'REMARKED',
}

/** A meeting between agents and a supplier, with the written list of topics (SPEC §3). */
@Entity({ tableName: 'meeting' })
@Filter(tenantFilter('supplier'))
export class Meeting extends BaseEntity {
  @ManyToOne(() => Supplier, { deleteRule: 'restrict' })
  supplier!: Rel<Supplier>;

  @Property({ type: 'date' })
  heldOn!: string;

  @ManyToMany(() => User, undefined, { pivotTable: 'meeting_agent', joinColumn: 'meeting_id', inverseJoinColumn: 'user_id' })
  agents = new Collection<Rel<User>>(this);

  @Property({ type: 'json' })
  topics!: string[];

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  writtenBy!: Rel<User>;

  @Enum({ items: () => MeetingResponse })
  response: MeetingResponse & Opt = MeetingResponse.PENDING;

  @Property({ type: 'text', nullable: true })
  remark: string | null = null;
}
