/**
 * Checks the shape of `series.json` when the app loads it, so a broken file
 * gives a clear DataError (file, row = 0, field path, reason), not a crash.
 */
import { DataError } from './data-error';
import type { SeriesFile } from './schema';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

export function parseSeriesFile(json: unknown, fileName: string): SeriesFile {
  const fail = (field: string, reason: string): never => {
    throw new DataError(fileName, 0, field, reason);
  };
  if (!isObj(json)) return fail('(root)', 'expected an object');
  for (const key of ['indicators', 'sources', 'entities', 'breaks'] as const) {
    if (!Array.isArray(json[key])) fail(key, 'expected an array');
  }
  if (typeof json.generated !== 'string') fail('generated', 'expected a string');
  if (!isObj(json.values)) fail('values', 'expected an object');
  const indicators = json.indicators as unknown[];
  indicators.forEach((d, i) => {
    if (!isObj(d) || typeof d.id !== 'string') fail(`indicators[${i}].id`, 'expected a string');
    const def = d as Obj;
    if (!isObj(def.name) || typeof (def.name as Obj).zh !== 'string' || typeof (def.name as Obj).en !== 'string') fail(`indicators[${i}].name`, 'expected {zh, en}');
    if (typeof def.carryForward !== 'number') fail(`indicators[${i}].carryForward`, 'expected a number');
    if (typeof def.basis !== 'string') fail(`indicators[${i}].basis`, 'expected a string');
  });
  const sources = json.sources as unknown[];
  sources.forEach((s, i) => {
    if (!isObj(s) || typeof s.id !== 'string') fail(`sources[${i}].id`, 'expected a string');
    if (!['high', 'medium', 'low'].includes((s as Obj).trust as string)) fail(`sources[${i}].trust`, 'expected high, medium or low');
  });
  (json.entities as unknown[]).forEach((e, i) => {
    if (!isObj(e) || typeof e.id !== 'string' || typeof e.kind !== 'string') fail(`entities[${i}]`, 'expected {id, kind, name}');
  });
  const ids = new Set(indicators.map((d) => (d as Obj).id as string));
  for (const [ind, byEntity] of Object.entries(json.values as Obj)) {
    if (!ids.has(ind)) fail(`values.${ind}`, `unknown indicator "${ind}"`);
    if (!isObj(byEntity)) return fail(`values.${ind}`, 'expected an object');
    for (const [entity, points] of Object.entries(byEntity)) {
      if (!Array.isArray(points)) return fail(`values.${ind}.${entity}`, 'expected an array');
      points.forEach((p: unknown, i) => {
        const ok = Array.isArray(p) && p.length === 3 && p.every((x) => typeof x === 'number' && Number.isFinite(x));
        if (!ok) fail(`values.${ind}.${entity}[${i}]`, 'expected [year, value, sourceIndex]');
        const s = (p as number[])[2];
        if (!Number.isInteger(s) || s < 0 || s >= sources.length) fail(`values.${ind}.${entity}[${i}]`, `source index ${s} out of range`);
      });
    }
  }
  return json as unknown as SeriesFile;
}
