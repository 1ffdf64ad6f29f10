/**
 * What a map draws for one state, as plain data that any renderer (MapLibre
 * or SVG, see src/map/renderer.ts) turns into pixels: the geometry, each
 * coloured region's value and colour, the no-data set, the legend's
 * highlight, the selection, the box to fit and the label points. Knows
 * nothing of MapLibre; the colours come from the same ColorScale the legend
 * shows, so every renderer paints the same colour for the same region.
 */
import type { FeatureCollection, Position } from 'geojson';
import type { I18nText, Lang } from '../data/schema';
import type { ColorScale } from '../data/color-scale';
import type { ViewId } from './atlas-state';
import type { GeoLayer } from './views';
import type { GeoCollections } from './data-store';

export type BBox = [west: number, south: number, east: number, north: number];

/** A region's label anchor, for keyboard navigation and the label layer. */
export interface LabelPoint {
  id: string;
  /** [lon, lat] */
  at: [number, number];
}

export interface MapLabel extends LabelPoint {
  name: I18nText;
  /** Shorter name where the full one is long ("Wuling Mts."), else the name. */
  short: I18nText;
}

/** Legend highlight: a bin of the scale, "no data", or nothing. */
export type Highlight = number | 'nodata' | null;

/** Opacity of regions outside the legend's highlight. */
export const DIMMED = 0.18;

export interface MapModel {
  view: ViewId;
  lang: Lang;
  /** Indicator shown (a new one may bring a new scale). */
  indicator: string;
  /** Geometry layer coloured by the indicator (areas until counties load). */
  layer: GeoLayer;
  /** Every geometry collection loaded; the same objects from state to state. */
  geo: GeoCollections;
  scale: ColorScale | null;
  /** Value per coloured region, null where there is none. */
  values: Map<string, number | null>;
  /** Colour per coloured region: `scale.color(value)`, or the no-data colour. */
  colors: Map<string, string>;
  /** Regions without a value (drawn hatched). */
  noData: Set<string>;
  highlight: Highlight;
  selected: string | null;
  /** Box of the view, to fit when the camera is "fitted". */
  bounds: BBox | null;
  /** Label points of the coloured regions, for keyboard navigation. */
  points: LabelPoint[];
  /** Labels drawn on the map (the coloured regions, or the areas over counties). */
  labels: MapLabel[];
  /** Area outlined on top in the counties view (drilled down), with its box. */
  outline: { id: string; bounds: BBox } | null;
}

/** Whether a value lies in the legend's highlight (everything does when nothing is pointed at). */
export function inHighlight(scale: ColorScale | null, highlight: Highlight, value: number | null): boolean {
  if (highlight === null || !scale) return true;
  if (highlight === 'nodata') return value === null;
  const b = scale.bins[highlight];
  if (!b) return true;
  if (value === null) return false;
  if (scale.kind === 'ordinal') return value === (b.value ?? b.from);
  const last = highlight === scale.bins.length - 1;
  return (highlight === 0 || value >= b.from) && (last || value < b.to);
}

/**
 * The box around every feature of the collections (optionally only those
 * passing `keep`). Only outer rings are read: a hole lies inside its outer
 * ring, so it cannot widen the box (a third of the first view's points are
 * not visited, and no callback runs per point).
 */
export function bboxOf(collections: FeatureCollection[], keep: (props: Record<string, unknown>) => boolean = () => true): BBox | null {
  let [w, s, e, n] = [Infinity, Infinity, -Infinity, -Infinity];
  const ring = (r: Position[]) => {
    for (let i = 0; i < r.length; i++) {
      const x = r[i]![0]!;
      const y = r[i]![1]!;
      if (x < w) w = x;
      if (x > e) e = x;
      if (y < s) s = y;
      if (y > n) n = y;
    }
  };
  for (const fc of collections) {
    for (const f of fc.features) {
      const g = f.geometry;
      if (!g || !keep((f.properties ?? {}) as Record<string, unknown>)) continue;
      if (g.type === 'Polygon') ring(g.coordinates[0] ?? []);
      else if (g.type === 'MultiPolygon') for (const p of g.coordinates) ring(p[0] ?? []);
      else if (g.type === 'LineString' || g.type === 'MultiPoint') ring(g.coordinates);
      else if (g.type === 'MultiLineString') for (const l of g.coordinates) ring(l);
      else if (g.type === 'Point') ring([g.coordinates]);
    }
  }
  return Number.isFinite(w) ? [w, s, e, n] : null;
}
