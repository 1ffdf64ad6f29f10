/**
 * Step `first-view` — public/data/first-view.json: what the atlas needs to
 * draw its first view (the 14 areas, coloured by the default indicator in
 * the default year) before atlas.topo.json and series.json have been read.
 *
 * - `series`: series.json cut down to the first view's indicator: its
 *   definition, every value it has for the areas (and their aggregate), the
 *   sources those values name (indices renumbered), its breaks, notes and
 *   value methods, and the entities they name. Nothing is computed here:
 *   the page derives colours, legend and timeline from these rows with the
 *   same code as from the full file (src/state/first-view.test.ts checks
 *   both give the same first view).
 * - `topology`: the `provinces` and `areas` objects of atlas.topo.json,
 *   simplified as the SVG map simplifies them at the China-wide zoom
 *   (`simplifyTopology`).
 *
 * The page reads it only when it opens on the default first view
 * (src/state/load-controller.ts); the full files replace it as soon as they
 * are read.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { SeriesFile } from '../../src/data/schema.ts';
import { parseSeriesFile } from '../../src/data/parse-series-file.ts';
import { EMPTY_STATE, defaultsFor } from '../../src/state/atlas-state.ts';
import { toGeoJson } from '../../src/state/data-store.ts';
import { ViewCatalog } from '../../src/state/view-catalog.ts';
import type { StepContext } from '../build.ts';
import { simplifyRing } from '../../src/map/simplify-ring.ts';
import { tolerancesAt, toWorld } from '../../src/map/web-mercator.ts';

export const FIRST_VIEW_FILE = 'first-view.json';
/**
 * The detail level the file is simplified for: 2, at which maps 700–1100 px
 * wide show the 14 areas (1000×700, 375×667); narrower maps simplify it
 * again, wider ones (level 3 from ~1200 px) show it up to a pixel coarser
 * until the full geometry has been read. Level 3 would double the file
 * (45 instead of 26 KB gzipped).
 */
export const FIRST_VIEW_LEVEL = 2;
/** Coordinates on a grid 4× coarser than atlas.topo.json's (~0.004°, a twentieth of a pixel at level 2). */
const GRID = 4;
const OBJECTS = ['provinces', 'areas'] as const;

export interface FirstViewFile {
  generated: string;
  /** The state this file draws: the default view, indicator and year. */
  view: 'areas';
  indicator: string;
  year: number;
  /** The SVG map's detail level the geometry is simplified for (FIRST_VIEW_LEVEL). */
  level: number;
  series: SeriesFile;
  topology: Topology;
}

export async function buildFirstView(ctx: StepContext): Promise<void> {
  const seriesJson = JSON.parse(readFileSync(join(ctx.out, 'series.json'), 'utf8')) as unknown;
  const atlas = JSON.parse(readFileSync(join(ctx.out, 'atlas.topo.json'), 'utf8')) as Topology;
  const file = firstViewFile(seriesJson, atlas);
  const text = `${JSON.stringify(file)}\n`;
  writeFileSync(join(ctx.out, FIRST_VIEW_FILE), text);
  const points = file.topology.arcs.reduce((n, a) => n + a.length, 0);
  ctx.log(`first-view: ${file.indicator} ${file.year}, ${file.series.values[file.indicator] ? Object.keys(file.series.values[file.indicator]).length : 0} entities, ${points} arc points, ${(text.length / 1024).toFixed(1)} KB`);
}

export function firstViewFile(seriesJson: unknown, atlas: Topology): FirstViewFile {
  const series = parseSeriesFile(seriesJson, 'series.json');
  const geo = { provinces: toGeoJson(atlas, 'provinces', 'atlas.topo.json'), areas: toGeoJson(atlas, 'areas', 'atlas.topo.json') };
  const catalog = new ViewCatalog(series, geo);
  // Twice, as the page resolves a state: the year's default follows the indicator's.
  const state = defaultsFor(defaultsFor({ ...EMPTY_STATE }, catalog), catalog);
  if (state.view !== 'areas' || !state.indicator) throw new Error(`first-view: the default view is ${state.view}/${state.indicator || '(no indicator)'}, expected the areas with an indicator`);
  return {
    generated: `${series.generated}; cut to the first view by geo/first-view/build-first-view.ts`,
    view: 'areas',
    indicator: state.indicator,
    year: state.year,
    level: FIRST_VIEW_LEVEL,
    series: cutSeries(series, state.indicator),
    topology: simplifyTopology(atlas),
  };
}

/** The series file with one indicator's rows only, and what they name. */
export function cutSeries(series: SeriesFile, indicator: string): SeriesFile {
  const def = series.indicators.find((d) => d.id === indicator);
  if (!def) throw new Error(`first-view: indicator ${indicator} is not in series.json`);
  const byEntity = series.values[indicator] ?? {};
  const sourceIndex = new Map<number, number>();
  const values: SeriesFile['values'][string] = {};
  for (const [entity, points] of Object.entries(byEntity)) {
    values[entity] = points.map(([year, value, source]) => {
      if (!sourceIndex.has(source)) sourceIndex.set(source, sourceIndex.size);
      return [year, value, sourceIndex.get(source)!];
    });
  }
  const notes = (series.notes ?? []).filter((n) => n.indicator === indicator);
  const methods = (series.methods ?? []).filter((m) => m.indicator === indicator);
  const breaks = series.breaks.filter((b) => b.indicators.includes(indicator));
  const usedIds = new Set([...notes.flatMap((n) => n.others ?? []), ...methods.map((m) => m.sourceId)]);
  const sources = [...sourceIndex.keys()].map((i) => series.sources[i]);
  for (const s of series.sources) if (usedIds.has(s.id) && !sources.includes(s)) sources.push(s);
  const named = new Set([...Object.keys(values), ...notes.map((n) => n.entityId), ...methods.map((m) => m.entityId), ...breaks.map((b) => b.entityId)]);
  return {
    generated: series.generated,
    indicators: [def],
    sources,
    entities: series.entities.filter((e) => named.has(e.id) || e.kind === 'area'),
    values: { [indicator]: values },
    breaks,
    notes,
    methods,
  };
}

/**
 * `provinces` and `areas` with every ring simplified as the SVG map
 * simplifies it at detail level FIRST_VIEW_LEVEL (src/map/svg-renderer.ts,
 * in Web Mercator), then put back on atlas.topo.json's grid, one arc per
 * ring. The points that set the areas' west, south, east and north edges are
 * kept (moved to the coarser grid by at most 0.002°), so the view is fitted
 * as with the full geometry. Islets of the land layer smaller than the
 * tolerance are left out (the full map draws them as specks).
 */
export function simplifyTopology(atlas: Topology): Topology {
  const { translate } = atlas.transform!;
  const scale = atlas.transform!.scale.map((v) => v * GRID);
  const grid = ([lon, lat]: number[]): [number, number] => [Math.round((lon - translate[0]) / scale[0]), Math.round((lat - translate[1]) / scale[1])];
  const arcs: Array<Array<[number, number]>> = [];
  const objects: Topology['objects'] = {};
  const [tol, lineTol] = tolerancesAt(FIRST_VIEW_LEVEL);
  for (const name of OBJECTS) {
    const fc = toGeoJson(atlas, name, 'atlas.topo.json');
    const extremes = name === 'areas' ? extremePoints(fc) : new Set<string>();
    const ring = (coords: number[][]): number => {
      const n = coords.length - 1; // closed: the last point repeats the first
      const world = new Float64Array(2 * n);
      for (let i = 0; i < n; i++) [world[2 * i], world[2 * i + 1]] = toWorld(coords[i] as [number, number]);
      // A land ring under the tolerance (an islet) is a speck at this zoom: left out.
      if (name === 'provinces' && isSpeck(world, tol)) return -1;
      const kept = new Set(simplifyRing(world, tol, lineTol));
      for (let i = 0; i < n; i++) if (extremes.has(String(coords[i]))) kept.add(i);
      const points = [...kept].sort((a, b) => a - b).map((i) => grid(coords[i]));
      points.push(points[0]);
      // Delta-encoded, as TopoJSON arcs are.
      const arc = points.map(([x, y], i) => (i === 0 ? [x, y] : [x - points[i - 1][0], y - points[i - 1][1]]) as [number, number]);
      return arcs.push(arc) - 1;
    };
    objects[name] = {
      type: 'GeometryCollection',
      geometries: fc.features.map((f) => {
        const g = f.geometry as Polygon | MultiPolygon;
        const properties = f.properties ?? {};
        return g.type === 'Polygon'
          ? { type: 'Polygon', id: f.id, properties, arcs: g.coordinates.map((r) => [ring(r)]).filter(([i]) => i >= 0) }
          : { type: 'MultiPolygon', id: f.id, properties, arcs: g.coordinates.map((p) => p.map((r) => [ring(r)]).filter(([i]) => i >= 0)).filter((p) => p.length > 0) };
      }),
    } as GeometryCollection;
  }
  return { type: 'Topology', bbox: atlas.bbox, transform: { scale: [scale[0], scale[1]], translate }, objects, arcs } as Topology;
}

/** The points ("lon,lat") that set the collection's west, south, east and north edges. */
function extremePoints(fc: FeatureCollection): Set<string> {
  const best: number[][] = [];
  for (const f of fc.features) {
    const g = f.geometry as Polygon | MultiPolygon;
    for (const poly of g.type === 'Polygon' ? [g.coordinates] : g.coordinates) {
      for (const p of poly[0]) {
        if (!best[0] || p[0] < best[0][0]) best[0] = p;
        if (!best[1] || p[1] < best[1][1]) best[1] = p;
        if (!best[2] || p[0] > best[2][0]) best[2] = p;
        if (!best[3] || p[1] > best[3][1]) best[3] = p;
      }
    }
  }
  return new Set(best.map(String));
}

/** Whether every point of a ring lies within `tol` of its first. */
function isSpeck(world: Float64Array, tol: number): boolean {
  for (let i = 2; i < world.length; i += 2) if ((world[i] - world[0]) ** 2 + (world[i + 1] - world[1]) ** 2 >= tol * tol) return false;
  return true;
}
