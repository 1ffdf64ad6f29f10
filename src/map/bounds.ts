/** Bounding boxes of GeoJSON, for fitting each view. */
import type { FeatureCollection, Position } from 'geojson';

export type BBox = [west: number, south: number, east: number, north: number];

function eachPosition(coords: unknown, fn: (p: Position) => void): void {
  if (!Array.isArray(coords)) return;
  if (typeof coords[0] === 'number') fn(coords as Position);
  else for (const c of coords) eachPosition(c, fn);
}

/** The box around every feature of the collections (optionally only those passing `keep`). */
export function bboxOf(collections: FeatureCollection[], keep: (props: Record<string, unknown>) => boolean = () => true): BBox | null {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  for (const fc of collections) {
    for (const f of fc.features) {
      if (!keep((f.properties ?? {}) as Record<string, unknown>) || !f.geometry || !('coordinates' in f.geometry)) continue;
      eachPosition(f.geometry.coordinates, ([x, y]) => {
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      });
    }
  }
  return Number.isFinite(box[0]) ? box : null;
}
