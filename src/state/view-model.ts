/**
 * Everything the elements draw for one state, computed from the catalog:
 * the indicator, its colour scale (over all years), each region's value,
 * coverage, the timeline's years and the table rows. Pure; the map, legend,
 * table and tooltip all read the same numbers from here.
 */
import type { IndicatorDef } from '../data/schema';
import { colorScale, type ColorScale } from '../data/color-scale';
import type { JoinedBounds, JoinedValue } from '../data/join-series';
import { derivedCount } from '../data/value-text';
import type { AtlasState } from './atlas-state';
import type { Coverage, Region, ViewCatalog } from './view-catalog';

export interface ViewModel {
  indicator: IndicatorDef | null;
  scale: ColorScale | null;
  regions: Region[];
  /** Region id → joined value; regions without a value are absent. */
  values: Map<string, JoinedValue>;
  /** Region id → the range its value lies in, where only a range is known (never painted). */
  bounds: Map<string, JoinedBounds>;
  /** What the map paints: every region, null where there is no value. */
  paint: Map<string, number | null>;
  coverage: Coverage;
  /** Slider years and years with data. */
  years: number[];
  dataYears: number[];
}

export function viewModel(catalog: ViewCatalog, state: AtlasState): ViewModel {
  const indicator = catalog.indicator(state.indicator) ?? null;
  const regions = catalog.regionsOf(state.view);
  const values = indicator ? catalog.values(state.view, indicator.id, state.year) : new Map<string, JoinedValue>();
  const paint = new Map<string, number | null>(regions.map((r) => [r.id, values.get(r.id)?.value ?? null]));
  const bounds = indicator ? catalog.bounds(state.view, indicator.id, state.year, values) : new Map<string, JoinedBounds>();
  let scale: ColorScale | null = null;
  if (indicator) {
    const all = catalog.allValues(state.view, indicator.id);
    scale = all.length > 0 ? colorScale(indicator, all) : null;
  }
  return {
    indicator,
    scale,
    regions,
    values,
    bounds,
    paint,
    coverage: { n: values.size, total: regions.length, carried: [...values.values()].filter((v) => v.year !== state.year).length, derived: derivedCount(values.values()), ranged: bounds.size },
    years: indicator ? catalog.yearRange(indicator.id) : [],
    dataYears: indicator ? catalog.dataYears(indicator.id) : [],
  };
}
