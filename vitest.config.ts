import { defineConfig } from 'vitest/config';

/**
 * The tests, in three projects (`npx vitest run --project <name> [files]`):
 * - `unit`: everything under src/, geo/ and test/*.test.ts that runs in Node,
 *   sharing one module graph per worker (no per-file isolation: no test
 *   mocks modules or globals);
 * - `rebuild`: the pipeline rebuilds public/data/*.json and compares them
 *   byte for byte. It depends only on geo/, the src/ files geo imports,
 *   public/data and the lockfile, so `npm test` skips it while a pass on the
 *   same inputs is recorded (scripts/test.mjs);
 * - `browser`: test/browser/, one Chromium for the run (global-setup.ts),
 *   one file at a time in one worker without per-file isolation (the
 *   helpers the files share keep nothing that crosses files: atlas-page.ts's
 *   spare tabs belong to one file's browser connection), after the Node
 *   projects.
 */
export const REBUILD_TESTS = ['geo/geometry/geometry.test.ts', 'geo/series/build-series.test.ts', 'geo/first-view/first-view.test.ts'];

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'geo/**/*.test.ts', 'test/*.test.ts'],
          exclude: REBUILD_TESTS,
          environment: 'node',
          isolate: false,
          testTimeout: 120_000,
        },
      },
      {
        test: {
          name: 'rebuild',
          include: REBUILD_TESTS,
          environment: 'node',
          testTimeout: 120_000,
          hookTimeout: 300_000,
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['test/browser/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // One worker for all files (a new worker per file re-imports vitest and playwright-core, ~3 s each).
          isolate: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
