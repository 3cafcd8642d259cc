import { execFile } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * A throw-away PostgreSQL cluster in a temporary folder, for tests that stop and restart the
 * database under the app (never the shared server). PostgreSQL refuses to run as root: as root,
 * the folder is given to the `postgres` user and every command runs as that user.
 */
export interface PgCluster {
  /** postgres://postgres@127.0.0.1:PORT/postgres (trust authentication, local only). */
  url: string;
  port: number;
  start(): Promise<void>;
  /** `fast` ends sessions cleanly; `immediate` kills the server as a crash would. */
  stop(mode?: 'fast' | 'immediate'): Promise<void>;
  restart(mode?: 'fast' | 'immediate'): Promise<void>;
  /** Stops the server (if running) and deletes the folder. */
  destroy(): Promise<void>;
  /** The server's log, for failure messages. */
  logFile: string;
}

/** initdb and pg_ctl: PG_BIN, then Debian's versioned folders (newest first), then PATH. */
function binDir(): string {
  const debian = existsSync('/usr/lib/postgresql')
    ? readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)).map((v) => join('/usr/lib/postgresql', v, 'bin'))
    : [];
  const candidates = [process.env.PG_BIN, ...debian, ...(process.env.PATH ?? '').split(delimiter)].filter((d): d is string => !!d);
  const found = candidates.find((d) => existsSync(join(d, 'initdb')) && existsSync(join(d, 'pg_ctl')));
  if (!found) {
    throw new Error('PostgreSQL server binaries (initdb, pg_ctl) not found: install PostgreSQL (e.g. postgresql-15) or set PG_BIN to their folder.');
  }
  return found;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function postgresUser(): Promise<{ uid: number; gid: number } | null> {
  if (process.getuid?.() !== 0) return null;
  const [uid, gid] = await Promise.all([run('id', ['-u', 'postgres']), run('id', ['-g', 'postgres'])]).catch(() => {
    throw new Error('Running as root, and there is no `postgres` user to run the test PostgreSQL server as.');
  });
  return { uid: Number(uid.stdout), gid: Number(gid.stdout) };
}

export async function createPgCluster(): Promise<PgCluster> {
  const bin = binDir();
  const owner = await postgresUser();
  const dir = mkdtempSync(join(tmpdir(), 'spaser-pg-'));
  if (owner) chownSync(dir, owner.uid, owner.gid);
  const data = join(dir, 'data');
  const logFile = join(dir, 'server.log');
  const port = await freePort();

  const pg = async (tool: string, args: string[]) => {
    const [file, argv] = owner ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] : [join(bin, tool), args];
    try {
      await run(file, argv, { cwd: dir, timeout: 60_000 });
    } catch (error) {
      const e = error as { stderr?: string; message: string };
      throw new Error(`${tool} ${args.join(' ')} failed: ${e.stderr || e.message}`);
    }
  };

  await pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync', '--no-instructions']);
  // In the configuration file, so that every start (after a stop or a crash) uses the same settings.
  const settings = {
    port,
    listen_addresses: "'127.0.0.1'",
    unix_socket_directories: `'${dir}'`,
    // Speed without losing a commit when the server is killed (`immediate`): the operating system
    // keeps what PostgreSQL wrote, so only synchronous_commit must stay on.
    fsync: 'off',
    full_page_writes: 'off',
    max_connections: 50,
  };
  writeFileSync(join(data, 'postgresql.auto.conf'), Object.entries(settings).map(([k, v]) => `${k} = ${v}\n`).join(''));
  if (owner) chownSync(join(data, 'postgresql.auto.conf'), owner.uid, owner.gid);

  const start = () => pg('pg_ctl', ['-D', data, '-l', logFile, '-w', '-t', '30', 'start']);
  const stop = (mode: 'fast' | 'immediate' = 'fast') => pg('pg_ctl', ['-D', data, '-w', '-t', '30', '-m', mode, 'stop']);
  await start();
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    logFile,
    start,
    stop,
    restart: async (mode = 'fast') => {
      await stop(mode);
      await start();
    },
    destroy: async () => {
      if (existsSync(join(data, 'postmaster.pid'))) await stop('immediate').catch(() => {});
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
