/**
 * The committed public/data/first-view.json is what the pipeline writes
 * today from the committed series.json and atlas.topo.json (and the app's
 * defaults, which choose its indicator and year).
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../build.ts';
import { FIRST_VIEW_FILE } from './build-first-view.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'first-view-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('first-view step', () => {
  it('committed first-view.json is not stale (rebuild gives the same bytes; run npm run build:data)', async () => {
    for (const file of ['series.json', 'atlas.topo.json']) copyFileSync(join(ROOT, 'public/data', file), join(tmp, file));
    await runPipeline(tmp, ['first-view'], () => {});
    expect(readFileSync(join(tmp, FIRST_VIEW_FILE), 'utf8') === readFileSync(join(ROOT, 'public/data', FIRST_VIEW_FILE), 'utf8')).toBe(true);
  });
});
