// One import run, in its own process so that its peak memory is its own:
//   tsx bench/import-invoices.ts ROWS   (DATABASE_URL=postgres://… for PostgreSQL; a temp SQLite file otherwise)
// Prints one JSON line: rows, seconds, rows per second, peak resident memory.
import 'reflect-metadata';
import type { SqlEntityManager } from '@mikro-orm/knex';
import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { once } from 'node:events';
import type { Database } from '../src/app/config.js';
import { parseDatabaseUrl } from '../src/app/config.js';
import { migrate, openOrm } from '../src/app/orm.config.js';
import { createScratchDatabase } from '../src/db/pg-admin.js';
import { importInvoices } from '../src/modules/invoice/invoice-import.js';
import { INVOICE_HEADER } from '../src/modules/invoice/invoice-row.js';
import { withLuhnCheckDigit } from '../src/modules/supplier/siret.js';

const rows = Number(process.argv[2] ?? 10_000);
const SUPPLIERS = 2_000;
const tmp = mkdtempSync(join(tmpdir(), 'spaser-bench-'));
const configured = parseDatabaseUrl(process.env.DATABASE_URL);
const scratch = configured.dialect === 'postgresql' ? await createScratchDatabase(configured.url, 'spaser_bench') : null;
const database: Database = scratch ? { dialect: 'postgresql', url: scratch.url } : { dialect: 'sqlite', path: join(tmp, 'bench.sqlite') };
const orm = await openOrm(database);
await migrate(orm);

const sirets = Array.from({ length: SUPPLIERS }, (_, i) => withLuhnCheckDigit(`${withLuhnCheckDigit(String(50_000_000 + i * 13))}0001`));
const knex = (orm.em as SqlEntityManager).getKnex();
const now = new Date();
for (let i = 0; i < SUPPLIERS; i += 500) {
  await knex('supplier').insert(
    sirets.slice(i, i + 500).map((siret, j) => ({
      id: randomUUID(), created_at: now, updated_at: now, identifier_type: 'SIRET', siret, siren: siret.slice(0, 9),
      legal_name: `Fournisseur ${i + j}`, is_regional: false,
    })),
  );
}

// Four status lines per invoice, as an accounting export would have them.
const file = join(tmp, 'factures.csv');
const out = createWriteStream(file);
out.write(INVOICE_HEADER + '\n');
const steps = [['mise à disposition', 3], ['service fait', 10], ['mandatée', 20], ['mise en paiement', 25]] as const;
for (let n = 0; n < rows; n++) {
  const invoice = Math.floor(n / steps.length);
  const [status, day] = steps[n % steps.length]!;
  const month = String((invoice % 12) + 1).padStart(2, '0');
  const line = `${sirets[invoice % SUPPLIERS]};B-${invoice};01/${month}/2025;;1 000,00;1 200,00;${status};${String(day).padStart(2, '0')}/${month}/2025;;\n`;
  if (!out.write(line)) await once(out, 'drain');
}
out.end();
await once(out, 'finish');

// Live heap after a full collection, sampled during the import (when run with --expose-gc).
let liveHeapPeak = 0;
const gc = (globalThis as { gc?: () => void }).gc;
const sampler = gc
  ? setInterval(() => {
      gc();
      liveHeapPeak = Math.max(liveHeapPeak, process.memoryUsage().heapUsed);
    }, 1000)
  : null;
const started = process.hrtime.bigint();
const report = await importInvoices(orm.em, createReadStream(file), { dryRun: false, fileName: 'bench.csv', actor: 'bench', today: '2026-01-01', notify: false, chunkSize: process.env.CHUNK ? Number(process.env.CHUNK) : undefined });
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
if (sampler) clearInterval(sampler);
await orm.close(true);
await scratch?.drop();
rmSync(tmp, { recursive: true, force: true });
if (report.rejected.length) throw new Error(`rejected: ${JSON.stringify(report.rejected.slice(0, 3))}`);
console.log(
  JSON.stringify({
    database: database.dialect,
    rows,
    invoices: report.created,
    seconds: Math.round(seconds * 100) / 100,
    rowsPerSecond: Math.round(rows / seconds),
    peakRssMB: Math.round(process.resourceUsage().maxRSS / 1024),
    ...(gc ? { liveHeapPeakMB: Math.round(liveHeapPeak / 1024 / 1024) } : {}),
  }),
);
