// The read-path benchmark of SPEC §6 on PostgreSQL with 10 000 suppliers and 1 000 000 invoices:
// the GraphQL server (src/main.ts, NODE_ENV=production) and the hand-written endpoint
// (raw-endpoint.ts), each in its own process, under the same load (autocannon, 10 connections,
// signed-in suppliers taken in turn). Prints req/s, p50, p99, the ratio GraphQL/raw, the SQL
// statements per request and the yearly report's time. Asserts nothing but that both answer the
// same JSON.
import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/core';
import type { SqlEntityManager } from '@mikro-orm/knex';
import autocannon from 'autocannon';
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { once } from 'node:events';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import { loadConfig } from '../src/app/config.js';
import { startApp } from '../src/app/server.js';
import { newSecret } from '../src/modules/identity/tokens.js';
import { spaserReport } from '../src/modules/report/report.service.js';
import { internalScope } from '../src/shared/tenant.js';
import { benchDatabaseUrl, openBenchDatabase } from './database.js';
import { BENCH, generate } from './generate.js';
import { DASHBOARD_QUERY, LIST_QUERY } from './queries.js';

const here = dirname(fileURLToPath(import.meta.url));
const SECONDS = Number(process.env.BENCH_SECONDS ?? 15);
const CONNECTIONS = 10;
const SESSIONS = 200;
const GRAPHQL_PORT = 4510;
const RAW_PORT = 4511;

/** Sessions of suppliers spread over the data set (each holds about 100 invoices). */
async function openSessions(orm: MikroORM): Promise<string[]> {
  const knex = (orm.em as SqlEntityManager).getKnex();
  const users = (await knex('user_account').select('id').where('kind', 'SUPPLIER').orderBy('email').limit(SESSIONS)) as { id: string }[];
  const now = new Date();
  const tokens = users.map(() => newSecret());
  await knex('session').insert(
    users.map((u, i) => ({ id: randomUUID(), created_at: now, updated_at: now, token_hash: tokens[i]!.hash, user_id: u.id, expires_at: new Date(now.getTime() + 86_400_000) })),
  );
  return tokens.map((t) => `spaser_session=${t.secret}`);
}

function serve(script: string, args: string[], port: number, url: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], {
    cwd: join(here, '..'),
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: url, PORT: String(port), LOG_LEVEL: 'warn', RUN_JOBS: 'false', MFA_KEY: 'bench-'.padEnd(44, 'k') },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = async () => {
      try {
        await fetch(`http://127.0.0.1:${port}/healthz`); // any answer: it listens
        return resolve(child);
      } catch {
        if (Date.now() - started > 60_000) return reject(new Error(`${script} did not start`));
        setTimeout(poll, 300);
      }
    };
    child.once('exit', (code) => reject(new Error(`${script} exited with ${code}`)));
    void poll();
  });
}

async function stop(child: ChildProcess) {
  child.kill('SIGTERM');
  await once(child, 'exit');
}

type Target = { name: string; url: string; body?: string };

async function measure(target: Target, cookies: string[]) {
  let next = 0;
  const options = {
    url: target.url,
    connections: CONNECTIONS,
    method: 'POST' as const,
    headers: { 'content-type': 'application/json' },
    body: target.body ?? '{}',
    requests: [{ setupRequest: (req: Record<string, any>) => ({ ...req, headers: { ...req.headers, cookie: cookies[next++ % cookies.length] } }) }],
  };
  await autocannon({ ...options, duration: 3 }); // warm-up: JIT, pools, the rate cache
  const r = await autocannon({ ...options, duration: SECONDS });
  if (r.non2xx || r.errors) throw new Error(`${target.name}: ${r.non2xx} non-2xx answers, ${r.errors} errors`);
  return { name: target.name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

async function post(url: string, body: string, cookie: string) {
  const res = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body });
  return (await res.json()) as unknown;
}

/** SQL statements per GraphQL request, counted on an in-process server over the same database. */
async function statementsPerRequest(url: string, cookie: string): Promise<Record<string, number>> {
  const orm = await openBenchDatabase(url);
  const app = await startApp({ ...loadConfig({ NODE_ENV: 'production', PORT: '0', RUN_JOBS: 'false', MFA_KEY: 'bench-'.padEnd(44, 'k') }), database: { dialect: 'postgresql', url } }, orm, 0);
  const knex = (orm.em as SqlEntityManager).getKnex();
  const counts: Record<string, number> = {};
  try {
    for (const [name, body] of [['list page', LIST_QUERY], ['dashboard', DASHBOARD_QUERY]] as const) {
      await post(`${app.url}/graphql`, body, cookie); // the interest-rate cache is warm, as under load
      let n = 0;
      const count = () => n++;
      knex.on('query', count);
      await post(`${app.url}/graphql`, body, cookie);
      knex.off('query', count);
      counts[name] = n;
    }
  } finally {
    await app.stop();
  }
  return counts;
}

async function reportSeconds(orm: MikroORM): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < 3; i++) {
    const started = process.hrtime.bigint();
    await spaserReport(internalScope(orm.em.fork()), BENCH.year);
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  return times;
}

export async function runLoadBench(): Promise<void> {
  const url = benchDatabaseUrl();
  const orm = await openBenchDatabase(url);
  await generate(orm);
  const cookies = await openSessions(orm);
  const report = await reportSeconds(orm);
  await orm.close();

  const statements = await statementsPerRequest(url, cookies[0]!);
  const graphql = await serve(join(here, '..', 'src', 'main.ts'), [], GRAPHQL_PORT, url);
  const raw = await serve(join(here, 'raw-endpoint.ts'), [], RAW_PORT, url);
  const targets = {
    list: { graphql: { name: 'GraphQL list page', url: `http://127.0.0.1:${GRAPHQL_PORT}/graphql`, body: LIST_QUERY }, raw: { name: 'raw list page', url: `http://127.0.0.1:${RAW_PORT}/raw/invoices?first=50` } },
    dashboard: { graphql: { name: 'GraphQL dashboard', url: `http://127.0.0.1:${GRAPHQL_PORT}/graphql`, body: DASHBOARD_QUERY }, raw: { name: 'raw dashboard', url: `http://127.0.0.1:${RAW_PORT}/raw/dashboard` } },
  };
  try {
    for (const t of Object.values(targets)) {
      for (const cookie of cookies.slice(0, 5)) {
        const [g, r] = [await post(t.graphql.url, t.graphql.body, cookie), await post(t.raw.url, '{}', cookie)];
        if (!isDeepStrictEqual(g, r)) throw new Error(`${t.raw.name} answers other JSON than GraphQL:\n${JSON.stringify(g).slice(0, 400)}\n${JSON.stringify(r).slice(0, 400)}`);
      }
    }
    console.log('  same JSON from both servers: checked on 5 sessions for each query');
    // Alternate the two servers so that neither runs on a cooler machine.
    const rows = [];
    for (const t of Object.values(targets)) {
      const r = await measure(t.raw, cookies);
      const g = await measure(t.graphql, cookies);
      rows.push({ g, r });
    }
    console.log(`\n  ${CONNECTIONS} connections, ${SECONDS} s each after a 3 s warm-up, ${SESSIONS} supplier sessions in turn`);
    console.log('  target                 req/s    p50 ms   p99 ms');
    for (const { g, r } of rows) {
      for (const x of [g, r]) console.log(`  ${x.name.padEnd(20)} ${String(Math.round(x.rps)).padStart(7)} ${String(x.p50).padStart(8)} ${String(x.p99).padStart(8)}`);
    }
    const [list, dash] = rows as [(typeof rows)[0], (typeof rows)[0]];
    console.log(`\n  ratio GraphQL/raw: list page ${(list.g.rps / list.r.rps).toFixed(2)}× (target ≥ 0.5), dashboard ${(dash.g.rps / dash.r.rps).toFixed(2)}× (target ≥ 0.7)`);
  } finally {
    await stop(graphql);
    await stop(raw);
  }
  console.log(`  SQL statements per GraphQL request (session lookup included): list page ${statements['list page']} (target ≤ 3), dashboard ${statements.dashboard}; the raw endpoint: 2 each`);
  const sorted = [...report].sort((a, b) => a - b);
  console.log(`  yearly report ${BENCH.year} (90 000 invoices paid in the year, 1 000 000 in all): ${report.map((s) => s.toFixed(3)).join(' s, ')} s, median ${sorted[1]!.toFixed(3)} s (target < 0.5 s)`);
}
