/**
 * Step 6 — dissolve: areas, Sichuan prefectures and provinces merged from
 * their units, reusing the units' arcs. Like topojson-client mergeArcs, but
 * the stitching tolerates pinch points (a vertex where the outline touches
 * itself, common in the package), where mergeArcs leaves rings unclosed.
 */
import { feature } from 'topojson-client';
import type { MultiPolygon, Topology } from 'topojson-specification';
import type { Position } from 'geojson';
import { signedArea } from './rewind.ts';
import { ringsOf, type UnitGeometry, type UnitTopology } from './topology.ts';

/** Region id → ids of the units it is made of (ordered as given). */
export type Groups = Map<string, string[]>;

/** Merge each group's unit geometries into one MultiPolygon (arc indexes of `topo`). */
export function dissolve(topo: UnitTopology, byId: Map<string, UnitGeometry>, groups: Groups): Map<string, MultiPolygon> {
  const out = new Map<string, MultiPolygon>();
  for (const [id, members] of groups) {
    const geoms = members.map((m) => {
      const g = byId.get(m);
      if (!g) throw new Error(`region ${id}: unit ${m} has no geometry`);
      return g;
    });
    const merged = mergeUnits(topo, geoms);
    if (!merged.arcs.length) throw new Error(`region ${id}: dissolve gave an empty geometry`);
    out.set(id, merged);
  }
  return out;
}

/** Union of polygons with consistent winding (exterior CCW), by their shared arcs. */
export function mergeUnits(topo: Topology, geoms: UnitGeometry[]): MultiPolygon {
  // Net use of each arc: +1 per forward use, −1 per reverse use. Borders
  // between two members cancel; what is left is the outline, as a balanced
  // set of directed arcs (even where the package repeats a segment).
  const net = new Map<number, number>();
  for (const a of geoms.flatMap(ringsOf).flat()) {
    const i = a < 0 ? ~a : a;
    net.set(i, (net.get(i) ?? 0) + (a < 0 ? -1 : 1));
  }
  const boundary: number[] = [];
  for (const [i, n] of net) for (let k = 0; k < Math.abs(n); k++) boundary.push(n > 0 ? i : ~i);
  const rings = stitchRings(topo, boundary).map((arcs) => {
    const coords = ringCoords(topo, arcs);
    return { arcs, coords, area: signedArea(coords), box: bbox(coords), holes: [] as number[][] };
  });
  const exteriors = rings.filter((r) => r.area > 0);
  const holes = rings.filter((r) => r.area < 0);
  // Each hole goes to the smallest exterior that holds its first point.
  const hosts = holes.map(() => [] as typeof exteriors);
  for (const e of exteriors) {
    const [x0, y0, x1, y1] = e.box; // skips exteriors that cannot hold the point
    const near = holes.flatMap((h, k) => {
      const [x, y] = h.coords[0] as [number, number];
      return x >= x0 && x <= x1 && y >= y0 && y <= y1 ? [k] : [];
    });
    const inside = containsAll(e.coords, near.map((k) => holes[k]!.coords[0]!));
    near.forEach((k, j) => inside[j] && hosts[k]!.push(e));
  }
  holes.forEach((hole, k) => hosts[k]!.sort((a, b) => a.area - b.area)[0]?.holes.push(hole.arcs));
  return { type: 'MultiPolygon', arcs: exteriors.map((e) => [e.arcs, ...e.holes]) };
}

function bbox(ring: Position[]): [number, number, number, number] {
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const [x, y] of ring as Array<[number, number]>) (x0 = Math.min(x0, x)), (y0 = Math.min(y0, y)), (x1 = Math.max(x1, x)), (y1 = Math.max(y1, y));
  return [x0, y0, x1, y1];
}

/** Join directed boundary arcs end to start into closed rings. */
function stitchRings(topo: Topology, arcs: number[]): number[][] {
  const key = (p: Position) => `${p[0]},${p[1]}`;
  const info = arcs.map((a) => {
    const c = arcPoints(topo, a < 0 ? ~a : a);
    const [s, e] = [key(c[0]!), key(c[c.length - 1]!)];
    return a < 0 ? { a, s: e, e: s } : { a, s, e };
  });
  const byStart = new Map<string, number[]>();
  info.forEach((x, k) => byStart.set(x.s, [...(byStart.get(x.s) ?? []), k]));
  const used = new Array<boolean>(info.length).fill(false);
  const rings: number[][] = [];
  info.forEach((first, k) => {
    if (used[k]) return;
    const ring = [first.a];
    used[k] = true;
    let end = first.e;
    while (end !== first.s) {
      const next = (byStart.get(end) ?? []).find((j) => !used[j]);
      if (next === undefined) throw new Error(`dissolve: outline does not close at ${end}`);
      ring.push(info[next]!.a);
      used[next] = true;
      end = info[next]!.e;
    }
    rings.push(ring);
  });
  return rings;
}

/** Absolute (possibly quantized) points of one arc, in stored direction. */
function arcPoints(topo: Topology, index: number): Position[] {
  const arc = topo.arcs[index]!;
  if (!topo.transform) return arc;
  let x = 0;
  let y = 0;
  return arc.map(([dx, dy]) => [(x += dx!), (y += dy!)]);
}

export function ringCoords(topo: Topology, arcs: number[]): Position[] {
  const g = feature(topo, { type: 'Polygon', arcs: [arcs] }).geometry as { coordinates: Position[][] };
  return g.coordinates[0]!;
}

/**
 * contains() for many points at once, with the same arithmetic: each edge
 * visits only the points whose y it spans (points sorted by y), so a ring of
 * 70,000 points is read once rather than once per point.
 */
export function containsAll(ring: Position[], points: Position[]): boolean[] {
  const inside = points.map(() => false);
  if (!points.length) return inside;
  const order = points.map((_, k) => k).sort((a, b) => points[a]![1]! - points[b]![1]!);
  const ys = order.map((k) => points[k]![1]!);
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    // yi > py !== yj > py  ⇔  min(yi, yj) <= py < max(yi, yj)
    const [lo, hi] = yi < yj ? [yi, yj] : [yj, yi];
    for (let m = lowerBound(ys, lo); m < ys.length && ys[m]! < hi; m++) {
      const k = order[m]!;
      const [px, py] = points[k] as [number, number];
      if (px < ((xj - xi) * (py - yi)) / (yj - yi) + xi) inside[k] = !inside[k];
    }
  }
  return inside;
}

/** First index of a sorted array whose value is >= v. */
function lowerBound(sorted: number[], v: number): number {
  let [a, b] = [0, sorted.length];
  while (a < b) {
    const m = (a + b) >> 1;
    if (sorted[m]! < v) a = m + 1;
    else b = m;
  }
  return a;
}

export function contains(ring: Position[], p: Position): boolean {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i] as [number, number];
    const [xj, yj] = ring[j] as [number, number];
    if (yi > p[1]! !== yj > p[1]! && p[0]! < ((xj - xi) * (p[1]! - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** Group ids by a key function, keys in sorted order, members in input order. */
export function groupBy<T>(items: T[], key: (t: T) => string | null, id: (t: T) => string): Groups {
  const groups: Groups = new Map();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    groups.set(k, [...(groups.get(k) ?? []), id(item)]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
