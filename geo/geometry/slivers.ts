/**
 * Sliver closing. Rounding to the 1/1024° grid left many borders where two
 * neighbours differ by a vertex or two, so the first topology has two
 * parallel arcs there (a sliver of about one grid cell) and a junction at
 * each end that simplification must keep. Where two arcs join the same two
 * points, each is used by one unit only, and the sliver between them is
 * smaller than MAX_SLIVER, both units take the more detailed arc; the units'
 * coordinates are then rebuilt, ready for a second, cleaner topology.
 */
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { feature } from 'topojson-client';
import { cleanGeometry } from './clean.ts';
import { rewind, signedArea } from './rewind.ts';
import type { UnitTopology } from './topology.ts';

/** Largest sliver closed, in square degrees (≈ 10 grid cells, ~0.1 km²). */
export const MAX_SLIVER = 1e-5;

type Geom = { id: string; type: string; arcs: unknown };

/**
 * Unit geometries (id → GeoJSON) with slivers closed, how many were closed,
 * and `closedTopo`: the same topology with each unit using the kept arcs
 * (outlines equal to `geometries`, before their spikes are cleaned), enough
 * to find the gaps between units without building a topology again.
 */
export function closeSlivers(topo: UnitTopology): { geometries: Map<string, Polygon | MultiPolygon>; closed: number; closedTopo: UnitTopology } {
  const geoms = topo.objects.units.geometries as unknown as Geom[];
  const users = new Map<number, string[]>();
  const visit = (g: Geom, f: (ring: number[]) => void) =>
    (g.type === 'Polygon' ? (g.arcs as number[][]) : (g.arcs as number[][][]).flat()).forEach(f);
  for (const g of geoms) visit(g, (ring) => ring.forEach((a) => users.set(a < 0 ? ~a : a, [...(users.get(a < 0 ? ~a : a) ?? []), g.id])));

  const replace = new Map<number, number>(); // arc index → signed replacement
  for (const [p, q] of parallelPairs(topo)) {
    const up = users.get(p) ?? [];
    const uq = users.get(q) ?? [];
    if (up.length !== 1 || uq.length !== 1 || up[0] === uq[0]) continue;
    const [a, b] = [topo.arcs[p]!, topo.arcs[q]!];
    const sameDir = a[0]![0] === b[0]![0] && a[0]![1] === b[0]![1];
    const ring = [...a, ...(sameDir ? [...b].reverse() : b).slice(1)] as Position[];
    if (Math.abs(signedArea(ring)) / 2 > MAX_SLIVER) continue;
    const [keep, drop] = a.length >= b.length ? [p, q] : [q, p];
    replace.set(drop, sameDir ? keep : ~keep);
  }
  const swap = (a: number) => {
    const i = a < 0 ? ~a : a;
    const r = replace.get(i);
    return r === undefined ? a : a < 0 ? ~r : r;
  };
  const geometries = new Map<string, Polygon | MultiPolygon>();
  const closedGeoms: Geom[] = [];
  for (const g of geoms) {
    const arcs = g.type === 'Polygon' ? (g.arcs as number[][]).map((r) => r.map(swap)) : (g.arcs as number[][][]).map((p) => p.map((r) => r.map(swap)));
    closedGeoms.push({ type: g.type, id: g.id, arcs });
    const geo = feature(topo, { type: g.type, arcs } as never).geometry as unknown as Polygon | MultiPolygon;
    geometries.set(g.id, rewind(cleanGeometry(geo, `unit ${g.id}`)));
  }
  const closedTopo = { ...topo, objects: { units: { type: 'GeometryCollection', geometries: closedGeoms } } } as unknown as UnitTopology;
  return { geometries, closed: replace.size, closedTopo };
}

/** Pairs of distinct open arcs that join the same two end points. */
function parallelPairs(topo: UnitTopology): Array<[number, number]> {
  const key = (p: Position) => `${p[0]},${p[1]}`;
  const byEnds = new Map<string, number[]>();
  topo.arcs.forEach((arc, i) => {
    const [s, e] = [key(arc[0]!), key(arc[arc.length - 1]!)];
    if (s === e) return;
    const k = s < e ? `${s}|${e}` : `${e}|${s}`;
    byEnds.set(k, [...(byEnds.get(k) ?? []), i]);
  });
  return [...byEnds.values()].filter((g) => g.length === 2).map((g) => [g[0]!, g[1]!]);
}
