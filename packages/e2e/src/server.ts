import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../..', import.meta.url));
const serverMain = join(root, 'packages/server/dist/main.js');
const webIndex = join(root, 'packages/web/dist/index.html');

export interface RunningServer {
  url: string;
  stop(): Promise<void>;
}

/**
 * Starts the built server on a free port, on a fresh database: a temporary SQLite file, or
 * E2E_DATABASE_URL (an empty PostgreSQL database in CI). The server migrates it and seeds the demo
 * accounts, then logs `{"msg":"listening","url":…}`. No SMTP: mail goes to the development outbox.
 */
export async function startServer(): Promise<RunningServer> {
  for (const [file, what] of [
    [serverMain, 'The server'],
    [webIndex, 'The web app'],
  ] as const) {
    if (!existsSync(file)) throw new Error(`${what} is not built (${file} is missing): run \`pnpm run build\` at the repository root first.`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'spaser-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: '0',
    NODE_ENV: 'test',
    // The real second factor for the strongest agent roles (the demo agents are enrolled: browser.ts signIn).
    MFA_REQUIRED: 'true',
    DATABASE_URL: process.env.E2E_DATABASE_URL || `sqlite:${join(dir, 'e2e.sqlite')}`,
  };
  for (const name of ['SMTP_URL', 'PUBLIC_URL', 'WEB_DIST', 'COOKIE_SECURE', 'TRUST_PROXY']) delete env[name];
  // Each browser context says it is its own client (X-Forwarded-For, see browser.ts): the suite signs in
  // more often than the per-address limit allows one real client, and the limit itself is a server test.
  env.TRUST_PROXY = 'true';

  // The node process itself (not a package manager in between), so that SIGTERM reaches it.
  const child = spawn(process.execPath, [serverMain], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  const remember = (line: string) => {
    log.push(line);
    if (log.length > 200) log.shift();
  };
  createInterface({ input: child.stderr! }).on('line', remember);
  const stdout = createInterface({ input: child.stdout! });

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => fail('did not report "listening" within 60 s'), 60_000);
    function fail(why: string) {
      clearTimeout(timer);
      child.kill('SIGKILL');
      reject(new Error(`The server ${why}. Its last output:\n${log.join('\n')}`));
    }
    child.once('exit', (code, signal) => fail(`exited (${signal ?? code}) before listening`));
    stdout.on('line', (line) => {
      remember(line);
      if (!line.startsWith('{')) return;
      try {
        const entry = JSON.parse(line) as { msg?: string; url?: string };
        if (entry.msg === 'listening' && entry.url) {
          clearTimeout(timer);
          child.removeAllListeners('exit');
          resolve(entry.url);
        }
      } catch {
        // Not a log entry: the demo accounts banner, for instance.
      }
    });
  });

  return { url, stop: () => stop(child, dir) };
}

async function stop(child: ChildProcess, dir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(timer);
  }
  rmSync(dir, { recursive: true, force: true });
}
