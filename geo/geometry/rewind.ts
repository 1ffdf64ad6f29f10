/**
 * Consistent ring orientation (RFC 7946: exterior counter-clockwise, holes
 * clockwise, in lon/lat). The package mixes both; mergeArcs can only stitch
 * the outline of a union when every polygon runs the same way.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';

/** Twice the signed planar area of a ring (positive = counter-clockwise). */
export function signedArea(ring: Position[]): number {
  let s = 0;
  for (let i = 0, n = ring.length, j = n - 1; i < n; j = i++) s += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
  return s;
}

function orient(ring: Position[], ccw: boolean): Position[] {
  return signedArea(ring) > 0 === ccw ? ring : [...ring].reverse();
}

function rewindPolygon(rings: Position[][]): Position[][] {
  return rings.map((r, i) => orient(r, i === 0));
}

/** A copy of the geometry with RFC 7946 winding. */
export function rewind<G extends Polygon | MultiPolygon>(g: G): G {
  return (g.type === 'Polygon'
    ? { type: 'Polygon', coordinates: rewindPolygon(g.coordinates) }
    : { type: 'MultiPolygon', coordinates: g.coordinates.map(rewindPolygon) }) as G;
}
