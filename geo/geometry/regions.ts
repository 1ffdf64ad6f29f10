/**
 * Region features (areas, Sichuan prefectures, provinces): dissolved
 * geometry plus RegionProps — curated names, land area measured on the
 * full-resolution geometry, a label point inside the drawn polygon.
 */
import type { Feature } from 'geojson';
import { feature } from 'topojson-client';
import type { MultiPolygon, Topology } from 'topojson-specification';
import type { RegionProps } from '../../src/data/schema.ts';
import { dissolve, type Groups } from './dissolve.ts';
import { areaKm2, labelPoint, type Polygonal } from './measure.ts';
import { type NameKind, type Name, regionName } from './names.ts';
import { type UnitGeometry, type UnitTopology } from './topology.ts';

export interface Region {
  kind: NameKind;
  /** Dissolved geometry in arcs of the simplified topology. */
  geometry: MultiPolygon;
  /** The same in arcs of the full-resolution topology. */
  fullGeometry: MultiPolygon;
  props: RegionProps;
  members: string[];
}

/** GeoJSON of a topology geometry. */
export function toGeoJSON(topo: Topology, g: UnitGeometry | MultiPolygon): Polygonal {
  return (feature(topo, g) as Feature<Polygonal>).geometry;
}

/**
 * Dissolve one kind of region at both resolutions. The full-resolution
 * topology gives the area; the simplified one the drawn geometry and label.
 */
export function buildRegions(
  kind: NameKind,
  groups: Groups,
  full: { topo: UnitTopology; byId: Map<string, UnitGeometry> },
  simple: { topo: UnitTopology; byId: Map<string, UnitGeometry> },
  names: Record<NameKind, Map<string, Name>>,
): Region[] {
  const fullGeoms = fullResolution(kind, groups, full);
  const simpleGeoms = dissolve(simple.topo, simple.byId, groups);
  return [...groups].map(([id, members]) => {
    const geometry = simpleGeoms.get(id)!;
    const name = regionName(names, kind, id);
    const props: RegionProps = {
      id,
      name_zh: name.name_zh,
      name_en: name.name_en,
      area_km2: fullGeoms.get(id)!.km2,
      label: labelPoint(toGeoJSON(simple.topo, geometry)),
    };
    return { kind, geometry, fullGeometry: fullGeoms.get(id)!.geometry, props, members };
  });
}

const fullCache = new WeakMap<UnitTopology, Map<NameKind, Map<string, { geometry: MultiPolygon; km2: number }>>>();

/** Full-resolution dissolve and land area, computed once per topology and kind. */
function fullResolution(kind: NameKind, groups: Groups, full: { topo: UnitTopology; byId: Map<string, UnitGeometry> }) {
  const byKind = fullCache.get(full.topo) ?? new Map();
  fullCache.set(full.topo, byKind);
  let out = byKind.get(kind);
  if (!out) {
    out = new Map();
    for (const [id, geometry] of dissolve(full.topo, full.byId, groups)) {
      out.set(id, { geometry, km2: Math.round(areaKm2(toGeoJSON(full.topo, geometry))) });
    }
    byKind.set(kind, out);
  }
  return out;
}
