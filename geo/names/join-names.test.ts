/**
 * Names are a cheap late join: the names step rewrites the name properties
 * of the committed topologies from the name tables without the geometry
 * step, and the series step into an empty folder stops naming what it needs.
 */
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../build.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const tmp = mkdtempSync(join(tmpdir(), 'names-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe('names step', () => {
  it('puts back the table name of a county whose name in the topology went stale, changing nothing else', async () => {
    const committed = readFileSync(join(ROOT, 'public/data/counties.topo.json'), 'utf8');
    copyFileSync(join(ROOT, 'public/data/atlas.topo.json'), join(tmp, 'atlas.topo.json'));
    writeFileSync(join(tmp, 'counties.topo.json'), committed.replace('"name_en":"Zhaojue County"', '"name_en":"Chao-chüeh"'));
    const log: string[] = [];
    await runPipeline(tmp, ['names'], (l) => log.push(l));
    expect(log).toContain('names: counties.topo.json: 1 names changed');
    expect(readFileSync(join(tmp, 'counties.topo.json'), 'utf8') === committed).toBe(true);
  });

  it('series into an empty folder stops naming the missing input', async () => {
    const empty = mkdtempSync(join(tmp, 'empty-'));
    await expect(runPipeline(empty, ['series'], () => {})).rejects.toThrow(/missing input .*atlas\.topo\.json/);
  });
});
