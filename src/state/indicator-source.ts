/**
 * Where indicators come from. The catalog asks each source for its
 * definitions, years and values and knows no source by name: series.json is
 * one source, the counties' area membership (read from counties.topo.json)
 * another, and a reader's own CSV can be a third. Values follow the rules in
 * src/data/join-series.ts (carry-forward, missing stays missing).
 */
import type { FeatureCollection } from 'geojson';
import type { IndicatorDef, SeriesFile } from '../data/schema';
import { joinBounds, joinSeries, seriesFor, yearsOf, type JoinedBounds, type JoinedValue } from '../data/join-series';
import { membershipIndicator, membershipValues, type MembershipArea } from './membership';

/** One point of a region's series, for the panel's chart. */
export interface SeriesPoint {
  year: number;
  value: number;
  sourceId: string;
  method?: 'elimination';
}

export interface IndicatorSource {
  /** The indicators this source gives. */
  definitions(): IndicatorDef[];
  /** Years with a value, ascending; [] for a timeless indicator. */
  years(indicator: string): number[];
  /** Each of `ids`' value in `year` (carried forward within the indicator's tolerance); ids without one are absent. */
  values(indicator: string, ids: readonly string[], year: number): Map<string, JoinedValue>;
  /** Every value of `ids` in any year: the colour scale's domain. */
  allValues(indicator: string, ids: readonly string[]): number[];
  /** How many of `ids` have a value in some year (the picker lists the best-covered first). */
  covered(indicator: string, ids: readonly string[]): number;
  /** One region's series, sorted by year ([] when it has none to chart). */
  series(indicator: string, id: string): SeriesPoint[];
  /** Ranges for regions whose value is known only as one (optional). */
  bounds?(indicator: string, ids: readonly string[], year: number, values: ReadonlyMap<string, JoinedValue>): Map<string, JoinedBounds>;
}

/** The indicators of series.json. */
export function seriesSource(file: SeriesFile): IndicatorSource {
  // The years of an indicator are asked for on every render (timeline, legend, panel): listed once.
  const years = new Map<string, number[]>();
  return {
    definitions: () => file.indicators,
    years: (indicator) => {
      let list = years.get(indicator);
      if (!list) years.set(indicator, (list = yearsOf(file, indicator)));
      return list;
    },
    values: (indicator, ids, year) => joinSeries(file, indicator, ids, year),
    allValues: (indicator, ids) => {
      const byEntity = file.values[indicator] ?? {};
      return ids.flatMap((id) => (byEntity[id] ?? []).map((p) => p[1]));
    },
    covered: (indicator, ids) => {
      const byEntity = file.values[indicator] ?? {};
      return ids.filter((id) => id in byEntity).length;
    },
    series: (indicator, id) => seriesFor(file, indicator, id),
    bounds: (indicator, ids, year, values) => joinBounds(file, indicator, ids, year, values),
  };
}

/**
 * Each county's area (2012 list), from counties.topo.json: a timeless coded
 * indicator. Offered once the areas' geometry is known; its values arrive
 * with the counties.
 */
export function membershipSource(areas: MembershipArea[] | null, counties: FeatureCollection | undefined): IndicatorSource {
  const def = areas ? membershipIndicator(areas) : null;
  let all: Map<string, JoinedValue> | null = null;
  const codes = () => (all ??= def && counties ? membershipValues(counties, def) : new Map<string, JoinedValue>());
  const mine = (indicator: string) => !!def && indicator === def.id;
  return {
    definitions: () => (def ? [def] : []),
    years: () => [],
    values: (indicator, ids) => {
      const out = new Map<string, JoinedValue>();
      if (!mine(indicator)) return out;
      for (const id of ids) {
        const v = codes().get(id);
        if (v) out.set(id, v);
      }
      return out;
    },
    allValues: (indicator) => (mine(indicator) ? (def?.categories ?? []).map((c) => c.value) : []),
    // Every county unit belongs to an area or to "Sichuan, outside": the whole view, even before the counties arrive.
    covered: (indicator, ids) => (mine(indicator) ? ids.length : 0),
    series: () => [],
  };
}
