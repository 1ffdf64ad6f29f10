/**
 * One atlas instance's loaded data and everything derived from it for a
 * state: map style and sources, view bounds, tooltip, detail panel, table
 * rows, sources, announcements. Memoises what is costly (geometry-derived
 * collections, bounds, the style per view/lang/indicator) so a year change
 * only produces new feature-state values.
 */
import type { FeatureCollection } from 'geojson';
import type { I18nText, MembershipStatus, SeriesFile, SourceDef } from '../data/schema';
import { NO_DATA_COLOR } from '../data/color-scale';
import { formatValue } from '../data/format';
import type { JoinedBounds, JoinedValue } from '../data/join-series';
import { t } from '../i18n/messages';
import type { AtlasState, ViewId } from './atlas-state';
import type { DataStore, GeoCollections } from './data-store';
import { ViewCatalog, type Region } from './view-catalog';
import { viewModel, type ViewModel } from './view-model';
import { VIEW_DEFS, type GeoLayer } from './views';
import { entityOf, regionFacts } from './region-facts';
import { bboxOf, type BBox, type Highlight, type MapLabel, type MapModel } from './map-model';
import { sourceName } from '../components/source-label';
import { breaksFor, sourceById } from '../data/series-rules';

/** What <atlas-map> is given besides the model: its accessible name and the loading note. */
export interface MapProps {
  vm: ViewModel;
  model: MapModel;
  label: string;
  noun: I18nText;
  loadingCounties: boolean;
}

/** A series file with nothing in it, for when series.json cannot be loaded. */
export function emptySeries(): SeriesFile {
  return { generated: '', indicators: [], sources: [], entities: [], values: {}, breaks: [] };
}

export class AtlasSession {
  catalog: ViewCatalog;
  /** Set when counties.topo.json could not be loaded (the view then stops waiting for it). */
  countiesFailed = false;
  private readonly memo = new Map<string, unknown>();

  constructor(
    private readonly store: DataStore,
    readonly series: SeriesFile,
    private readonly geo: GeoCollections,
  ) {
    this.catalog = new ViewCatalog(series, geo);
  }

  get hasCounties(): boolean {
    return !!this.geo.counties;
  }

  async loadCounties(): Promise<void> {
    this.geo.counties = await this.store.loadCounties();
    this.catalog = new ViewCatalog(this.series, this.geo);
    this.memo.clear();
  }

  private cached<T>(key: string, make: () => T): T {
    if (!this.memo.has(key)) this.memo.set(key, make());
    return this.memo.get(key) as T;
  }

  yearRange(indicator: string): number[] {
    return this.catalog.yearRange(indicator);
  }

  viewModel(s: AtlasState): ViewModel {
    return this.cached(`vm|${s.view}|${s.indicator}|${s.year}`, () => viewModel(this.catalog, s));
  }

  /** The map's renderer-neutral model for a state, with the legend's highlight. */
  mapProps(s: AtlasState, highlight: Highlight = null): MapProps {
    const vm = this.viewModel(s);
    const def = VIEW_DEFS[s.view];
    const waiting = s.view === 'counties' && !this.geo.counties && !this.countiesFailed;
    const layer: GeoLayer = def.regions === 'counties' && !this.hasCounties ? 'areas' : def.regions;
    const paint = this.cached(`paint|${s.view}|${s.indicator}|${s.year}|${waiting}`, () => {
      const values = waiting ? new Map<string, number | null>() : vm.paint;
      const colors = new Map<string, string>();
      const noData = new Set<string>();
      for (const [id, v] of values) {
        colors.set(id, v === null || !vm.scale ? NO_DATA_COLOR : vm.scale.color(v));
        if (v === null) noData.add(id);
      }
      return { values, colors, noData };
    });
    const key = `${s.view}|${this.hasCounties}`;
    const labels = this.cached(`labels|${key}`, () => mapLabels(this.catalog.regionsOf(def.labels === 'areas' ? 'areas' : s.view), this.series));
    const points = () => this.cached(`points|${key}`, () => this.catalog.regionsOf(s.view).flatMap((r) => (r.label ? [{ id: r.id, at: r.label }] : [])));
    const bounds = this.cached(`bounds|${key}`, () => this.boundsOf(s.view));
    const area = (s as { area?: string | null }).area ?? null;
    const outline =
      s.view === 'counties' && area && this.geo.areas
        ? this.cached(`outline|${area}`, () => {
            const box = bboxOf([this.geo.areas as FeatureCollection], (p) => p.id === area);
            return box ? { id: area, bounds: box } : null;
          })
        : null;
    const model: MapModel = {
      view: s.view,
      lang: s.lang,
      indicator: s.indicator,
      layer,
      geo: this.geo,
      scale: vm.scale,
      ...paint,
      highlight,
      selected: s.selected,
      bounds,
      // Listed when first read (keyboard, reveal): the counties' points are worked out from their shapes.
      get points() {
        return points();
      },
      labels,
      outline,
    };
    const ind = vm.indicator;
    const label = t(s.lang, 'map.label', { view: t(s.lang, `view.${s.view}`), indicator: ind?.name[s.lang] ?? '', year: vm.years.length ? s.year : '' });
    return { vm: waiting ? { ...vm, paint: new Map() } : vm, model, label, noun: def.noun, loadingCounties: waiting };
  }

  private boundsOf(view: ViewId): BBox | null {
    if (view === 'sichuan') return bboxOf([this.geo.prefectures].filter(Boolean) as FeatureCollection[]);
    if (view === 'counties' && this.geo.counties) return bboxOf([this.geo.counties]);
    return bboxOf([this.geo.areas, this.geo.prefectures].filter(Boolean) as FeatureCollection[]);
  }

  private source(id: string | undefined): SourceDef | null {
    return sourceById(this.series.sources, id);
  }

  tooltipProps(s: AtlasState, id: string): { name: I18nText; value: JoinedValue | null; bounds: JoinedBounds | null; source: SourceDef | null } | null {
    const region = this.catalog.regionsOf(s.view).find((r) => r.id === id);
    if (!region) return null;
    const value = this.viewModel(s).values.get(id) ?? null;
    const bounds = this.viewModel(s).bounds.get(id) ?? null;
    return { name: region.name, value, bounds, source: this.source(value?.sourceId ?? bounds?.sourceId) };
  }

  detailProps(s: AtlasState, id: string) {
    const region = this.catalog.regionsOf(s.view).find((r) => r.id === id);
    if (!region) return null;
    const series = this.catalog.seriesOf(s.indicator, id);
    // The value shown now: for a timeless indicator (membership) the panel has no series to read it from.
    const current = this.viewModel(s).values.get(id) ?? null;
    const sourceIds = new Set([...series, ...(current ? [current] : [])].map((p) => p.sourceId));
    return {
      entity: entityOf(this.series, region, VIEW_DEFS[s.view].kind),
      series,
      current,
      sources: this.series.sources.filter((x) => sourceIds.has(x.id)),
      facts: regionFacts(this.series, s.view, region, s.lang).map((f) => ({ label: f.label, value: f.value })),
      breaks: breaksFor(this.series.breaks, id, s.indicator),
    };
  }

  tableRows(s: AtlasState) {
    const vm = this.viewModel(s);
    return vm.regions.map((r) => ({ id: r.id, name: r.name, value: vm.values.get(r.id) ?? null, bounds: vm.bounds.get(r.id) ?? null }));
  }

  /** Short names of the sources of the values shown, most used first. */
  sourceNames(s: AtlasState): string[] {
    const counts = new Map<string, number>();
    for (const v of this.viewModel(s).values.values()) if (v.sourceId) counts.set(v.sourceId, (counts.get(v.sourceId) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([id]) => this.source(id))
      .filter((x): x is SourceDef => !!x)
      .map((x) => sourceName(x, s.lang))
      .filter((name, i, all) => all.indexOf(name) === i);
  }

  /** Sources of the indicator shown first, then every other source. */
  sourcesFor(s: AtlasState): SourceDef[] {
    const used = new Set([...this.viewModel(s).values.values()].map((v) => v.sourceId));
    return [...this.series.sources].sort((a, b) => Number(used.has(b.id)) - Number(used.has(a.id)));
  }

  /** The 2012 list's status mix, counted by list row (not by drawn unit); null until counties load. */
  membershipCounts(): Record<MembershipStatus, number> | null {
    return this.store.membership()?.status ?? null;
  }

  indicatorSummaries(view: ViewId) {
    return this.catalog.indicators(view).map((d) => ({ id: d.id, name: { ...d.name }, unit: d.csvUnit, years: [...this.catalog.dataYears(d.id)] }));
  }

  valueFor(s: AtlasState, id: string) {
    const ind = this.catalog.indicator(s.indicator);
    const v = this.viewModel(s).values.get(id);
    // A value without a source (the counties' area codes, read from the geometry) is not a figure to hand out.
    if (!ind || !v || !v.sourceId) return null;
    return { value: v.value, year: v.year, unit: ind.csvUnit, sourceId: v.sourceId };
  }

  /** "2016: 5 of 14 areas have a value for 2016", for the live region. */
  announceYear(s: AtlasState): string {
    const vm = this.viewModel(s);
    const coverage = t(s.lang, 'legend.coverage', { ...vm.coverage, noun: VIEW_DEFS[s.view].noun[s.lang], year: s.year });
    return t(s.lang, 'timeline.announce', { year: s.year, coverage });
  }

  /** "成都市：12,170.23亿元", for the live region when the keyboard focus moves. */
  describe(s: AtlasState, id: string): string {
    const tip = this.tooltipProps(s, id);
    const ind = this.viewModel(s).indicator;
    if (!tip || !ind) return '';
    const value = tip.value ? formatValue(tip.value.value, ind, s.lang) : t(s.lang, 'legend.noData');
    return t(s.lang, 'map.focus', { name: tip.name[s.lang], value });
  }
}

/** Labels of regions with a label point: the entity's short name (series.json `short`) where it has one. */
function mapLabels(regions: Region[], series: SeriesFile): MapLabel[] {
  const shortOf = new Map(series.entities.map((e) => [e.id, (e as { short?: Partial<I18nText> }).short]));
  return regions.flatMap((r) => {
    if (!r.label) return [];
    const short = shortOf.get(r.id);
    return [{ id: r.id, at: r.label, name: r.name, short: { zh: short?.zh || r.name.zh, en: short?.en || r.name.en } }];
  });
}
