/**
 * Measures on GeoJSON geometry: land area (turf, km²), label anchor
 * (polylabel on the largest polygon), and validity (kinks.ts: turf kinks' points, found faster).
 */
import turfArea from '@turf/area';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import polylabel from 'polylabel';
import { kinkPoints } from './kinks.ts';

export type Polygonal = Polygon | MultiPolygon;

/** Geodesic area in km² (turf, WGS84 sphere). */
export function areaKm2(geometry: Polygonal): number {
  return turfArea({ type: 'Feature', properties: {}, geometry }) / 1e6;
}

/** Pole of inaccessibility of the largest polygon, rounded to 1e-3°. */
export function labelPoint(geometry: Polygonal): [number, number] {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  let best: Position[][] = polys[0]!;
  let bestArea = -1;
  for (const p of polys) {
    const a = areaKm2({ type: 'Polygon', coordinates: p });
    if (a > bestArea) (best = p), (bestArea = a);
  }
  const [x, y] = polylabel(best as number[][][], 0.005);
  return [round(x!, 3), round(y!, 3)];
}

/**
 * Self-intersections (the points turf kinks finds, kinks.ts), split into proper crossings
 * (segments cross between vertices: a drawing error) and touches (the
 * outline meets itself at a vertex, as the source data does at pinch points).
 */
export function selfIntersections(geometry: Polygonal): { crossings: Position[]; touches: number } {
  const vertices = new Set<string>();
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  for (const p of polys) for (const r of p) for (const v of r) vertices.add(`${v[0]},${v[1]}`);
  const crossings: Position[] = [];
  let touches = 0;
  for (const [x, y] of kinkPoints(geometry)) {
    if (vertices.has(`${x},${y}`)) touches++;
    else crossings.push([x!, y!]);
  }
  return { crossings, touches };
}

export function round(x: number, digits: number): number {
  const k = 10 ** digits;
  return Math.round(x * k) / k;
}

/** Why a geometry is not a valid polygon (open ring, < 4 points, no area), or null. */
export function ringProblem(geometry: Polygonal): string | null {
  const polys = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  if (!polys.length) return 'no polygons';
  for (const [i, poly] of polys.entries()) {
    for (const [j, ring] of poly.entries()) {
      const a = ring[0];
      const b = ring[ring.length - 1];
      if (ring.length < 4) return `polygon ${i} ring ${j} has ${ring.length} points`;
      if (!a || !b || a[0] !== b[0] || a[1] !== b[1]) return `polygon ${i} ring ${j} is not closed`;
      if (ring.some((p) => !Number.isFinite(p[0]) || !Number.isFinite(p[1]))) return `polygon ${i} ring ${j} has a non-finite coordinate`;
    }
  }
  return areaKm2(geometry) > 0 ? null : 'zero area';
}
