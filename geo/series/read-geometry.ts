/**
 * What the series step takes from the geometry step's output (when it exists):
 * region and county properties of atlas.topo.json and counties.topo.json.
 * The geometry is the one source of truth for the names of drawn entities.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityDef, I18nText } from '../../src/data/schema.ts';

export interface GeometryProps {
  id?: string;
  name_zh?: string;
  name_en?: string;
  area_km2?: number;
}

/** Object name → the properties of its geometries. Empty when the file is missing. */
export type GeometryObjects = Record<string, GeometryProps[]>;

interface TopoLike {
  objects?: Record<string, { geometries?: Array<{ properties?: GeometryProps }> }>;
}

export function readGeometry(outDir: string, file: string, log: (s: string) => void): GeometryObjects {
  const path = join(outDir, file);
  if (!existsSync(path)) {
    log(`series: ${file} not found in ${outDir}: values and names that come from the geometry are skipped`);
    return {};
  }
  const topo = JSON.parse(readFileSync(path, 'utf8')) as TopoLike;
  return Object.fromEntries(Object.entries(topo.objects ?? {}).map(([name, o]) => [name, (o.geometries ?? []).map((g) => g.properties ?? {})]));
}

/** Entities with the names the map shows, where the geometry has the entity. */
export function withGeometryNames(entities: EntityDef[], objects: GeometryObjects, log: (s: string) => void): EntityDef[] {
  const names = new Map<string, I18nText>();
  for (const props of Object.values(objects).flat()) {
    if (props.id && props.name_zh && props.name_en) names.set(props.id, { zh: props.name_zh, en: props.name_en });
  }
  let changed = 0;
  const out = entities.map((e) => {
    const name = names.get(e.id);
    if (!name || (name.zh === e.name.zh && name.en === e.name.en)) return e;
    changed++;
    return { ...e, name };
  });
  if (names.size) log(`series: ${changed} entity names taken from the geometry`);
  return out;
}
