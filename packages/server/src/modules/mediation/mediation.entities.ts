import { Entity, Enum, Filter, Index, ManyToOne, type Opt, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import { TENANT_FILTER, type TenantScope, tenantFilter } from '../../shared/tenant.js';
import { User } from '../identity/user.entity.js';
import { Supplier } from '../supplier/supplier.entity.js';
import { DisputeStatus, DisputeSubjectKind } from './mediation-rules.js';

/**
 * A dispute (médiation) a supplier opened about one of its invoices, contracts or declarations.
 * The subject is kept by kind and id (checked through the tenant filter when opened) with a label
 * copied at opening (invoice number, contract reference, declaration kind and date), so that the
 * mediator's queue needs no join to three tables. The dates the report counts are stored.
 */
@Entity({ tableName: 'dispute' })
@Filter(tenantFilter('supplier'))
@Index({ properties: ['status', 'createdAt'] })
@Index({ properties: ['supplier', 'createdAt'] })
export class Dispute extends BaseEntity {
  @ManyToOne(() => Supplier, { deleteRule: 'restrict' })
  supplier!: Rel<Supplier>;

  /** The supplier user who opened it: the e-mails about it go to them. */
  @ManyToOne(() => User, { deleteRule: 'restrict' })
  openedBy!: Rel<User>;

  @Enum({ items: () => DisputeSubjectKind })
  subjectKind!: DisputeSubjectKind;

  @Property({ type: 'uuid' })
  subjectId!: string;

  @Property({ type: 'string', length: 300 })
  subjectLabel!: string;

  /** The supplier's subject line. */
  @Property({ type: 'string', length: 200 })
  title!: string;

  @Enum({ items: () => DisputeStatus })
  status: DisputeStatus & Opt = DisputeStatus.OPEN;

  /** Paris calendar day of opening: the year the report counts it in. */
  @Property({ type: 'date' })
  openedOn!: string;

  @Property({ type: 'datetime', nullable: true })
  firstAnswerAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  closedAt: Date | null = null;

  @Property({ type: 'date', nullable: true })
  closedOn: string | null = null;

  /** Calendar days from opening to closing, stored at closing (`daysToClose`). */
  @Property({ type: 'integer', nullable: true })
  daysToClose: number | null = null;

  /** The last message or move, for the queue's order and "waiting since". */
  @Property({ type: 'datetime' })
  lastActivityAt: Date & Opt = new Date();
}

/**
 * One entry of a dispute's thread: a message, a status move (with its comment), or a mediator's
 * internal note. A supplier's session never loads internal notes: its tenant filter adds
 * `internal = false` to the supplier condition (failing closed like every tenant filter).
 */
@Entity({ tableName: 'dispute_message' })
@Filter({
  name: TENANT_FILTER,
  default: true,
  cond: (args: Partial<TenantScope>) => {
    const own = tenantFilter('supplier').cond(args);
    return args.internal === true ? own : { ...own, internal: false };
  },
})
@Index({ properties: ['dispute', 'createdAt'] })
export class DisputeMessage extends BaseEntity {
  @ManyToOne(() => Dispute, { deleteRule: 'cascade' })
  dispute!: Rel<Dispute>;

  @ManyToOne(() => Supplier, { deleteRule: 'restrict' })
  supplier!: Rel<Supplier>;

  @ManyToOne(() => User, { deleteRule: 'restrict' })
  author!: Rel<User>;

  /** Whether the author wrote as the mediator (the supplier sees "the mediator", not the agent's name). */
  @Property({ type: 'boolean' })
  fromMediator!: boolean;

  /** A mediator's note that the supplier never sees. */
  @Property({ type: 'boolean' })
  internal: boolean & Opt = false;

  @Property({ type: 'text' })
  body!: string;

  @Enum({ items: () => DisputeStatus, nullable: true })
  statusFrom: DisputeStatus | null = null;

  @Enum({ items: () => DisputeStatus, nullable: true })
  statusTo: DisputeStatus | null = null;
}
