#!/usr/bin/env node
// Size budgets for what a reader downloads, measured gzipped from dist/.
// Prints a table; exits non-zero when a budget is exceeded.
// Usage: node scripts/budgets.mjs [DIST]  (default dist/)
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const KB = 1024;
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const dist = process.argv[2] ?? 'dist';
if (!existsSync(dist)) {
  console.error('budgets: dist/ is missing; run `vite build` first');
  process.exit(1);
}

const files = (dir) => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? files(p) : [p];
});
const all = files(dist);
const js = all.filter((p) => /\.m?js$/.test(p));
const isWorker = (p) => /maplibre-gl-worker/.test(p);
const sum = (paths) => paths.reduce((s, p) => s + gz(p), 0);

const budgets = [
  { name: 'first-view geometry (atlas.topo.json)', paths: all.filter((p) => p.endsWith('atlas.topo.json')), limit: 200 * KB, required: true },
  { name: 'county detail (counties.topo.json)', paths: all.filter((p) => p.endsWith('counties.topo.json')), limit: 600 * KB, required: true },
  { name: 'series (series.json)', paths: all.filter((p) => p.endsWith('series.json')), limit: 150 * KB, required: true },
  // MapLibre is ~300 KB of the main bundle and all of the worker; our code ~35 KB.
  { name: 'JavaScript: main bundle', paths: js.filter((p) => !isWorker(p)), limit: 360 * KB, required: true },
  { name: 'JavaScript: MapLibre worker', paths: js.filter(isWorker), limit: 160 * KB, required: true },
  { name: 'JavaScript: all a reader downloads', paths: js, limit: 500 * KB, required: true },
];

let failed = false;
console.log('budget                                   gzipped     limit  status');
for (const b of budgets) {
  const size = sum(b.paths);
  const ok = size <= b.limit && !(b.required && b.paths.length === 0);
  if (!ok) failed = true;
  const status = b.paths.length === 0 ? (b.required ? 'MISSING' : 'absent') : ok ? 'ok' : 'OVER';
  console.log(`${b.name.padEnd(40)} ${(size / KB).toFixed(1).padStart(7)} KB ${(b.limit / KB).toFixed(0).padStart(5)} KB  ${status}`);
}
process.exit(failed ? 1 : 0);
