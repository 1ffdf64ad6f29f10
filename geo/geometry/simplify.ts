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
 * Minimum triangle area kept, in square degrees (planar lon/lat). 1e-4 deg²
 * ≈ a 1 km × 1 km triangle... tuned so both files meet their budgets while
 * county borders stay smooth at zoom 9.
 */
export const MIN_WEIGHT = 2e-4;

type WeightedArc = Array<[number, number, number]>;

/** Presimplify, protect small rings, drop points under MIN_WEIGHT, quantize. */
export function simplifyTopology(topo: UnitTopology, minWeight = Number(process.env.GEO_MIN_WEIGHT ?? MIN_WEIGHT)): UnitTopology {
  const weighted = presimplify(topo);
  protectRings(weighted as UnitTopology);
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
