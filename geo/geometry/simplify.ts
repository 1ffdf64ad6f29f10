/**
 * Step 5 — simplify: Visvalingam weights (topojson-simplify presimplify),
 * a weight threshold fit for zooms ~3–9, then quantization on the source
 * grid. Arcs are shared, so neighbours simplify identically: no gaps, no
 * slivers. Small rings are protected so that no county disappears.
 */
import { quantize } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import { GRID, ringsOf, type UnitTopology } from './topology.ts';

/**
 * Minimum triangle area kept, in square degrees (planar lon/lat): 1e-4 deg²
 * is about 1 km² — a few pixels at zoom 7, ~50 px² at zoom 9. Tried: 2e-4
 * (atlas 143 KB gzipped), 1e-4 (166 KB), 5e-5 (194 KB, too close to 200).
 */
export const MIN_WEIGHT = 1e-4;

type WeightedArc = Array<[number, number, number]>;

/** Visvalingam weights (as each point's third value), with small rings protected. */
export function presimplifyTopology(topo: UnitTopology): UnitTopology {
  const weighted = presimplify(topo) as UnitTopology;
  protectRings(weighted);
  return weighted;
}

/**
 * Drop points under the minimum weight, except on arcs in `keep` (kept at
 * full detail, see repair.ts), and quantize. Arc indexes are unchanged.
 */
export function simplifyWeighted(weighted: UnitTopology, keep: Set<number> = new Set(), minWeight = MIN_WEIGHT): UnitTopology {
  const arcs = weighted.arcs as unknown as WeightedArc[];
  for (const i of keep) for (const p of arcs[i]!) p[2] = Infinity;
  const simple = simplify(weighted, minWeight) as UnitTopology;
  return quantize(simple, gridTransform(simple)) as UnitTopology;
}

/**
 * A ring made of one or two arcs would collapse to a line once interior
 * points go (arc endpoints always stay). Keep the heaviest interior points so
 * each such ring keeps at least three distinct vertices.
 */
function protectRings(topo: UnitTopology): void {
  const arcs = topo.arcs as unknown as WeightedArc[];
  for (const g of topo.objects.units.geometries) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') continue;
    for (const ring of ringsOf(g)) {
      if (ring.length > 2) continue;
      const keep = ring.length === 1 ? 2 : 1;
      for (const index of ring) keepHeaviest(arcs[index < 0 ? ~index : index]!, keep);
    }
  }
}

function keepHeaviest(arc: WeightedArc, n: number): void {
  const interior = arc.slice(1, -1).sort((a, b) => b[2] - a[2]);
  for (const p of interior.slice(0, n)) p[2] = Infinity;
}

/** Quantize on the package's own 1/1024° grid: lossless for kept points. */
function gridTransform(topo: Topology): { scale: [number, number]; translate: [number, number] } {
  let x0 = Infinity;
  let y0 = Infinity;
  for (const arc of topo.arcs) for (const [x, y] of arc) (x0 = Math.min(x0, x!)), (y0 = Math.min(y0, y!));
  return { scale: [GRID, GRID], translate: [Math.floor(x0 / GRID) * GRID, Math.floor(y0 / GRID) * GRID] };
}
