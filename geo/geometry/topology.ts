/**
 * Step 4 — topology: one TopoJSON topology of all units with shared arcs,
 * built from full-resolution coordinates (the package's 1/1024° grid), so
 * that neighbours share exactly one copy of every border.
 */
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { topology } from 'topojson-server';
import type { GeometryCollection, MultiPolygon as TopoMultiPolygon, Polygon as TopoPolygon, Topology } from 'topojson-specification';
import type { SourceUnit } from './read-units.ts';

export type UnitGeometry = (TopoPolygon | TopoMultiPolygon) & { id: string };
export type UnitTopology = Topology<{ units: GeometryCollection }>;

/** Grid of the package's coordinates (1/1024°); output is quantized on it. */
export const GRID = 1 / 1024;

/** Build the topology; object `units` holds one geometry per unit, id = GB code. */
export function buildTopology(units: SourceUnit[]): UnitTopology {
  const features = units.map((u) => ({ type: 'Feature' as const, id: u.id, properties: {}, geometry: u.geometry as Polygon | MultiPolygon }));
  const collection: FeatureCollection = { type: 'FeatureCollection', features };
  const topo = topology({ units: collection }) as unknown as UnitTopology;
  for (const g of topo.objects.units.geometries) {
    if (g.type !== 'Polygon' && g.type !== 'MultiPolygon') throw new Error(`unit ${g.id}: empty or invalid geometry after topology`);
    delete (g as { properties?: unknown }).properties;
  }
  return topo;
}

/** The unit geometries by id. */
export function unitGeometries(topo: UnitTopology): Map<string, UnitGeometry> {
  return new Map(topo.objects.units.geometries.map((g) => [String(g.id), g as UnitGeometry]));
}

/** Rings (as arc-index lists) of a polygonal geometry. */
export function ringsOf(g: TopoPolygon | TopoMultiPolygon): number[][] {
  return g.type === 'Polygon' ? g.arcs : g.arcs.flat();
}
