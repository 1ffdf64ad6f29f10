/**
 * One atlas instance's loaded data and everything derived from it for a
 * state: map style and sources, view bounds, tooltip, detail panel, table
 * rows, sources, announcements. Memoises what is costly (geometry-derived
 * collections, bounds, the style per view/lang/indicator) so a year change
 * only produces new feature-state values.
 */
import type { FeatureCollection } from 'geojson';
import type { StyleSpecification } from 'maplibre-gl';
import type { I18nText, MembershipStatus, SeriesFile, SourceDef } from '../data/schema';
import { NO_DATA_COLOR } from '../data/color-scale';
import { formatValue } from '../data/format';
import { seriesFor, type JoinedValue } from '../data/join-series';
import { t } from '../i18n/messages';
import { buildStyle, LABEL_SOURCE } from '../map/build-style';
import { fillColorExpression, uniformFillExpression } from '../map/fill-color-expression';
import { bboxOf, type BBox } from '../map/bounds';
import { labelPoints } from '../map/label-points';
import type { LabelPoint } from '../map/keyboard-nav';
import type { AtlasState, ViewId } from './atlas-state';
import type { DataStore, GeoCollections } from './data-store';
import { ViewCatalog } from './view-catalog';
import { viewModel, type ViewModel } from './view-model';
import { VIEW_DEFS } from './views';
import { entityOf, regionFacts } from './region-facts';
import { MEMBERSHIP_ID } from './membership';
import { sourceShortName } from '../components/source-label';

export interface MapProps {
  vm: ViewModel;
  style: StyleSpecification;
  sources: Record<string, FeatureCollection>;
  bounds: BBox | null;
  points: LabelPoint[];
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

  mapProps(s: AtlasState): MapProps {
    const vm = this.viewModel(s);
    const def = VIEW_DEFS[s.view];
    const waiting = s.view === 'counties' && !this.geo.counties && !this.countiesFailed;
    const style = this.cached(`style|${s.view}|${s.lang}|${s.indicator}|${this.hasCounties}`, () =>
      buildStyle({
        view: s.view,
        lang: s.lang,
        fillColor: vm.scale ? fillColorExpression(vm.scale) : uniformFillExpression(NO_DATA_COLOR),
        hasCounties: this.hasCounties,
        motion: !globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches,
      }),
    );
    const labelRegions = def.labels === 'areas' ? this.catalog.regionsOf('areas') : this.catalog.regionsOf(s.view);
    const sources = this.cached(`sources|${s.view}|${this.hasCounties}`, () => {
      const out: Record<string, FeatureCollection> = {};
      for (const [id, fc] of Object.entries(this.geo)) if (fc) out[id] = fc;
      out[LABEL_SOURCE] = labelPoints(labelRegions);
      return out;
    });
    const bounds = this.cached(`bounds|${s.view}|${this.hasCounties}`, () => this.boundsOf(s.view));
    const points = this.cached(`points|${s.view}|${this.hasCounties}`, () =>
      this.catalog.regionsOf(s.view).flatMap((r) => (r.label ? [{ id: r.id, at: r.label }] : [])),
    );
    const ind = vm.indicator;
    const label = t(s.lang, 'map.label', { view: t(s.lang, `view.${s.view}`), indicator: ind?.name[s.lang] ?? '', year: vm.years.length ? s.year : '' });
    return { vm: waiting ? { ...vm, paint: new Map() } : vm, style, sources, bounds, points, label, noun: def.noun, loadingCounties: waiting };
  }

  private boundsOf(view: ViewId): BBox | null {
    if (view === 'sichuan') return bboxOf([this.geo.prefectures].filter(Boolean) as FeatureCollection[]);
    if (view === 'counties' && this.geo.counties) return bboxOf([this.geo.counties]);
    return bboxOf([this.geo.areas, this.geo.prefectures].filter(Boolean) as FeatureCollection[]);
  }

  private source(id: string | undefined): SourceDef | null {
    return (id && this.series.sources.find((x) => x.id === id)) || null;
  }

  tooltipProps(s: AtlasState, id: string): { name: I18nText; value: JoinedValue | null; source: SourceDef | null } | null {
    const region = this.catalog.regionsOf(s.view).find((r) => r.id === id);
    if (!region) return null;
    const value = this.viewModel(s).values.get(id) ?? null;
    return { name: region.name, value, source: this.source(value?.sourceId) };
  }

  detailProps(s: AtlasState, id: string) {
    const region = this.catalog.regionsOf(s.view).find((r) => r.id === id);
    if (!region) return null;
    const series = s.indicator === MEMBERSHIP_ID ? [] : seriesFor(this.series, s.indicator, id);
    const sourceIds = new Set(series.map((p) => p.sourceId));
    return {
      entity: entityOf(this.series, region, VIEW_DEFS[s.view].kind),
      series,
      sources: this.series.sources.filter((x) => sourceIds.has(x.id)),
      facts: regionFacts(this.series, s.view, region, s.lang).map((f) => ({ label: f.label, value: f.value })),
      breaks: this.series.breaks.filter((b) => b.entityId === id && (b.indicators === 'all' || b.indicators.includes(s.indicator))),
    };
  }

  tableRows(s: AtlasState) {
    const vm = this.viewModel(s);
    return vm.regions.map((r) => ({ id: r.id, name: r.name, value: vm.values.get(r.id) ?? null }));
  }

  /** Short names of the sources of the values shown, most used first. */
  sourceNames(s: AtlasState): string[] {
    const counts = new Map<string, number>();
    for (const v of this.viewModel(s).values.values()) if (v.sourceId) counts.set(v.sourceId, (counts.get(v.sourceId) ?? 0) + 1);
    return [...counts]
      .sort((a, b) => b[1] - a[1])
      .map(([id]) => this.source(id))
      .filter((x): x is SourceDef => !!x)
      .map(sourceShortName)
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
    return this.catalog.indicators(view).map((d) => ({ id: d.id, name: { ...d.name }, unit: d.csvUnit, years: this.catalog.dataYears(d.id) }));
  }

  valueFor(s: AtlasState, id: string) {
    const ind = this.catalog.indicator(s.indicator);
    const v = this.viewModel(s).values.get(id);
    if (!ind || !v || s.indicator === MEMBERSHIP_ID) return null;
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
