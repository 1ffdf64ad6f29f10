#!/usr/bin/env node
// Size budgets for what a reader downloads, measured gzipped (-9) from dist/.
// Prints a table; exits non-zero when a budget is exceeded or a file is missing.
// Usage: node scripts/budgets.mjs [DIST]  (default dist/)
//
// "First view" is what index.html needs to draw its first map: the page, its
// stylesheets, the entry script and everything it imports statically (the
// SVG map included; chunks imported dynamically — MapLibre and its worker
// with renderer="maplibre", the story parser with a story — are budgeted
// apart), and the data of the first view (first-view.json, drawn first, then
// atlas.topo.json and series.json).
// The counties view adds counties.topo.json.
// `npm run bench` measures the same transfer in a browser.
// Limits are committed figures just above today's sizes (ratchet them down
// as sizes fall); the issue-13 targets are printed beside them.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { dirname, join, relative, resolve } from 'node:path';

const KB = 1024;
const dist = resolve(process.argv[2] ?? 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('budgets: dist/index.html is missing; run `vite build` first');
  process.exit(1);
}
const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length;
const files = (dir) =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : [p];
  });
const all = files(dist);
const js = all.filter((p) => /\.m?js$/.test(p));

// ---- what the first view loads, from index.html down the import graph
const MAPLIBRE_CHUNK = /maplibre-renderer/;
/** Local files referenced statically: `from "…"`, `import "…"` and `new URL("…", import.meta.url)` (not `import("…")`). */
function references(file) {
  const text = readFileSync(file, 'utf8');
  const q = '["\'`]';
  const stat = [...text.matchAll(new RegExp(`(?:^|[;}\\s])(?:import|export)\\s*(?:[\\w*{}\\s,$]*?from\\s*)?${q}(\\.{1,2}/[^"'\`]+)${q}`, 'g'))].map((m) => m[1]);
  const urls = [...text.matchAll(new RegExp(`new URL\\(\\s*${q}([^"'\`:]+\\.js)${q}\\s*,\\s*import\\.meta\\.url`, 'g'))].map((m) => m[1]);
  const at = (spec) => resolve(dirname(file), spec.startsWith('.') ? spec : `./${spec}`);
  return [...stat, ...urls].map(at);
}
function closure(entries) {
  const seen = new Set();
  const queue = [...entries];
  while (queue.length > 0) {
    const f = queue.pop();
    if (seen.has(f) || !existsSync(f)) continue;
    seen.add(f);
    if (!/\.m?js$/.test(f)) continue;
    queue.push(...references(f));
  }
  return [...seen];
}
const html = join(dist, 'index.html');
const tags = [...readFileSync(html, 'utf8').matchAll(/<(?:script|link)\b[^>]*?(?:src|href)="(\.\/[^"]+)"[^>]*>/g)].map((m) => resolve(dist, m[1]));
const page = closure([html, ...tags]);
const data = (name) => all.filter((p) => p.endsWith(`/data/${name}`));
// A file counts once, however it is reached (index.html also preloads the data).
const firstView = [...new Set([...page, ...data('first-view.json'), ...data('atlas.topo.json'), ...data('series.json')])];
const countiesView = [...new Set([...firstView, ...data('counties.topo.json')])];
const entry = tags.filter((p) => p.endsWith('.js'));
const mainBundle = closure(entry);
const isWorker = (p) => /maplibre-gl-worker/.test(p);

const budgets = [
  { name: 'first view: page + JS + data', paths: firstView, limit: 370 * KB, target: '≤ 450 KB (issue 13)' },
  { name: 'counties view: first view + counties', paths: countiesView, limit: 580 * KB, target: '≤ 650 KB (issue 13)' },
  { name: 'main bundle (entry + static imports)', paths: mainBundle, limit: 110 * KB },
  { name: 'MapLibre renderer chunk (renderer="maplibre")', paths: js.filter((p) => MAPLIBRE_CHUNK.test(p)), limit: 320 * KB },
  { name: 'MapLibre worker', paths: js.filter(isWorker), limit: 160 * KB },
  { name: 'early first view (first-view.json)', paths: data('first-view.json'), limit: 30 * KB },
  { name: 'first-view geometry (atlas.topo.json)', paths: data('atlas.topo.json'), limit: 185 * KB },
  { name: 'county detail (counties.topo.json)', paths: data('counties.topo.json'), limit: 220 * KB },
  { name: 'series (series.json)', paths: data('series.json'), limit: 70 * KB },
  { name: 'story parser + YAML (first story only)', paths: js.filter((p) => /parse-story/.test(p)), limit: 40 * KB },
];

let failed = false;
console.log('budget                                   gzipped     limit  status  target');
for (const b of budgets) {
  const size = b.paths.reduce((s, p) => s + gz(p), 0);
  const missing = b.paths.length === 0;
  const ok = !missing && size <= b.limit;
  if (!ok) failed = true;
  const status = missing ? 'MISSING' : ok ? 'ok' : 'OVER';
  console.log(`${b.name.padEnd(40)} ${(size / KB).toFixed(1).padStart(7)} KB ${(b.limit / KB).toFixed(0).padStart(5)} KB  ${status.padEnd(6)}  ${b.target ?? ''}`);
}
console.log(`\nfirst view = ${firstView.map((p) => relative(dist, p)).join(', ')}`);
process.exit(failed ? 1 : 0);
