/**
 * Land area measured from the geometry: RegionProps.area_km2 of the `areas`,
 * `provinces` and `prefectures` objects of atlas.topo.json in the output
 * folder (written by the geometry step). Skipped, with a message, while that
 * file does not exist yet.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EntityDef, Row } from '../../src/data/schema.ts';

/** Boundaries are of about 2016 (see CountyProps). */
const GEOMETRY_YEAR = 2016;

interface TopoLike {
  objects?: Record<string, { geometries?: Array<{ properties?: { id?: string; area_km2?: number } }> }>;
}

export function deriveLandArea(outDir: string, entities: EntityDef[], log: (s: string) => void): Row[] {
  const path = join(outDir, 'atlas.topo.json');
  if (!existsSync(path)) {
    log(`series: land_area_geometry skipped: ${path} does not exist yet (run the geometry step first)`);
    return [];
  }
  const topo = JSON.parse(readFileSync(path, 'utf8')) as TopoLike;
  const known = new Set(entities.map((e) => e.id));
  const out: Row[] = [];
  let unknown = 0;
  for (const name of ['areas', 'provinces', 'prefectures']) {
    for (const g of topo.objects?.[name]?.geometries ?? []) {
      const id = g.properties?.id;
      const km2 = g.properties?.area_km2;
      if (!id || typeof km2 !== 'number' || !Number.isFinite(km2)) continue;
      if (!known.has(id)) {
        unknown++;
        continue;
      }
      out.push({ entityId: id, indicator: 'land_area_geometry', year: GEOMETRY_YEAR, value: Math.round(km2), unit: 'km²', basis: 'geometry', sourceId: 'GEOMETRY' });
    }
  }
  log(`series: land_area_geometry for ${out.length} regions${unknown ? ` (${unknown} regions not in entities.csv skipped)` : ''}`);
  return out;
}
