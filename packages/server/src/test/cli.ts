import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll } from 'vitest';
import { freshDatabase } from './db.js';

const run = promisify(execFile);
const serverRoot = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface CliRun {
  /** The exit code (0 on success). */
  code: number;
  /** What the command printed: its standard output, or its error output when it failed without one. */
  out: string;
}

/**
 * Runs `src/cli.ts` (through tsx, as `pnpm cli` does) in a process of its own against a fresh
 * database: PostgreSQL when DATABASE_URL is postgres://, otherwise an SQLite file in `dir`, a
 * temporary directory that the test may also use for its input files. Call it inside a `describe`:
 * it creates the database before the tests and drops it after them. `env` is added to every run.
 */
export function cliHarness(name: string, env: NodeJS.ProcessEnv = {}) {
  const dir = mkdtempSync(join(tmpdir(), `spaser-${name}-`));
  let databaseUrl = '';
  let drop: () => Promise<void> = async () => {};
  beforeAll(async () => {
    const fresh = await freshDatabase();
    drop = fresh.drop;
    databaseUrl = fresh.database.dialect === 'postgresql' ? fresh.database.url : `sqlite:${join(dir, 'cli.sqlite')}`;
  });
  afterAll(() => drop());

  /** One command; `--json` is added unless `json` is false; `extra` overrides the environment for this run. */
  async function cli(args: string[], json = true, extra: NodeJS.ProcessEnv = {}): Promise<CliRun> {
    try {
      const { stdout } = await run(join(serverRoot, 'node_modules', '.bin', 'tsx'), ['src/cli.ts', ...args, ...(json ? ['--json'] : [])], {
        cwd: serverRoot,
        env: { ...process.env, DATABASE_URL: databaseUrl, NODE_ENV: 'development', ...env, ...extra },
      });
      return { code: 0, out: stdout };
    } catch (error) {
      const e = error as { code: number; stdout: string; stderr: string };
      return { code: e.code, out: e.stdout || e.stderr };
    }
  }

  /** One command with `--json`: its exit code and the one JSON object it printed (any shape: each command has its own). */
  async function jsonOf(...args: string[]): Promise<{ code: number; json: Record<string, any> }> {
    const { code, out } = await cli(args);
    return { code, json: JSON.parse(out) };
  }

  return { dir, cli, jsonOf };
}
