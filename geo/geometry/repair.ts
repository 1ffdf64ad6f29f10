/**
 * Crossing repair. Visvalingam simplification can make two arcs of one
 * outline cross. Find the arcs near each crossing so the build can keep
 * them at full detail and simplify again.
 */
import type { Position } from 'geojson';
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { MultiPolygon, Polygon, Topology } from 'topojson-specification';
import { type Polygonal, selfIntersections } from './measure.ts';

/** Arcs near proper crossings in any of the geometries (empty when there are none). */
export function crossingArcs(topo: Topology, geoms: Array<Polygon | MultiPolygon>): number[] {
  const out = new Set<number>();
  for (const g of geoms) {
    const geo = (feature(topo, g) as Feature<Polygonal>).geometry;
    const { crossings } = selfIntersections(geo);
    if (!crossings.length) continue;
    const rings = g.type === 'Polygon' ? g.arcs : g.arcs.flat();
    const arcs = new Set(rings.flat().map((a) => (a < 0 ? ~a : a)));
    for (const i of arcsNear(topo, arcs, crossings)) out.add(i);
  }
  return [...out].sort((a, b) => a - b);
}

/** Indexes of arcs with a segment whose bounding box holds one of the points. */
export function arcsNear(topo: Topology, arcIndexes: Iterable<number>, points: Position[], pad = 1 / 1024): number[] {
  const [kx, ky] = topo.transform?.scale ?? [1, 1];
  const [tx, ty] = topo.transform?.translate ?? [0, 0];
  const out: number[] = [];
  for (const i of arcIndexes) {
    let x = 0;
    let y = 0;
    const pts = topo.arcs[i]!.map(([dx, dy]) => ((x += dx!), (y += dy!), [x * kx + tx, y * ky + ty] as const));
    const hit = points.some(([px, py]) =>
      pts.some((a, j) => {
        const b = pts[j + 1];
        if (!b) return false;
        return px! >= Math.min(a[0], b[0]) - pad && px! <= Math.max(a[0], b[0]) + pad && py! >= Math.min(a[1], b[1]) - pad && py! <= Math.max(a[1], b[1]) + pad;
      }),
    );
    if (hit) out.push(i);
  }
  return out;
}
