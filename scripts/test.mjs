#!/usr/bin/env node
// `npm test`: every check, failures reported in the order they are cheapest to read.
// 1. Chromium present (browser tests need it) — one-line hint if not.
// 2. Production build of dist/ (browser tests serve it), with the type check
//    beside it.
// 3. At the same time (the browser tests mostly wait on Chromium, the rest
//    is Node on the other core): the browser tests, and in a second lane
//    size budgets → unit tests → the byte-for-byte rebuild of public/data.
//    The rebuild is skipped while a pass on the same inputs is recorded
//    (hash of geo/, the src/ files geo imports, public/data, the lockfile
//    and Node's version; `REBUILD=1 npm test` runs it anyway).
// Closes with each stage's wall time and a plain "N passed, N failed" line.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { chromiumPath } from './chromium-path.mjs';

const ROOT = resolve(import.meta.dirname, '..');
process.chdir(ROOT);

if (!chromiumPath()) {
  console.error('npm test needs Chromium for the browser tests: run `apt-get install -y chromium chromium-headless-shell` (Debian) or set CHROMIUM_PATH.');
  process.exit(1);
}

const started = Date.now();
const env = { ...process.env, TZ: 'UTC', LANG: 'C.UTF-8', ...(process.stdout.isTTY ? { FORCE_COLOR: '1' } : {}) };
const bin = (name) => `node_modules/.bin/${name}`;
/** @type {Array<{ label: string; ms: number; status: string }>} */
const stages = [];
const children = new Set();

/**
 * Runs one stage. `live` streams its output; otherwise the output is printed
 * as one block when the stage ends (so two lanes do not interleave lines).
 */
function run(label, cmd, args, { live = false } = {}) {
  const t0 = Date.now();
  return new Promise((done) => {
    const child = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    children.add(child);
    let out = '';
    const take = (stream, sink) =>
      stream.on('data', (d) => {
        if (live) sink.write(d);
        else out += d;
      });
    take(child.stdout, process.stdout);
    take(child.stderr, process.stderr);
    if (live) console.log(`\n== ${label}: ${cmd} ${args.join(' ')}`);
    child.on('close', (code, signal) => {
      children.delete(child);
      const ms = Date.now() - t0;
      if (!live) process.stdout.write(`\n== ${label}: ${cmd} ${args.join(' ')}\n${out}`);
      const ok = code === 0;
      stages.push({ label, ms, status: ok ? 'ok' : signal === 'SIGTERM' ? 'stopped' : 'FAILED' });
      if (!ok && signal !== 'SIGTERM') console.error(`\n${label} failed (exit ${code ?? signal}).`);
      done(ok);
    });
  });
}

function printTimes() {
  console.log('\nstage                     time  result');
  for (const s of stages) console.log(`${s.label.padEnd(22)} ${(s.ms / 1000).toFixed(1).padStart(6)} s  ${s.status}`);
  console.log(`${'total (wall)'.padEnd(22)} ${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s`);
}

function fail() {
  for (const c of children) c.kill('SIGTERM');
  printTimes();
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// ---- the rebuild's inputs, hashed
/** Every file under `dir` (sorted). */
const walk = (dir) =>
  readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : [p];
    });

/** src/ files reached by relative imports from geo/ (what the pipeline runs of the app's code). */
function srcImportedByGeo(geoFiles) {
  const seen = new Set();
  const queue = geoFiles.filter((f) => f.endsWith('.ts'));
  while (queue.length > 0) {
    const file = queue.pop();
    for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
      let target = resolve(dirname(file), spec);
      if (!existsSync(target) && existsSync(`${target}.ts`)) target = `${target}.ts`;
      const rel = relative(ROOT, target);
      if (rel.startsWith('src/') && existsSync(target) && !seen.has(rel)) {
        seen.add(rel);
        queue.push(target);
      }
    }
  }
  return [...seen].sort();
}

function rebuildInputsHash() {
  const geo = walk('geo');
  const files = [...geo, ...srcImportedByGeo(geo), ...walk('public/data'), 'package-lock.json', 'vitest.config.ts'];
  const h = createHash('sha256').update(process.version.split('.')[0]);
  for (const f of files) h.update(f).update('\0').update(readFileSync(f)).update('\0');
  return h.digest('hex').slice(0, 16);
}

const CACHE = 'node_modules/.cache/poverty-atlas';
const rebuildHash = rebuildInputsHash();
const stamp = join(CACHE, `rebuild-pass-${rebuildHash}.json`);
const rebuildCached = process.env.REBUILD !== '1' && existsSync(stamp);

// ---- stages
mkdirSync('.tmp', { recursive: true });
const report = (name) => `.tmp/vitest-${name}.json`;
for (const name of ['unit', 'rebuild', 'browser']) rmSync(report(name), { force: true });
const vitest = (name, projects) => [
  'run',
  ...projects.flatMap((p) => ['--project', p]),
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${report(name)}`,
];

const built = run('build', bin('vite'), ['build', '--logLevel', 'warn']);
const results = {};
// The type check needs no build: it runs beside it.
const nodeLane = (async () => {
  const typed = await run('typecheck', bin('tsc'), ['--noEmit']);
  if (!(await built) || !typed) fail();
  if (!(await run('budgets', 'node', ['scripts/budgets.mjs']))) fail();
  results.unit = await run('unit tests', bin('vitest'), vitest('unit', ['unit']));
  if (!results.unit) fail();
  if (rebuildCached) return;
  results.rebuild = await run('rebuild check', bin('vitest'), vitest('rebuild', ['rebuild']));
  if (!results.rebuild) fail();
})();
if (!(await built)) fail();
results.browser = run('browser tests', bin('vitest'), vitest('browser', ['browser']), { live: true });
await Promise.all([nodeLane, results.browser]);
results.browser = await results.browser;

// ---- counts
let passed = 0;
let failed = 0;
for (const name of ['unit', 'rebuild', 'browser']) {
  if (results[name] === undefined) continue;
  const json = existsSync(report(name)) ? JSON.parse(readFileSync(report(name), 'utf8')) : { numPassedTests: 0, numFailedTests: 0 };
  passed += json.numPassedTests;
  failed += json.numFailedTests + (!results[name] && json.numFailedTests === 0 ? 1 : 0);
  if (name === 'rebuild' && results.rebuild) {
    mkdirSync(CACHE, { recursive: true });
    writeFileSync(stamp, JSON.stringify({ passed: json.numPassedTests, at: new Date().toISOString() }));
  }
}
let cachedNote = '';
if (rebuildCached) {
  const prior = JSON.parse(readFileSync(stamp, 'utf8'));
  passed += prior.passed;
  cachedNote = ` (${prior.passed} of them: the rebuild check's pass on the same inputs at ${prior.at}, hash ${rebuildHash}; REBUILD=1 runs it again)`;
  stages.push({ label: 'rebuild check', ms: 0, status: 'cached' });
}
printTimes();
console.log(`\n${passed} passed, ${failed} failed${cachedNote}`);
process.exit(failed === 0 ? 0 : 1);
