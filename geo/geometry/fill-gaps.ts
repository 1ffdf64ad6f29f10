/**
 * Units the package ships without coordinates (天津/蓟州区) are rebuilt from
 * the gap their neighbours leave: the hole of the national outline that
 * holds the unit's `cp` point. Its outline is made of the neighbours' own
 * arcs, so it fits them exactly.
 */
import type { Polygon, Position } from 'geojson';
import { areaKm2 } from './measure.ts';
import { contains, mergeUnits, ringCoords } from './dissolve.ts';
import type { EmptyUnit, SourceUnit } from './read-units.ts';
import { unitGeometries, type UnitTopology } from './topology.ts';

/** Units rebuilt from gaps, and the ids for which no gap held the point. */
export function fillFromGaps(topo: UnitTopology, empty: EmptyUnit[]): { filled: SourceUnit[]; missing: string[] } {
  if (!empty.length) return { filled: [], missing: [] };
  const holes = gaps(topo);
  const filled: SourceUnit[] = [];
  const missing: string[] = [];
  for (const e of empty) {
    const hole = holes.find((h) => contains(h, e.cp));
    if (!hole) {
      missing.push(`${e.id} ${e.name_zh}`);
      continue;
    }
    const geometry: Polygon = { type: 'Polygon', coordinates: [[...hole].reverse()] };
    filled.push({ id: e.id, name_zh: e.name_zh, file: `${e.file} (gap)`, province: `${e.id.slice(0, 2)}0000`, prefecture: `${e.id.slice(0, 4)}00`, geometry });
  }
  return { filled, missing };
}

/** Areas (km²) of the gaps inside the outline of all units: the holes no unit covers. */
export function gapsKm2(topo: UnitTopology): number[] {
  return gaps(topo).map((h) => areaKm2({ type: 'Polygon', coordinates: [[...h].reverse()] }));
}

/** Holes of the dissolved outline of all units (clockwise rings). */
function gaps(topo: UnitTopology): Position[][] {
  const nation = mergeUnits(topo, [...unitGeometries(topo).values()]);
  return nation.arcs.flatMap((polygon) => polygon.slice(1)).map((ring) => ringCoords(topo, ring));
}
