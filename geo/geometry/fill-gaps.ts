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

/** Units rebuilt from gaps, the ids for which no gap held the point, and the other gaps (km²). */
export function fillFromGaps(topo: UnitTopology, empty: EmptyUnit[]): { filled: SourceUnit[]; missing: string[]; gapsKm2: number[] } {
  const nation = mergeUnits(topo, [...unitGeometries(topo).values()]);
  const holes = nation.arcs.flatMap((polygon) => polygon.slice(1)).map((ring) => ringCoords(topo, ring));
  const used = new Set<Position[]>();
  const filled: SourceUnit[] = [];
  const missing: string[] = [];
  for (const e of empty) {
    const hole = holes.find((h) => contains(h, e.cp));
    if (hole) used.add(hole);
    if (!hole) {
      missing.push(`${e.id} ${e.name_zh}`);
      continue;
    }
    const geometry: Polygon = { type: 'Polygon', coordinates: [[...hole].reverse()] };
    filled.push({ id: e.id, name_zh: e.name_zh, file: `${e.file} (gap)`, province: `${e.id.slice(0, 2)}0000`, prefecture: `${e.id.slice(0, 4)}00`, geometry });
  }
  const gapsKm2 = holes.filter((h) => !used.has(h)).map((h) => areaKm2({ type: 'Polygon', coordinates: [[...h].reverse()] }));
  return { filled, missing, gapsKm2 };
}
