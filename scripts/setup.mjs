#!/usr/bin/env node
// Makes a fresh machine of this kind (Node 20 and npm only) ready: the pinned pnpm, the workspace's
// packages (better-sqlite3 compiles from source here, which needs Node's headers from /usr), and,
// with --chromium, Debian's Chromium for the browser tests. Fast when everything is already there.
import { execSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const pinned = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).packageManager.split('@')[1];
const env = { ...process.env };
if (!env.npm_config_nodedir && existsSync('/usr/include/node/node.h')) env.npm_config_nodedir = '/usr';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`setup: "${cmd} ${args.join(' ')}" failed`);
    process.exit(r.status ?? 1);
  }
}

function version(cmd) {
  try {
    return execSync(`${cmd} --version`, { env, stdio: ['ignore', 'pipe', 'ignore'] }).toString().trim();
  } catch {
    return null;
  }
}

if (version('pnpm') !== pinned) {
  console.log(`setup: installing pnpm ${pinned}`);
  run('npm', ['install', '--global', `pnpm@${pinned}`]);
}

// The install is current when the lockfile and the manifests are those of the last install here.
const lock = join(root, 'pnpm-lock.yaml');
const stamp = join(root, 'node_modules', '.setup-stamp');
const digest = createHash('sha256');
for (const f of ['pnpm-lock.yaml', 'pnpm-workspace.yaml', 'package.json', 'packages/server/package.json', 'packages/web/package.json', 'packages/e2e/package.json']) {
  if (existsSync(join(root, f))) digest.update(readFileSync(join(root, f)));
}
const wanted = digest.digest('hex');
if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== wanted) {
  console.log('setup: installing the workspace packages');
  run('pnpm', ['install', existsSync(lock) ? '--frozen-lockfile' : '--no-frozen-lockfile']);
  writeFileSync(stamp, wanted);
}

if (process.argv.includes('--chromium') && !existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium')) {
  console.log("setup: installing Debian's Chromium for the browser tests");
  const apt = spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit' });
  if (apt.status !== 0) {
    run('apt-get', ['update']);
    run('apt-get', ['install', '-y', 'chromium']);
  }
}
