/**
 * `npm run build:data` — the data pipeline. Runs named steps in order; each
 * step is re-runnable and writes deterministic bytes under the output folder.
 *
 *   tsx geo/build.ts [--out DIR] [--only step,step]
 *
 * --out defaults to public/data (the staleness test builds into a temp dir
 * and compares bytes).
 */
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildFirstView } from './first-view/build-first-view.ts';
import { buildGeometry } from './geometry/build-geometry.ts';
import { runImport } from './import/import-shared.ts';
import { joinNames } from './names/join-names.ts';
import { buildSeries } from './series/build-series.ts';

export interface StepContext {
  /** Absolute path of the output folder (public/data by default). */
  out: string;
  /** Absolute path of the repository root. */
  root: string;
  /** Print tables and figures. */
  log: (line: string) => void;
}

export const steps: Array<{ name: string; run: (ctx: StepContext) => Promise<void> }> = [
  { name: 'import', run: runImport },
  { name: 'geometry', run: buildGeometry },
  { name: 'names', run: joinNames },
  { name: 'series', run: buildSeries },
  { name: 'first-view', run: buildFirstView },
];

function parseArgs(argv: string[]): { out: string; only: string[] | null } {
  let out = 'public/data';
  let only: string[] | null = null;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i] ?? out;
    else if (argv[i] === '--only') only = (argv[++i] ?? '').split(',');
    else throw new Error(`invalid argument: ${argv[i]}`);
  }
  return { out, only };
}

export async function runPipeline(out: string, only: string[] | null = null, log = console.log): Promise<void> {
  const root = resolve(import.meta.dirname, '..');
  const ctx: StepContext = { out: resolve(root, out), root, log };
  mkdirSync(ctx.out, { recursive: true });
  for (const step of steps) {
    if (only && !only.includes(step.name)) continue;
    const t0 = performance.now();
    log(`\n== step ${step.name}`);
    await step.run(ctx);
    log(`== step ${step.name}: ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) {
  const { out, only } = parseArgs(process.argv.slice(2));
  runPipeline(out, only).catch((err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  });
}
