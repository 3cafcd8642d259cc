// `pnpm bench [import|load]`: prints figures, asserts nothing (SPEC §6).
//   import — the invoice import at 10 000 and 100 000 rows, each in its own process so that its
//            memory is its own, on PostgreSQL when DATABASE_URL is postgres://… (SQLite otherwise);
//   load   — the read paths under load against the hand-written baseline, on PostgreSQL with
//            10 000 suppliers and 1 000 000 invoices (load.ts; generated once, then kept).
import { execFileSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runLoadBench } from './load.js';

const here = dirname(fileURLToPath(import.meta.url));
const which = process.argv[2] ?? 'all';

function importBench() {
  // --expose-gc: the run collects garbage once a second to sample its live heap; without it V8 defers
  // collection and the resident size follows the allocation rate rather than what is kept.
  const results = [10_000, 100_000].map((rows) => {
    const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', join(here, 'import-invoices.ts'), String(rows)], {
      cwd: join(here, '..'),
      env: process.env,
      encoding: 'utf8',
    });
    const result = JSON.parse(out.trim().split('\n').at(-1)!) as { rows: number; seconds: number; rowsPerSecond: number; peakRssMB: number; liveHeapPeakMB: number; database: string };
    console.log(
      `  import ${result.database}: ${result.rows} rows in ${result.seconds} s — ${result.rowsPerSecond} rows/s, peak RSS ${result.peakRssMB} MB, live heap peak ${result.liveHeapPeakMB} MB`,
    );
    return result;
  });
  const [small, large] = results as [(typeof results)[0], (typeof results)[0]];
  console.log(`  from 10 000 to 100 000 rows: peak RSS +${large.peakRssMB - small.peakRssMB} MB, live heap +${large.liveHeapPeakMB - small.liveHeapPeakMB} MB (target ≤ 30 MB); 100 000 rows in ${large.seconds} s (target < 30 s)`);
}

if (which === 'all' || which === 'import') {
  console.log('Invoice import');
  importBench();
}
if (which === 'all' || which === 'load') {
  console.log('\nRead paths under load (PostgreSQL, 10 000 suppliers, 1 000 000 invoices)');
  await runLoadBench();
}
