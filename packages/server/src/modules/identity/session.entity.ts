import { Entity, ManyToOne, type Opt, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import { User } from './user.entity.js';

/**
 * A server-side session, shared by every server instance through the database. The cookie holds a
 * random token; only its SHA-256 is stored, so a database leak yields no usable session.
 */
@Entity({ tableName: 'session' })
export class Session extends BaseEntity {
  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;

  /** Half-authenticated: the password was right but the second factor is still due (only MFA mutations work). */
  @Property({ type: 'boolean' })
  mfaPending: boolean & Opt = false;

  @Property({ type: 'string', length: 64, nullable: true })
  ip: string | null = null;

  @Property({ type: 'string', length: 255, nullable: true })
  userAgent: string | null = null;
}
