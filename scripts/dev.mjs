#!/usr/bin/env node
// Development mode: the API with reload on change (tsx watch, port 4000) and Vite with hot module
// replacement (port 5173, proxying /graphql, /healthz, /uploads and /exports to the API). Open http://localhost:5173.
import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const children = [
  spawn(join(root, 'packages/server/node_modules/.bin/tsx'), ['watch', '--clear-screen=false', 'src/main.ts'], {
    cwd: join(root, 'packages/server'),
    stdio: 'inherit',
    env: { ...process.env, INIT_CWD: process.env.INIT_CWD ?? root },
  }),
  spawn(join(root, 'packages/web/node_modules/.bin/vite'), [], { cwd: join(root, 'packages/web'), stdio: 'inherit' }),
];
const stop = () => children.forEach((c) => c.kill('SIGTERM'));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
for (const c of children) c.on('exit', (code) => { stop(); process.exitCode = code ?? 0; });
