import { Entity, Enum, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import { User } from './user.entity.js';

export enum TokenPurpose {
  /** An invited user (or a supplier's first owner) chooses a password. */
  SET_PASSWORD = 'SET_PASSWORD',
}

/** A one-time link: the e-mail carries the secret, the database only its SHA-256. */
@Entity({ tableName: 'one_time_token' })
export class OneTimeToken extends BaseEntity {
  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @Enum({ items: () => TokenPurpose })
  purpose!: TokenPurpose;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  usedAt: Date | null = null;
}
