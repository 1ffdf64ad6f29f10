#!/usr/bin/env node
// `npm test`: every check, in the order a failure is cheapest to read.
// 1. Chromium present (browser tests need it) — one-line hint if not.
// 2. Type check (strict).  3. Production build of dist/ (browser tests serve it).
// 4. Size budgets, printed.  5. Vitest: unit + browser projects.
// Closes with a plain "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, mkdirSync } from 'node:fs';
import { chromiumPath } from './chromium-path.mjs';

if (!chromiumPath()) {
  console.error('npm test needs Chromium for the browser tests: run `apt-get install -y chromium` (Debian) or set CHROMIUM_PATH.');
  process.exit(1);
}

function run(label, cmd, args) {
  console.log(`\n== ${label}: ${cmd} ${args.join(' ')}`);
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, TZ: 'UTC' } });
  if (r.status !== 0) {
    console.error(`\n${label} failed (exit ${r.status ?? r.signal}).`);
    console.log('0 passed, 1 failed');
    process.exit(1);
  }
}

const bin = (name) => `node_modules/.bin/${name}`;
run('typecheck', bin('tsc'), ['--noEmit']);
run('build', bin('vite'), ['build', '--logLevel', 'warn']);
run('budgets', 'node', ['scripts/budgets.mjs']);

mkdirSync('.tmp', { recursive: true });
const report = '.tmp/vitest-report.json';
console.log('\n== tests: vitest run');
const r = spawnSync(bin('vitest'), ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`], {
  stdio: 'inherit',
  env: { ...process.env, TZ: 'UTC', LANG: 'C.UTF-8' },
});
let passed = 0;
let failed = 0;
if (existsSync(report)) {
  const json = JSON.parse(readFileSync(report, 'utf8'));
  passed = json.numPassedTests;
  failed = json.numFailedTests + (r.status !== 0 && json.numFailedTests === 0 ? 1 : 0);
} else if (r.status !== 0) {
  failed = 1;
}
console.log(`\n${passed} passed, ${failed} failed`);
process.exit(r.status === 0 && failed === 0 ? 0 : 1);
