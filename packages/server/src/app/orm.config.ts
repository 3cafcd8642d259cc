import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { type Options, MikroORM } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { migrationsFor } from '../db/migrations/index.js';
import { ensureShippedRates } from '../modules/invoice/interest-rate.service.js';
import type { Database } from './config.js';
import { entities } from './entities.js';

/** One configuration for both dialects; only the driver and the migration list differ. */
export function ormOptions(database: Database): Options {
  const common: Options = {
    entities,
    extensions: [Migrator],
    forceUtcTimezone: true,
    // Plain errors on a missing row; resolvers answer NOT_FOUND themselves.
    findOneOrFailHandler: () => new Error('not found'),
    migrations: {
      migrationsList: migrationsFor(database.dialect),
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: true,
    },
    discovery: { warnWhenNoEntities: false },
    debug: process.env.SQL_DEBUG === 'true',
  };
  if (database.dialect === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: database.url, pool: { min: 0, max: 10 } };
  }
  if (database.path !== ':memory:') mkdirSync(dirname(database.path), { recursive: true });
  return {
    ...common,
    driver: BetterSqliteDriver,
    dbName: database.path,
    // One writer at a time; WAL lets readers go on while it writes.
    pool: { min: 1, max: 1 },
  } as Options;
}

export async function openOrm(database: Database): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(database));
  if (database.dialect === 'sqlite') {
    const conn = orm.em.getConnection();
    await conn.execute('PRAGMA foreign_keys = ON');
    if (database.path !== ':memory:') {
      await conn.execute('PRAGMA journal_mode = WAL');
      await conn.execute('PRAGMA busy_timeout = 5000');
    }
  }
  return orm;
}

/** Applies pending migrations, then inserts missing reference data (the shipped ECB rates). */
export async function migrate(orm: MikroORM): Promise<string[]> {
  const done = await orm.getMigrator().up();
  await ensureShippedRates(orm.em.fork());
  return done.map((m) => m.name);
}
