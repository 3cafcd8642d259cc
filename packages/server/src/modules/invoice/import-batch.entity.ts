import { Entity, Enum, type Opt, Property } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';

export enum ImportKind {
  INVOICES = 'INVOICES',
}

/** One import of a file: what it did, with a digest of its content (the audit log will point here). */
@Entity({ tableName: 'import_batch' })
export class ImportBatch extends BaseEntity {
  @Enum({ items: () => ImportKind })
  kind!: ImportKind;

  @Property({ type: 'string', length: 255 })
  fileName!: string;

  /** SHA-256 of the file's bytes. */
  @Property({ type: 'string', length: 64, nullable: true })
  digest: string | null = null;

  @Property({ type: 'integer' })
  rows: number & Opt = 0;

  @Property({ type: 'integer' })
  created: number & Opt = 0;

  @Property({ type: 'integer' })
  updated: number & Opt = 0;

  @Property({ type: 'integer' })
  unchanged: number & Opt = 0;

  @Property({ type: 'integer' })
  rejected: number & Opt = 0;

  /** Who ran it: an agent's id, or 'cli'. */
  @Property({ type: 'string', length: 60 })
  actor!: string;

  @Property({ type: 'datetime', nullable: true })
  finishedAt: Date | null = null;
}
