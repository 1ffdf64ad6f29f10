/**
 * Land areas quoted in the regional plans (万km² → km²), read from the DATA
 * helper's geo/sources/series/areas.csv (indicator land_area_plan). Printed
 * beside the geometry's areas for information; a missing file is not an error.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { readCsv } from '../read-csv.ts';

export const PLAN_CSV = 'geo/sources/series/areas.csv';

/** Area id → plan land area in km². */
export function readPlanLandAreas(root: string): Map<string, number> {
  const path = join(root, PLAN_CSV);
  const out = new Map<string, number>();
  if (!existsSync(path)) return out;
  for (const r of readCsv(path)) {
    if (r.indicator !== 'land_area_plan') continue;
    const v = Number(r.value);
    if (!Number.isFinite(v)) continue;
    out.set(r.entity_id!, r.unit?.startsWith('万') ? Math.round(v * 1e4) : v);
  }
  return out;
}
