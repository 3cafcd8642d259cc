#!/usr/bin/env node
// SPEC §6: a first load ships under 200 KB of gzipped JavaScript. "First load" = the entry chunk
// and every chunk it imports statically, recursively (dynamic imports load later, on demand).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const LIMIT = 200 * 1024;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const entries = Object.keys(manifest).filter((key) => manifest[key].isEntry);
if (entries.length === 0) {
  console.error('check-bundle-size: no entry chunk in dist/.vite/manifest.json');
  process.exit(1);
}

const seen = new Set();
function visit(key) {
  if (seen.has(key)) return;
  seen.add(key);
  for (const imported of manifest[key].imports ?? []) visit(imported);
}
entries.forEach(visit);

let total = 0;
for (const key of seen) {
  const file = manifest[key].file;
  if (!file.endsWith('.js')) continue;
  total += gzipSync(readFileSync(join(dist, file))).length;
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const verdict = total <= LIMIT ? 'ok' : 'TOO BIG';
console.log(`First-load JavaScript: ${kb(total)} gzipped in ${seen.size} chunk(s), limit ${kb(LIMIT)}: ${verdict}`);
process.exit(total <= LIMIT ? 0 : 1);
