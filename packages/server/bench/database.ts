import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/core';
import pg from 'pg';
import { parseDatabaseUrl } from '../src/app/config.js';
import { migrate, openOrm } from '../src/app/orm.config.js';

/**
 * The benchmark's own PostgreSQL database, kept between runs (generating a million invoices takes
 * minutes): BENCH_DATABASE_URL, or `spaser_bench` beside DATABASE_URL / the local server.
 */
export function benchDatabaseUrl(): string {
  if (process.env.BENCH_DATABASE_URL) return process.env.BENCH_DATABASE_URL;
  const configured = parseDatabaseUrl(process.env.DATABASE_URL);
  const url = new URL(configured.dialect === 'postgresql' ? configured.url : 'postgres://postgres@127.0.0.1:5432/test');
  url.pathname = '/spaser_bench';
  return url.toString();
}

export async function openBenchDatabase(url: string): Promise<MikroORM> {
  const admin = new URL(url);
  const name = decodeURIComponent(admin.pathname.slice(1));
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    const found = await client.query('select 1 from pg_database where datname = $1', [name]);
    if (!found.rowCount) await client.query(`create database "${name.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
  const orm = await openOrm({ dialect: 'postgresql', url });
  await migrate(orm);
  return orm;
}
