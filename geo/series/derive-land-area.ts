/**
 * Land area measured from the geometry: RegionProps.area_km2 of the `areas`,
 * `provinces` and `prefectures` objects of atlas.topo.json (written by the
 * geometry step). Nothing while that file does not exist yet.
 */
import type { EntityDef, Row } from '../../src/data/schema.ts';
import type { GeometryObjects } from './read-geometry.ts';

/** Boundaries are of about 2016 (see CountyProps). */
const GEOMETRY_YEAR = 2016;

export function deriveLandArea(atlas: GeometryObjects, entities: EntityDef[], log: (s: string) => void): Row[] {
  const known = new Set(entities.map((e) => e.id));
  const out: Row[] = [];
  const unknown: string[] = [];
  for (const name of ['areas', 'provinces', 'prefectures']) {
    for (const { id, area_km2: km2 } of atlas[name] ?? []) {
      if (!id || typeof km2 !== 'number' || !Number.isFinite(km2)) continue;
      if (!known.has(id)) {
        unknown.push(id);
        continue;
      }
      // Three significant figures: the measure is good to about 1–2%, and small
      // simplification changes in the geometry step then leave series.json alone.
      const value = Number(km2.toPrecision(3));
      out.push({ entityId: id, indicator: 'land_area_geometry', year: GEOMETRY_YEAR, value, unit: 'km²', basis: 'geometry', sourceId: 'GEOMETRY', note: `area_km2 ${km2}` });
    }
  }
  if (out.length || unknown.length) log(`series: land_area_geometry for ${out.length} regions${unknown.length ? `; not in entities.csv, skipped: ${unknown.join(' ')}` : ''}`);
  return out;
}
