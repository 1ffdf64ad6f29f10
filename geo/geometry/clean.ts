/**
 * Input cleaning. Rounding to the package's 1/1024° grid left repeated
 * points, zero-width spikes (A → B → A) and rings that collapsed to a point.
 * Remove them before the topology is built; all other vertices stay as they
 * are, so neighbours still share them exactly.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { signedArea } from './rewind.ts';

const same = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** A ring without repeats or spikes, closed; null when it has no area left. */
export function cleanRing(ring: Position[]): Position[] | null {
  const pts: Position[] = [];
  for (let i = 0; i < ring.length - 1; i++) {
    const p = ring[i]!;
    if (pts.length && same(pts[pts.length - 1]!, p)) continue;
    pts.push(p);
    // A → B → A: drop the spike (B and the second A).
    while (pts.length >= 3 && same(pts[pts.length - 1]!, pts[pts.length - 3]!)) pts.splice(-2, 2);
  }
  while (pts.length >= 2 && same(pts[0]!, pts[pts.length - 1]!)) pts.pop();
  // Spikes across the closing point.
  while (pts.length >= 3 && same(pts[1]!, pts[pts.length - 1]!)) pts.splice(0, 1), pts.pop();
  if (pts.length < 3) return null;
  pts.push(pts[0]!);
  return signedArea(pts) === 0 ? null : pts;
}

function cleanPolygon(rings: Position[][]): Position[][] | null {
  if (!rings[0]) return null;
  const outer = cleanRing(rings[0]);
  if (!outer) return null;
  return [outer, ...rings.slice(1).map(cleanRing).filter((r): r is Position[] => r !== null)];
}

/** The geometry without degenerate parts; throws if nothing is left. */
export function cleanGeometry(g: Polygon | MultiPolygon, where: string): Polygon | MultiPolygon {
  const polys = (g.type === 'Polygon' ? [g.coordinates] : g.coordinates).map(cleanPolygon).filter((p): p is Position[][] => p !== null);
  if (!polys.length) throw new Error(`${where}: geometry has no area`);
  return polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
}
