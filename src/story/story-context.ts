/**
 * What a story may refer to, from series.json alone (no geometry needed, so
 * it works in node and before the map loads): the indicators of each view,
 * their years, the entities of each view, and the value of one figure.
 * Built on the atlas's own ViewCatalog, so a story accepts exactly the
 * states the atlas accepts.
 */
import type { IndicatorDef, SeriesFile, SourceDef } from '../data/schema';
import { VIEWS, type Catalog, type ViewId } from '../state/atlas-state';
import { ViewCatalog } from '../state/view-catalog';
import { MEMBERSHIP_ID } from '../state/membership';
import type { ValueRef } from './story-types';

export interface FigureValue {
  value: number;
  indicator: IndicatorDef;
  source: SourceDef | null;
}

export interface StoryContext {
  /** The atlas's own catalog (without geometry), for the fields checked by the atlas's rules. */
  catalog: Catalog;
  indicatorIds(view: ViewId): string[];
  /** Views that show an indicator (for messages). */
  viewsOf(indicator: string): ViewId[];
  /** Every year from the indicator's first to its last with data; [] when timeless. */
  yearRange(indicator: string): number[];
  isEntity(view: ViewId, id: string): boolean;
  indicator(id: string): IndicatorDef | undefined;
  entityExists(id: string): boolean;
  /** The row behind a quoted figure (exact year, no carry-forward), or null. */
  value(ref: ValueRef): FigureValue | null;
  /** Years in which an entity has a value of an indicator. */
  yearsWithValue(indicator: string, entity: string): number[];
}

export function storyContext(series: SeriesFile): StoryContext {
  const catalog = new ViewCatalog(series, {});
  const ids = Object.fromEntries(VIEWS.map((v) => [v, catalog.indicatorIds(v)])) as Record<ViewId, string[]>;
  // The membership map is drawn from geometry, not series.json: always offered in the county view.
  if (!ids.counties.includes(MEMBERSHIP_ID)) ids.counties = [MEMBERSHIP_ID, ...ids.counties];
  const entities = new Set(series.entities.map((e) => e.id));
  const sources = series.sources;
  return {
    catalog,
    indicatorIds: (view) => ids[view],
    viewsOf: (indicator) => VIEWS.filter((v) => ids[v].includes(indicator)),
    yearRange: (indicator) => (indicator === MEMBERSHIP_ID ? [] : catalog.yearRange(indicator)),
    isEntity: (view, id) => catalog.isEntity(view, id),
    indicator: (id) => series.indicators.find((d) => d.id === id),
    entityExists: (id) => entities.has(id),
    yearsWithValue: (indicator, entity) => (series.values[indicator]?.[entity] ?? []).map((p) => p[0]),
    value(ref) {
      const indicator = series.indicators.find((d) => d.id === ref.indicator);
      const point = series.values[ref.indicator]?.[ref.entity]?.find((p) => p[0] === ref.year);
      if (!indicator || !point) return null;
      return { value: point[1], indicator, source: sources[point[2]] ?? null };
    },
  };
}
