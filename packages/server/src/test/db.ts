import type { MikroORM } from '@mikro-orm/core';
import { type Database, parseDatabaseUrl } from '../app/config.js';
import { migrate, openOrm } from '../app/orm.config.js';
import { createScratchDatabase } from '../db/pg-admin.js';

export interface TestDatabase {
  database: Database;
  orm: MikroORM;
  close(): Promise<void>;
}

/** Tests run on in-memory SQLite, or on a fresh PostgreSQL database when DATABASE_URL is postgres://. */
export const usingPostgres = () => parseDatabaseUrl(process.env.DATABASE_URL).dialect === 'postgresql';

export async function freshDatabase(): Promise<{ database: Database; drop: () => Promise<void> }> {
  const configured = process.env.DATABASE_URL;
  if (configured && usingPostgres()) {
    const scratch = await createScratchDatabase(configured, 'spaser_test');
    return { database: { dialect: 'postgresql', url: scratch.url }, drop: scratch.drop };
  }
  return { database: { dialect: 'sqlite', path: ':memory:' }, drop: async () => {} };
}

export async function openTestDatabase(options: { migrate?: boolean } = {}): Promise<TestDatabase> {
  const { database, drop } = await freshDatabase();
  const orm = await openOrm(database);
  if (options.migrate !== false) await migrate(orm);
  return {
    database,
    orm,
    close: async () => {
      if (await orm.isConnected()) await orm.close(true);
      await drop();
    },
  };
}
