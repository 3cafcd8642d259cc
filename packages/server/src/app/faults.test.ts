import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { Agent } from 'node:http';
import { type AddressInfo, connect } from 'node:net';
import { createReadStream, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it, onTestFinished, vi } from 'vitest';
import { createScratchDatabase } from '../db/pg-admin.js';
import { importInvoices } from '../modules/invoice/invoice-import.js';
import { parisDay } from '../shared/calendar.js';
import { startTestApp } from '../test/app.js';
import { buildSupplier, buildSupplierUser, PASSWORD } from '../test/factories.js';
import { loadUntil, type Outcome, send, waitFor } from '../test/http-load.js';
import { importLines, INVOICE_HEADER } from '../test/invoices.js';
import { createPgCluster, type PgCluster } from '../test/pg-cluster.js';
import { loadConfig } from './config.js';
import { migrate, openOrm } from './orm.config.js';
import { startApp } from './server.js';

const serverRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const SIGN_IN = 'mutation($e: String!, $p: String!) { signIn(email: $e, password: $p) { email } }';
const INVOICES = '{ invoices(first: 20) { totalCount edges { node { number status } } } }';
const json = (o: Outcome) => (o.kind === 'answer' ? (JSON.parse(o.body) as { data?: any; errors?: { message: string; extensions?: { code?: string } }[] }) : null);

/** Whether an outcome is a correct invoice list of `count` invoices. */
const listed = (o: Outcome, count: number) => o.kind === 'answer' && o.status === 200 && json(o)!.data?.invoices.totalCount === count;
/** Whether an outcome is the clean outage answer: 503, SERVICE_UNAVAILABLE, nothing internal. */
const unavailable = (o: Outcome) =>
  o.kind === 'answer' && o.status === 503 && !/select|insert|postgres|knex|econn|at .*\.[jt]s/i.test(o.body) && (o.body.includes('"status":"unavailable"') || json(o)!.errors?.[0]?.extensions?.code === 'SERVICE_UNAVAILABLE');

/** A fresh database in the cluster, migrated, with a supplier user who has `invoices` invoices. */
async function seeded(cluster: PgCluster, name: string, invoices = 0) {
  const database = { dialect: 'postgresql' as const, url: (await createScratchDatabase(cluster.url, name)).url };
  const orm = await openOrm(database);
  await migrate(orm);
  const supplier = await buildSupplier(orm.em);
  const user = await buildSupplierUser(orm.em, supplier);
  if (invoices) await importLines(orm.em, Array.from({ length: invoices }, (_, i) => `${supplier.siret};L-${i};01/06/2025;;100;120;déposée;02/06/2025;;`));
  return { database, orm, supplier, user };
}

async function countRows(url: string, sql: string): Promise<number> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return Number((await client.query(sql)).rows[0].n);
  } finally {
    await client.end();
  }
}

describe('faults on a PostgreSQL cluster of its own', () => {
  let cluster: PgCluster;
  beforeAll(async () => {
    cluster = await createPgCluster();
  });
  afterAll(() => cluster?.destroy());

  it('PostgreSQL restarted under load: the server stays up, answers 503 meanwhile, then the pool recovers', async () => {
    const { database, orm, user } = await seeded(cluster, 'restart', 30);
    const app = await startApp({ ...loadConfig({ NODE_ENV: 'test', PORT: '0' }), database }, orm, 0);
    try {
      const signedIn = await send(`${app.url}/graphql`, { body: { query: SIGN_IN, variables: { e: user.email, p: PASSWORD } } });
      const cookie = String((signedIn.kind === 'answer' && signedIn.headers['set-cookie']?.[0]) || '').split(';')[0]!;
      expect(cookie).toMatch(/^spaser_session=/);

      // The outage is logged as errors (one per failed request): kept out of the test output.
      const logged = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
      onTestFinished(() => logged.mockRestore());
      const times = { stopping: Infinity, down: Infinity, starting: Infinity, up: Infinity };
      const outcomes: Outcome[] = [];
      const isHealth = (o: Outcome) => o.kind === 'answer' && /"database"/.test(o.body);
      const count = (phase: (o: Outcome) => boolean, health: boolean) => outcomes.filter((o) => phase(o) && isHealth(o) === health).length;
      const before = (o: Outcome) => o.endedAt < times.stopping;
      const during = (o: Outcome) => o.startedAt > times.down && o.endedAt < times.starting;
      const after = (o: Outcome) => o.startedAt > times.up;
      // Each phase lasts until enough requests went through it (a busy machine only makes it longer).
      const enough = (phase: (o: Outcome) => boolean) => waitFor(() => count(phase, true) >= 5 && count(phase, false) >= 20);
      const fault = (async () => {
        await enough(before);
        times.stopping = performance.now();
        await cluster.stop('fast');
        times.down = performance.now();
        await enough(during);
        times.starting = performance.now();
        await cluster.start();
        times.up = performance.now();
        await enough(after);
      })();
      const paths = (w: number) => (w === 0 ? send(`${app.url}/healthz`) : send(`${app.url}/graphql`, { body: { query: INVOICES }, headers: { cookie } }));
      await loadUntil(5, paths, fault, outcomes);
      await fault;

      // Every request got an answer (the process never went away): a good one, or the clean 503.
      expect(outcomes.filter((o) => !(listed(o, 30) || unavailable(o) || (isHealth(o) && o.kind === 'answer' && o.status === 200)))).toEqual([]);
      expect(outcomes.filter(before).filter((o) => o.kind !== 'answer' || o.status !== 200)).toEqual([]);
      expect(outcomes.filter(during).filter((o) => !unavailable(o))).toEqual([]);
      // Back up: every request started after the restart succeeds (the pool dropped its dead connections).
      expect(outcomes.filter(after).filter((o) => o.kind !== 'answer' || o.status !== 200)).toEqual([]);
    } finally {
      await app.stop();
    }
  }, 60_000);

  it('the server cut off in the middle of an import: whole chunks only, and re-running the file completes it without duplicates', async () => {
    const { database, orm, supplier } = await seeded(cluster, 'import');
    const total = 5000;
    const dir = mkdtempSync(join(tmpdir(), 'spaser-faults-'));
    onTestFinished(() => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'factures.csv');
    writeFileSync(file, [INVOICE_HEADER, ...Array.from({ length: total }, (_, i) => `${supplier.siret};I-${i};01/06/2025;;100;120;déposée;02/06/2025;;`)].join('\n'));
    // As the CLI runs it (cli.ts import-invoices), with a crash-like stop once the first chunk is in.
    const options = { dryRun: false, fileName: 'factures.csv', actor: 'cli', today: parisDay(new Date()) };
    let stopped: Promise<void> | null = null;
    const cut = importInvoices(orm.em.fork(), createReadStream(file), { ...options, afterChunk: () => void (stopped ??= cluster.stop('immediate')) });
    await expect(cut).rejects.toThrow();
    await stopped;
    await cluster.start();

    const invoices = await countRows(database.url, 'select count(*) as n from invoice');
    const events = await countRows(database.url, 'select count(*) as n from invoice_event');
    // Each chunk (1000 lines) is one transaction: none is half written.
    expect(invoices).toBeGreaterThanOrEqual(1000);
    expect(invoices).toBeLessThan(total);
    expect(invoices % 1000).toBe(0);
    expect(events).toBe(invoices);
    expect(await countRows(database.url, 'select count(*) as n from import_batch')).toBe(0);

    const report = await importInvoices(orm.em.fork(), createReadStream(file), options);
    expect(report).toMatchObject({ created: total - invoices, unchanged: invoices, updated: 0, rejected: [] });
    expect(await countRows(database.url, 'select count(distinct number) as n from invoice')).toBe(total);
    expect(await countRows(database.url, 'select count(*) as n from invoice')).toBe(total);
    expect(await countRows(database.url, 'select count(*) as n from invoice_event')).toBe(total);
    expect(await countRows(database.url, 'select count(*) as n from import_batch')).toBe(1);
    await orm.close(true);
  }, 60_000);

  it('SIGTERM under load: in-flight sign-ins get their whole answer, new connections are refused, the process exits 0', async () => {
    const { database, orm, supplier } = await seeded(cluster, 'sigterm', 10);
    const users = await Promise.all(Array.from({ length: 10 }, () => buildSupplierUser(orm.em, supplier)));
    await orm.close(true);
    // The entry point itself, through tsx, as one node process (the signal reaches it).
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      cwd: serverRoot,
      env: { ...process.env, DATABASE_URL: database.url, PORT: '0', NODE_ENV: 'test', LOG_LEVEL: 'info', TRUST_PROXY: 'true', SMTP_URL: '' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    onTestFinished(() => void (child.exitCode === null && child.kill('SIGKILL')));
    const log: string[] = [];
    createInterface({ input: child.stderr! }).on('line', (l) => log.push(l));
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout! }).on('line', (l) => {
        log.push(l);
        const m = /"msg":"listening","url":"([^"]+)"/.exec(l);
        if (m) resolve(m[1]!);
      });
      void exited.then((code) => reject(new Error(`the server exited (${code}) before listening:\n${log.join('\n')}`)));
    });

    // Kept-alive connections, opened beforehand: what is in flight is a request written to a
    // connection the server has accepted (one still in the listen queue is the kernel's to refuse).
    const signIns = new Agent({ keepAlive: true, maxSockets: users.length });
    const loadAgent = new Agent({ keepAlive: true, maxSockets: 3 });
    onTestFinished(() => [signIns, loadAgent].forEach((a) => a.destroy()));
    const signIn = (i: number, sent?: () => void) =>
      send(`${url}/graphql`, { body: { query: SIGN_IN, variables: { e: users[i]!.email, p: PASSWORD } }, headers: { 'x-forwarded-for': `10.0.0.${i + 1}` }, agent: signIns, sent });
    const first = await send(`${url}/graphql`, { body: { query: SIGN_IN, variables: { e: users[0]!.email, p: PASSWORD } } });
    const cookie = String((first.kind === 'answer' && first.headers['set-cookie']?.[0]) || '').split(';')[0]!;

    let signalled = Infinity;
    let inFlight: Promise<Outcome>[] = [];
    const load: Outcome[] = [];
    const terminated = waitFor(() => load.length >= 9).then(async () => {
      await Promise.all(users.map(() => send(`${url}/healthz`, { agent: signIns })));
      // Ten sign-ins (argon2id, ~50 ms each, on two cores) are written; the signal comes at once.
      let written = 0;
      await new Promise<void>((resolve) => {
        inFlight = users.map((_, i) => signIn(i, () => ++written === users.length && resolve()));
      });
      signalled = performance.now();
      child.kill('SIGTERM');
      return exited;
    });
    await loadUntil(3, () => send(`${url}/graphql`, { body: { query: INVOICES }, headers: { cookie }, agent: loadAgent }), terminated, load);
    const code = await terminated;
    const answers = await Promise.all(inFlight);

    expect(code, log.join('\n')).toBe(0);
    for (const [i, a] of answers.entries()) {
      expect(a.kind === 'answer' && a.status, JSON.stringify(a)).toBe(200);
      expect(json(a)!.data.signIn.email).toBe(users[i]!.email);
    }
    // They were still being served when the signal came.
    expect(answers.filter((a) => a.endedAt > signalled).length).toBeGreaterThan(0);
    // The load: whole answers to everything sent before the signal; after it, whole answers until
    // the server stopped listening, then new connections refused (or dropped from the listen queue).
    const network = (o: Outcome) => o.kind === 'network' && /^(ECONNREFUSED|ECONNRESET)$/.test(o.code);
    expect(load.filter((o) => !(listed(o, 10) || (o.startedAt > signalled && network(o))))).toEqual([]);
    expect(load.filter((o) => o.startedAt < signalled).length).toBeGreaterThanOrEqual(9);
    expect(load.some((o) => o.kind === 'network' && o.code === 'ECONNREFUSED')).toBe(true);
    expect((await send(`${url}/healthz`)).kind).toBe('network');
    expect(log.some((l) => l.includes('"msg":"shutting down"') && l.includes('SIGTERM'))).toBe(true);
  }, 90_000);
});

describe('stopping while a kept-alive connection delivers a request', () => {
  it('answers it in full with "connection: close", and does not wait for the keep-alive timeout', async () => {
    const t = await startTestApp();
    const socket = connect((t.app.http.address() as AddressInfo).port, '127.0.0.1');
    await Promise.all([once(socket, 'connect'), once(t.app.http, 'connection')]);
    const received: Buffer[] = [];
    socket.on('data', (c: Buffer) => received.push(c));
    // Written, and the stop begins in the same tick: the server has not read the request yet.
    socket.write('GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n');
    const began = performance.now();
    const stopped = t.app.stop();
    await once(socket, 'close');
    await stopped;
    const answer = Buffer.concat(received).toString('utf8');
    expect(answer).toMatch(/^HTTP\/1\.1 200 /);
    expect(answer).toMatch(/\r\nconnection: close\r\n/i);
    expect(answer).toContain('"database":"up"');
    expect(performance.now() - began).toBeLessThan(t.app.http.keepAliveTimeout);
    await t.db.close();
  });
});
