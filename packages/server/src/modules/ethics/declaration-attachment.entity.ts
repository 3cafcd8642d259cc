import { Entity, Filter, Index, ManyToOne, Property, type Rel } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import { tenantFilter } from '../../shared/tenant.js';
import { Supplier } from '../supplier/supplier.entity.js';
import { Declaration } from './ethics.entities.js';

/**
 * A file joined to a declaration at submission (never changed afterwards, like the declaration).
 * Kept in the database, so every instance serves it and a backup holds it; the checks on size and
 * type are in `attachment-rules.ts`.
 */
@Entity({ tableName: 'declaration_attachment' })
@Filter(tenantFilter('supplier'))
@Index({ properties: ['declaration'] })
export class DeclarationAttachment extends BaseEntity {
  @ManyToOne(() => Declaration, { deleteRule: 'restrict' })
  declaration!: Rel<Declaration>;

  @ManyToOne(() => Supplier, { deleteRule: 'restrict' })
  supplier!: Rel<Supplier>;

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Property({ type: 'string', length: 50 })
  mediaType!: string;

  @Property({ type: 'integer' })
  bytes!: number;

  /** SHA-256 of the content, hex: the audit log records it. */
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  /** Loaded only when the file is downloaded. */
  @Property({ type: 'blob', lazy: true })
  content!: Buffer;
}
