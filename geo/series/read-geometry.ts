/**
 * What the series step takes from the geometry step's output: the region
 * properties of atlas.topo.json (land area measured from the geometry).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

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

/** Properties per object of a topology the geometry step wrote; a missing file stops the step naming it. */
export function readGeometry(outDir: string, file: string): GeometryObjects {
  const path = join(outDir, file);
  if (!existsSync(path)) throw new Error(`series: missing input ${path} (land area is measured from it): run the geometry step first, e.g. --only geometry,series`);
  const topo = JSON.parse(readFileSync(path, 'utf8')) as TopoLike;
  return Object.fromEntries(Object.entries(topo.objects ?? {}).map(([name, o]) => [name, (o.geometries ?? []).map((g) => g.properties ?? {})]));
}
