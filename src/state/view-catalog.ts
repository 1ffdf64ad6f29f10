/**
 * What each view can show, from the loaded data: its regions (geometry ids),
 * its indicators ranked by coverage, their years, and how many regions have a
 * value in a year. Implements the Catalog that validates state. Indicators
 * come from IndicatorSources (series.json, the counties' membership, and any
 * other given), none of them a special case here.
 */
import type { FeatureCollection } from 'geojson';
import type { EntityKind, I18nText, IndicatorDef, SeriesFile } from '../data/schema';
import { DEFAULT_INDICATORS, DEFAULT_YEARS } from '../data/indicators';
import type { JoinedBounds, JoinedValue } from '../data/join-series';
import { VIEWS, type Catalog, type ViewId } from './atlas-state';
import { VIEW_DEFS } from './views';
import type { GeoCollections } from './data-store';
import { membershipSource, seriesSource, type IndicatorSource, type SeriesPoint } from './indicator-source';
import { anchorOf } from '../data/region-anchor';

export interface Region {
  id: string;
  name: I18nText;
  /** Label anchor [lon, lat], when the geometry gives one. */
  label?: [number, number];
  props: Record<string, unknown>;
}

export interface Coverage {
  n: number;
  total: number;
  /** How many of the n values stand in from an earlier year (carry-forward). */
  carried?: number;
  /** How many of the n values were derived by elimination (data helper). */
  derived?: number;
  /** Regions without a value whose value is known only as a range (not counted in n; data helper). */
  ranged?: number;
}

function regionsOf(fc: FeatureCollection | undefined): Region[] {
  return (fc?.features ?? []).map((f) => {
    const p = (f.properties ?? {}) as Record<string, unknown>;
    // County units carry no label point: one from the shape keeps them reachable from the keyboard.
    // Worked out when first asked for (keyboard, reveal), not for the first paint (~0.1 s for 802 units).
    let label = p.label as [number, number] | undefined;
    let found = label !== undefined;
    return {
      id: String(p.id),
      name: { zh: String(p.name_zh), en: String(p.name_en) },
      get label() {
        if (!found) [label, found] = [anchorOf(f), true];
        return label;
      },
      props: p,
    };
  });
}

export class ViewCatalog implements Catalog {
  private readonly regions: Record<ViewId, Region[]>;
  private readonly ranked: Record<ViewId, IndicatorDef[]>;
  /** Which source gives each indicator (the first to name it). */
  private readonly sourceOf = new Map<string, { def: IndicatorDef; source: IndicatorSource }>();

  /**
   * `extra`: further indicator sources (e.g. a reader's CSV), after the
   * counties' membership and series.json.
   */
  constructor(
    readonly series: SeriesFile,
    readonly geo: GeoCollections,
    extra: IndicatorSource[] = [],
  ) {
    // Without geometry (not loaded yet, or failed) the regions come from series.json,
    // so the table and panels keep working.
    this.regions = {
      areas: geo.areas ? regionsOf(geo.areas) : this.seriesRegions('area'),
      sichuan: geo.prefectures ? regionsOf(geo.prefectures) : this.seriesRegions('prefecture').filter((r) => r.id.startsWith('51')),
      counties: geo.counties ? regionsOf(geo.counties) : this.seriesRegions('county'),
    };
    // The areas with the short names of their map labels, for the membership legend.
    const short = new Map(series.entities.map((e) => [e.id, e.short]));
    const areas = geo.areas ? this.regions.areas.map((r) => ({ id: r.id, name: r.name, short: short.get(r.id) })) : null;
    const sources = [membershipSource(areas, geo.counties), seriesSource(series), ...extra];
    for (const source of sources) {
      for (const def of source.definitions()) if (!this.sourceOf.has(def.id)) this.sourceOf.set(def.id, { def, source });
    }
    this.ranked = Object.fromEntries(VIEWS.map((v) => [v, this.rank(v)])) as Record<ViewId, IndicatorDef[]>;
  }

  /** Regions of a kind named in series.json, for when their geometry is missing. */
  private seriesRegions(kind: EntityKind): Region[] {
    return this.series.entities.filter((e) => e.kind === kind).map((e) => ({ id: e.id, name: e.name, props: {} }));
  }

  regionsOf(view: ViewId): Region[] {
    return this.regions[view];
  }

  indicators(view: ViewId): IndicatorDef[] {
    return this.ranked[view];
  }

  indicator(id: string): IndicatorDef | undefined {
    return this.sourceOf.get(id)?.def;
  }

  indicatorIds(view: ViewId): string[] {
    return this.ranked[view].map((d) => d.id);
  }

  defaultIndicator(view: ViewId): string {
    const preferred = DEFAULT_INDICATORS[VIEW_DEFS[view].kind as keyof typeof DEFAULT_INDICATORS];
    const ids = this.indicatorIds(view);
    return ids.includes(preferred) ? preferred : (ids[0] ?? '');
  }

  /** Years with a value, ascending. */
  dataYears(indicator: string): number[] {
    return this.sourceOf.get(indicator)?.source.years(indicator) ?? [];
  }

  /** Every year from the first to the last with data (the slider's range). */
  yearRange(indicator: string): number[] {
    const years = this.dataYears(indicator);
    if (years.length === 0) return [];
    return Array.from({ length: years[years.length - 1] - years[0] + 1 }, (_, i) => years[0] + i);
  }

  defaultYear(view: ViewId, indicator: string): number {
    const range = this.yearRange(indicator);
    if (range.length === 0) return 0;
    const preferred = DEFAULT_YEARS[VIEW_DEFS[view].kind as keyof typeof DEFAULT_YEARS];
    if (indicator === this.defaultIndicator(view) && range.includes(preferred)) return preferred;
    let best = range[range.length - 1];
    let bestN = -1;
    for (const year of range) {
      const n = this.values(view, indicator, year).size;
      if (n >= bestN) [best, bestN] = [year, n];
    }
    return best;
  }

  hasValues(view: ViewId, indicator: string, year: number): boolean {
    return this.values(view, indicator, year).size > 0;
  }

  isEntity(view: ViewId, id: string): boolean {
    return this.regions[view].some((r) => r.id === id);
  }

  /** Each region's value in a year (carried forward within the indicator's tolerance). */
  values(view: ViewId, indicator: string, year: number): Map<string, JoinedValue> {
    return this.sourceOf.get(indicator)?.source.values(indicator, this.ids(view), year) ?? new Map();
  }

  /** Regions whose value is known only as a range, in a year. */
  bounds(view: ViewId, indicator: string, year: number, values: ReadonlyMap<string, JoinedValue>): Map<string, JoinedBounds> {
    return this.sourceOf.get(indicator)?.source.bounds?.(indicator, this.ids(view), year, values) ?? new Map();
  }

  /** One region's series of an indicator, for the panel's chart. */
  seriesOf(indicator: string, id: string): SeriesPoint[] {
    return this.sourceOf.get(indicator)?.source.series(indicator, id) ?? [];
  }

  private ids(view: ViewId): string[] {
    return this.regions[view].map((r) => r.id);
  }

  coverage(view: ViewId, indicator: string, year: number): Coverage {
    return { n: this.values(view, indicator, year).size, total: this.regions[view].length };
  }

  /**
   * Every value an indicator has in any year for the view's regions, for the
   * colour scale's domain (aggregates such as CPA_ALL14 stay out of it).
   */
  allValues(view: ViewId, indicator: string): number[] {
    return this.sourceOf.get(indicator)?.source.allValues(indicator, this.ids(view)) ?? [];
  }

  /** Indicators carried by the view's kind with a value for one of its regions, best-covered first. */
  private rank(view: ViewId): IndicatorDef[] {
    const kind = VIEW_DEFS[view].kind;
    const ids = this.ids(view);
    const scored = [...this.sourceOf.values()]
      .filter(({ def }) => def.kinds.includes(kind))
      .map(({ def, source }) => ({ d: def, withValue: source.covered(def.id, ids) }))
      .filter((s) => s.withValue > 0);
    // Stable: among equally covered indicators, the sources' order (membership, then series.json).
    scored.sort((a, b) => b.withValue - a.withValue);
    return scored.map((s) => s.d);
  }
}
