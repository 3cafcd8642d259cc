import type { MikroORM } from '@mikro-orm/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openOrm } from '../app/orm.config.js';
import { type TestDatabase, openTestDatabase } from '../test/db.js';
import { migrationsFor } from './migrations/index.js';

/**
 * SQLite's schema diff always reports enum columns (their CHECK constraints cannot be compared),
 * so on SQLite the proof is structural: the database the migrations build equals, table by table,
 * column by column, index by index and key by key, the one MikroORM creates from the entities.
 */
async function sqliteStructure(orm: MikroORM) {
  const conn = orm.em.getConnection();
  const tables: { name: string; sql: string }[] = await conn.execute(
    "select name, sql from sqlite_master where type = 'table' and name not like 'sqlite_%' and name <> 'mikro_orm_migrations' order by name",
  );
  const out: Record<string, unknown> = {};
  for (const { name, sql } of tables) {
    const indexes: { name: string; unique: number }[] = await conn.execute(`pragma index_list('${name}')`);
    out[name] = {
      // Column order is not compared: a migration appends what a fresh schema would place elsewhere.
      columns: ((await conn.execute(`pragma table_info('${name}')`)) as { cid: number; name: string }[])
        .map(({ cid: _cid, ...c }) => c)
        .sort((a, b) => a.name.localeCompare(b.name)),
      checks: sql.match(/check \([^)]*\)/g)?.sort() ?? [],
      indexes: await Promise.all(
        indexes
          .sort((a, b) => a.name.localeCompare(b.name))
          .map(async (i) => ({ name: i.name, unique: i.unique, columns: ((await conn.execute(`pragma index_info('${i.name}')`)) as { name: string }[]).map((c) => c.name) })),
      ),
      foreignKeys: ((await conn.execute(`pragma foreign_key_list('${name}')`)) as Record<string, unknown>[]).map(({ id: _id, seq: _seq, ...fk }) => fk),
    };
  }
  return out;
}

describe('migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await openTestDatabase({ migrate: false });
  });
  afterAll(() => db.close());

  it('bring an empty database to exactly what the entities describe', async () => {
    const applied = await db.orm.getMigrator().up();
    expect(applied.map((m) => m.name)).toEqual(migrationsFor(db.database.dialect).map((m) => m.name));
    if (db.database.dialect === 'postgresql') {
      const diff = await db.orm.getSchemaGenerator().getUpdateSchemaSQL({ wrap: false, safe: false });
      expect(diff.trim()).toBe('');
      return;
    }
    const fromEntities = await openOrm({ dialect: 'sqlite', path: ':memory:' });
    try {
      await fromEntities.getSchemaGenerator().createSchema();
      const expected = await sqliteStructure(fromEntities);
      expect(Object.keys(expected).length).toBeGreaterThan(3);
      expect(await sqliteStructure(db.orm)).toEqual(expected);
    } finally {
      await fromEntities.close(true);
    }
  });

  it('are all recorded, so running them again does nothing', async () => {
    expect(await db.orm.getMigrator().up()).toEqual([]);
    expect(await db.orm.getMigrator().getPendingMigrations()).toEqual([]);
  });

  it('exist in both series under the same names', () => {
    const names = (d: 'sqlite' | 'postgresql') => migrationsFor(d).map((m) => m.name.replace(/^Migration\d+_/, ''));
    expect(names('sqlite')).toEqual(names('postgresql'));
  });
});
