/**
 * The benchmark's choropleth, the same for every page and for the runner:
 * the 802 county units of counties.topo.json coloured by exit year
 * (`exit_year` in series.json) in a given year. Values follow the atlas's one
 * rule (joinSeries: the year's value or the latest earlier one within the
 * indicator's carryForward) and colours its colour scale (colorScale), so a
 * peer page that draws these colours draws what the atlas should draw.
 */
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { colorScale } from '../../src/data/color-scale';
import { joinSeries } from '../../src/data/join-series';
import type { SeriesFile } from '../../src/data/schema';

export const INDICATOR = 'exit_year';
/** The year every page opens on, then the steps the runner takes. */
export const FIRST_YEAR = 2020;
export const STEPS = [2016, 2017, 2018, 2019, 2020];
/** What a region without a value is filled with on the peer pages (the atlas hatches it). */
export const NO_DATA = '#ffffff';

export type County = Feature<Polygon | MultiPolygon, { id: string; name_zh: string; name_en: string }>;

export interface Choropleth {
  counties: FeatureCollection<Polygon | MultiPolygon, County['properties']>;
  /** Category values and their colours, in legend order. */
  legend: Array<{ value: number; color: string; label: string }>;
  /** Value shown for each county in `year` (absent: no data). */
  values(year: number): Map<string, number>;
  /** Colour of each county in `year` (NO_DATA where there is none). */
  colors(year: number): Map<string, string>;
}

export function choropleth(topo: Topology, series: SeriesFile): Choropleth {
  const counties = feature(topo, topo.objects.counties as GeometryCollection) as unknown as Choropleth['counties'];
  const def = series.indicators.find((d) => d.id === INDICATOR);
  if (!def) throw new Error(`series.json: no indicator ${INDICATOR}`);
  const all = Object.values(series.values[INDICATOR] ?? {}).flatMap((points) => points.map((p) => p[1]));
  const scale = colorScale(def, all);
  const ids = counties.features.map((f) => f.properties.id);
  const values = (year: number) => new Map([...joinSeries(series, INDICATOR, ids, year)].map(([id, v]) => [id, v.value]));
  return {
    counties,
    legend: scale.bins.map((b) => ({ value: b.value ?? b.from, color: b.color, label: String(b.value ?? b.from) })),
    values,
    colors(year) {
      const v = values(year);
      return new Map(ids.map((id) => [id, v.has(id) ? scale.color(v.get(id)!) : NO_DATA]));
    },
  };
}

/** Fetches the atlas's own data files (beside the built atlas) and builds the choropleth. */
export async function loadChoropleth(base: string): Promise<Choropleth> {
  const [topo, series] = await Promise.all(
    ['counties.topo.json', 'series.json'].map(async (f) => {
      const r = await fetch(new URL(f, base));
      if (!r.ok) throw new Error(`${f}: HTTP ${r.status}`);
      return r.json();
    }),
  );
  return choropleth(topo as Topology, series as SeriesFile);
}

/** Where the peer pages find the data: the atlas's own files, served beside them (site/atlas/data/). */
export const dataBase = () => new URL('../atlas/data/', location.href).href;

/** What every bench page exposes to the runner as `window.bench`. */
export interface BenchPage {
  /** Page px of a [lon, lat]. */
  project(at: [number, number]): { x: number; y: number };
  /** Shows `year`'s colours (the runner times until they are on screen). */
  setYear(year: number): void;
  /** Whether a tooltip is showing. */
  tooltipShown(): boolean;
}

declare global {
  interface Window {
    bench: BenchPage;
  }
}
