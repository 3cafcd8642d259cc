import { ArrayType, Entity, Index, ManyToOne, Property, type Rel, Unique } from '@mikro-orm/core';
import { BaseEntity } from '../../shared/base.entity.js';
import type { Role } from '../../shared/roles.js';
import { User } from '../identity/user.entity.js';

/**
 * A personal API token of an agent, for scripts and tools that query GraphQL (`Authorization:
 * Bearer …`). Shown once at creation; only its SHA-256 is stored. It carries at most the agent's
 * roles, and never more than the agent holds when it is used.
 */
@Entity({ tableName: 'api_token' })
@Index({ properties: ['user'] })
export class ApiToken extends BaseEntity {
  @ManyToOne(() => User, { deleteRule: 'cascade' })
  user!: Rel<User>;

  @Property({ type: 'string', length: 100 })
  name!: string;

  @Property({ type: 'string', length: 64 })
  @Unique()
  tokenHash!: string;

  /** The first characters, to recognise a token in a list. */
  @Property({ type: 'string', length: 16 })
  prefix!: string;

  @Property({ type: ArrayType })
  roles: Role[] = [];

  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Property({ type: 'datetime', nullable: true })
  lastUsedAt: Date | null = null;

  @Property({ type: 'datetime', nullable: true })
  revokedAt: Date | null = null;
}
