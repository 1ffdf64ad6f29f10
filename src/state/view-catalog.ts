/**
 * What each view can show, from the loaded data: its regions (geometry ids),
 * its indicators ranked by coverage, their years, and how many regions have a
 * value in a year. Implements the Catalog that validates state.
 */
import type { FeatureCollection } from 'geojson';
import type { EntityKind, I18nText, IndicatorDef, SeriesFile } from '../data/schema';
import { DEFAULT_INDICATORS, DEFAULT_YEARS } from '../data/indicators';
import { joinSeries, yearsOf, type JoinedValue } from '../data/join-series';
import { VIEWS, type Catalog, type ViewId } from './atlas-state';
import { VIEW_DEFS } from './views';
import type { GeoCollections } from './data-store';
import { MEMBERSHIP_ID, membershipIndicator, membershipValues } from './membership';
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
    const label = (p.label as [number, number] | undefined) ?? anchorOf(f);
    return { id: String(p.id), name: { zh: String(p.name_zh), en: String(p.name_en) }, label, props: p };
  });
}

export class ViewCatalog implements Catalog {
  private readonly regions: Record<ViewId, Region[]>;
  private readonly ranked: Record<ViewId, IndicatorDef[]>;
  private readonly membership: IndicatorDef | null;

  constructor(
    readonly series: SeriesFile,
    readonly geo: GeoCollections,
  ) {
    // Without geometry (not loaded yet, or failed) the regions come from series.json,
    // so the table and panels keep working.
    this.regions = {
      areas: geo.areas ? regionsOf(geo.areas) : this.seriesRegions('area'),
      sichuan: geo.prefectures ? regionsOf(geo.prefectures) : this.seriesRegions('prefecture').filter((r) => r.id.startsWith('51')),
      counties: geo.counties ? regionsOf(geo.counties) : this.seriesRegions('county'),
    };
    this.membership = geo.areas ? membershipIndicator(this.regions.areas) : null;
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
    if (id === MEMBERSHIP_ID) return this.membership ?? undefined;
    return this.series.indicators.find((d) => d.id === id);
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
    return indicator === MEMBERSHIP_ID ? [] : yearsOf(this.series, indicator);
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
    const ids = this.regions[view].map((r) => r.id);
    if (indicator === MEMBERSHIP_ID) return this.geo.counties && this.membership ? membershipValues(this.geo.counties, this.membership) : new Map();
    return joinSeries(this.series, indicator, ids, year);
  }

  coverage(view: ViewId, indicator: string, year: number): Coverage {
    return { n: this.values(view, indicator, year).size, total: this.regions[view].length };
  }

  /**
   * Every value an indicator has in any year for the view's regions, for the
   * colour scale's domain (aggregates such as CPA_ALL14 stay out of it).
   */
  allValues(view: ViewId, indicator: string): number[] {
    if (indicator === MEMBERSHIP_ID) return this.membership?.categories?.map((c) => c.value) ?? [];
    const byEntity = this.series.values[indicator] ?? {};
    return this.regions[view].flatMap((r) => (byEntity[r.id] ?? []).map((p) => p[1]));
  }

  /** Indicators carried by the view's kind with a value for one of its regions, best-covered first. */
  private rank(view: ViewId): IndicatorDef[] {
    const kind = VIEW_DEFS[view].kind;
    const ids = new Set(this.regions[view].map((r) => r.id));
    const scored = this.series.indicators
      .filter((d) => d.kinds.includes(kind))
      .map((d) => {
        const byEntity = this.series.values[d.id] ?? {};
        const withValue = Object.keys(byEntity).filter((id) => ids.has(id)).length;
        return { d, withValue };
      })
      .filter((s) => s.withValue > 0);
    scored.sort((a, b) => b.withValue - a.withValue);
    const list = scored.map((s) => s.d);
    if (view === 'counties' && this.membership) list.unshift(this.membership);
    return list;
  }
}
