import { LitElement, html, nothing } from 'lit';
import { customElement, state } from 'lit/decorators.js';
import type { Lang } from '../data/schema';
import { DataError } from '../data/data-error';
import { t } from '../i18n/messages';
import { AtlasController } from '../state/atlas-controller';
import type { AtlasState, RawState } from '../state/atlas-state';
import { TimelineController } from '../state/timeline-controller';
import { DataStore } from '../state/data-store';
import { AtlasSession, emptySeries } from '../state/atlas-session';
import { parseUrlState, serializeUrlState } from '../state/url-state';
import { panelTheme } from './panel-theme';
import { controlTheme } from './control-theme';
import { atlasStyles } from './poverty-atlas-styles';
import type { AtlasEventDetail } from './atlas-events';
import type { AtlasMap } from './atlas-map';
import { DESKTOP_INSET, PHONE_INSET, errorsTemplate, tabsTemplate, type Tab } from './poverty-atlas-parts';
import { highlightOpacityExpression } from '../map/fill-color-expression';
const STATE_ATTRS = ['view', 'indicator', 'year', 'lang', 'selected'] as const;

/** What `indicators` returns: the current view's indicators. */
export interface IndicatorSummary {
  id: string;
  name: { zh: string; en: string };
  unit: string;
  years: number[];
}

/**
 * @summary The whole atlas: views of the 14 areas, Sichuan's prefectures and
 * counties, coloured by an indicator, with timeline, legend, tooltip, detail
 * panel, data table and sources. State lives in headless controllers; this
 * element wires them to the smaller elements. Instances are independent.
 *
 * Attributes / properties: `view` (areas | sichuan | counties), `indicator`,
 * `year`, `lang` (zh | en), `selected` (region id). An invalid value logs one
 * warning and falls back to the default. `url-state`: read and write the
 * state in the page's URL hash (off by default, so embeds leave it alone).
 * `data-base`: URL the data files are relative to (default: the page).
 *
 * @event atlas-change - The state changed. detail: `AtlasState` (serialisable).
 * @csspart header - Title and language switch.
 * @csspart controls - View switch, indicator picker, tabs.
 * @csspart stage - The map / table / sources area.
 * @csspart legend - The legend card.
 * @csspart timeline - The timeline bar.
 * @cssproperty --atlas-height - Height of the atlas (default 100%).
 * @cssproperty --atlas-accent - Accent colour (buttons, focus rings).
 * @cssproperty --atlas-bg - Background. @cssproperty --atlas-text - Text colour.
 * @cssproperty --atlas-font - Font stack.
 */
@customElement('poverty-atlas')
export class PovertyAtlas extends LitElement {
  static override styles = [panelTheme, controlTheme, atlasStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...STATE_ATTRS, 'url-state'];
  }

  private readonly controller = new AtlasController();
  private readonly timeline = new TimelineController();
  private session: AtlasSession | null = null;
  @state() private errors: DataError[] = [];
  @state() private tab: Tab = 'map';
  @state() private hover: { id: string; x: number; y: number } | null = null;
  @state() private announcement = '';
  @state() private legendBin: number | 'nodata' | null = null;
  @state() private version = 0;
  /** Narrow container (phones, small embeds): the panel becomes a bottom sheet. */
  @state() private narrow = false;
  private readonly resize = new ResizeObserver(([entry]) => (this.narrow = entry.contentRect.width <= 640));

  constructor() {
    super();
    this.controller.addEventListener('change', (e) => this.onState((e as CustomEvent<AtlasState>).detail));
    this.timeline.addEventListener('year', (e) => this.controller.update({ year: (e as CustomEvent<number>).detail }));
    this.timeline.addEventListener('change', () => this.requestUpdate());
  }

  // ---- public API
  get view() { return this.controller.state.view; }
  set view(v) { this.controller.request({ view: v }); }
  get indicator() { return this.controller.state.indicator; }
  set indicator(v) { this.controller.request({ indicator: v }); }
  get year() { return this.controller.state.year; }
  set year(v) { this.controller.request({ year: v }); }
  override get lang(): Lang { return this.controller?.state.lang ?? 'zh'; }
  override set lang(v: Lang) { this.controller?.request({ lang: v }); }
  get selected() { return this.controller.state.selected; }
  set selected(v) { this.controller.request({ selected: v }); }

  /** The whole state (plain JSON): restore it later with `restore(state)`. */
  get state(): AtlasState { return { ...this.controller.state }; }
  restore(state: Partial<AtlasState>): void { this.controller.request(state as RawState); }

  /** The current view's indicators: `[{id, name: {zh, en}, unit, years}]`. */
  get indicators(): IndicatorSummary[] {
    return this.session?.indicatorSummaries(this.view) ?? [];
  }

  /** The value shown for a region in the current view, indicator and year, or null. */
  valueFor(id: string): { value: number; year: number; unit: string; sourceId: string } | null {
    return this.session?.valueFor(this.controller.state, id) ?? null;
  }

  /** The MapLibre map (null before the first render). */
  get mapInstance() {
    return (this.renderRoot?.querySelector('atlas-map') as AtlasMap | null)?.map ?? null;
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if ((STATE_ATTRS as readonly string[]).includes(name) && value !== null) this.controller.request({ [name]: value });
  }

  // ---- lifecycle
  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasAttribute('url-state')) {
      this.controller.request(parseUrlState(location.hash));
      window.addEventListener('hashchange', this.onHash);
    }
    this.resize.observe(this);
    if (!this.session) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('hashchange', this.onHash);
    this.resize.disconnect();
    this.timeline.dispose();
  }

  private onHash = () => this.controller.request(parseUrlState(location.hash));

  private async load(): Promise<void> {
    const base = new URL(this.getAttribute('data-base') ?? '.', document.baseURI).href;
    const store = new DataStore(base.endsWith('/') ? base : `${base}/`);
    // Each file fails on its own: without geometry the table and panels still work.
    const [geo, series] = await Promise.allSettled([store.loadAtlas(), store.loadSeries()]);
    if (geo.status === 'rejected') this.fail(geo.reason);
    if (series.status === 'rejected') this.fail(series.reason);
    if (geo.status === 'rejected' && series.status === 'rejected') return;
    // Without series.json the map still draws the places, all marked "no data".
    const values = series.status === 'fulfilled' ? series.value : emptySeries();
    this.session = new AtlasSession(store, values, geo.status === 'fulfilled' ? geo.value : {});
    this.controller.setCatalog(this.session.catalog);
    if (this.controller.state.view === 'counties') void this.loadCounties();
    this.version++;
  }

  private countiesRequested = false;
  /** The year last shown, to announce only real year changes. */
  private shownYear = 0;

  /** counties.topo.json, fetched the first time a county view opens. */
  private async loadCounties(): Promise<void> {
    if (!this.session || this.countiesRequested) return;
    this.countiesRequested = true;
    try {
      await this.session.loadCounties();
      this.controller.setCatalog(this.session.catalog);
    } catch (e) {
      this.session.countiesFailed = true;
      this.fail(e);
    }
    this.version++;
  }

  private fail(e: unknown): void {
    const err = e instanceof DataError ? e : new DataError('(app)', 0, '(load)', (e as Error).message ?? String(e));
    console.error(err);
    this.errors = [...this.errors, err];
  }

  private onState(state: AtlasState): void {
    this.legendBin = null;
    if (state.view === 'counties') void this.loadCounties();
    this.timeline.setYears(this.session?.yearRange(state.indicator) ?? [], state.year);
    if (this.hasAttribute('url-state')) history.replaceState(null, '', serializeUrlState(state));
    if (this.shownYear !== 0 && this.shownYear !== state.year && this.session) this.announcement = this.session.announceYear(state);
    this.shownYear = state.year;
    this.dispatchEvent(new CustomEvent('atlas-change', { detail: { ...state }, bubbles: true, composed: true }));
    this.requestUpdate();
  }

  // ---- events from the inner elements
  private on<K extends keyof AtlasEventDetail>(_name: K, fn: (detail: AtlasEventDetail[K]) => void) {
    return (e: Event) => {
      e.stopPropagation();
      fn((e as CustomEvent<AtlasEventDetail[K]>).detail);
    };
  }

  /** Keyboard focus on a region: announce it and show its tooltip at its label. */
  private onFocusRegion = this.on('atlas-focus-region', ({ id, x, y }) => {
    this.announcement = id && this.session ? this.session.describe(this.controller.state, id) : '';
    this.hover = id && x !== undefined && y !== undefined ? { id, x, y } : null;
  });

  /** Opens a region's panel; from the keyboard or the table, focus moves into it. */
  private async select({ id, via }: AtlasEventDetail['atlas-select']): Promise<void> {
    const fromTable = this.tab === 'table';
    this.tab = 'map';
    this.controller.update({ selected: id });
    if (via !== 'keyboard' && !fromTable) return;
    await this.updateComplete;
    (this.renderRoot.querySelector('atlas-detail-panel') as HTMLElement | null)?.focus();
  }

  private closePanel = this.on('atlas-close', () => {
    if (!this.controller.state.selected) return;
    this.controller.update({ selected: null });
    (this.renderRoot.querySelector('atlas-map') as HTMLElement | null)?.focus();
  });

  override render() {
    const s = this.controller.state;
    const lang = s.lang;
    return html`<div class="app" lang=${lang === 'zh' ? 'zh-CN' : 'en'}
        @atlas-lang=${this.on('atlas-lang', ({ lang }) => this.controller.update({ lang }))}
        @atlas-view=${this.on('atlas-view', ({ view }) => this.controller.update({ view }))}
        @atlas-indicator=${this.on('atlas-indicator', ({ id }) => this.controller.update({ indicator: id }))}
        @atlas-year=${this.on('atlas-year', ({ year }) => (this.timeline.pause(), this.controller.update({ year })))}
        @atlas-timeline=${this.on('atlas-timeline', ({ action }) => this.timeline.run(action))}
        @atlas-speed=${this.on('atlas-speed', ({ speed }) => this.timeline.setSpeed(speed))}
        @atlas-select=${this.on('atlas-select', (d) => this.select(d))}
        @atlas-hover=${this.on('atlas-hover', ({ id, x, y }) => (this.hover = id ? { id, x, y } : null))}
        @atlas-focus-region=${this.onFocusRegion}
        @atlas-legend-hover=${this.on('atlas-legend-hover', ({ bin }) => (this.legendBin = bin))}
        @atlas-close=${this.closePanel}>
      <header part="header">
        <div>
          <h1>${this.narrow ? t(lang, 'app.titleShort') : t(lang, 'app.title')}</h1>
          <p class="subtitle">${t(lang, 'app.subtitle')}</p>
        </div>
        <atlas-lang-switch .lang=${lang}></atlas-lang-switch>
      </header>
      <div class="controls" part="controls">
        <atlas-view-switch .lang=${lang} .view=${s.view}></atlas-view-switch>
        <atlas-indicator-picker .lang=${lang} .indicators=${this.session?.catalog.indicators(s.view) ?? []} .value=${s.indicator}></atlas-indicator-picker>
        ${tabsTemplate(lang, this.tab, (tab) => (this.tab = tab))}
      </div>
      <div role="alert">${errorsTemplate(lang, this.errors)}</div>
      <div class="stage" part="stage">${this.renderStage(s)}</div>
      <div class="timeline" part="timeline" ?hidden=${!this.session || !s.indicator}>
        <atlas-timeline .lang=${lang} .years=${this.timeline.years} .dataYears=${this.session?.catalog.dataYears(s.indicator) ?? []}
          .year=${s.year} .playing=${this.timeline.playing} .speed=${this.timeline.speed}></atlas-timeline>
      </div>
      ${this.narrow ? this.renderPanel(s) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  /** The detail panel: over the map's right side, or a bottom sheet over the whole atlas when narrow. */
  private renderPanel(s: AtlasState) {
    const vm = this.session?.viewModel(s);
    const detail = s.selected && this.tab === 'map' ? this.session?.detailProps(s, s.selected) : null;
    if (!detail || !vm) return nothing;
    return html`<atlas-detail-panel class=${this.narrow ? 'sheet' : ''} .lang=${s.lang} .entity=${detail.entity} .indicator=${vm.indicator}
      .series=${detail.series} .selectedYear=${s.year} .sources=${detail.sources} .facts=${detail.facts} .breaks=${detail.breaks}
      .notes=${this.session?.series.notes ?? []}></atlas-detail-panel>`;
  }

  private renderStage(s: AtlasState) {
    const session = this.session;
    if (!session) return this.errors.length ? nothing : html`<div class="loading">${t(s.lang, 'app.loading')}</div>`;
    const m = session.mapProps(s);
    const vm = m.vm;
    // On phones a tap opens the bottom sheet, which says more than the tooltip would.
    const hovered = this.hover && !(this.narrow && s.selected) ? session.tooltipProps(s, this.hover.id) : null;
    return html`<div class="pane map-pane" ?hidden=${this.tab !== 'map'}>
        <atlas-map .lang=${s.lang} .mapStyle=${m.style} .sources=${m.sources} .values=${vm.paint} .bounds=${m.bounds}
          .selected=${s.selected} .points=${m.points} .fitBottom=${this.narrow ? 0 : 80} .panelInset=${this.narrow ? PHONE_INSET : DESKTOP_INSET}
          .regionOpacity=${highlightOpacityExpression(vm.scale, this.legendBin)} .label=${m.label} .hint=${t(s.lang, 'map.keys')}></atlas-map>
        ${vm.scale
          ? html`<div class="legend" part="legend"><atlas-legend .lang=${s.lang} .indicator=${vm.indicator} .scale=${vm.scale}
              .coverage=${vm.coverage} .year=${vm.years.length ? s.year : 0} .noun=${m.noun} .compact=${this.narrow}
              .sources=${session.sourceNames(s)}></atlas-legend></div>`
          : nothing}
        ${m.loadingCounties ? html`<div class="loading">${t(s.lang, 'app.loading')}</div>` : nothing}
        <atlas-tooltip .lang=${s.lang} .open=${!!hovered} .x=${this.hover?.x ?? 0} .y=${this.hover?.y ?? 0}
          .entityName=${hovered?.name ?? null} .indicator=${vm.indicator} .value=${hovered?.value ?? null}
          .selectedYear=${s.year} .source=${hovered?.source ?? null}></atlas-tooltip>
        ${this.narrow ? nothing : this.renderPanel(s)}
      </div>
      <div class="pane" ?hidden=${this.tab !== 'table'}>
        ${this.tab === 'table'
          ? html`<atlas-data-table .lang=${s.lang} .indicator=${vm.indicator} .rows=${session.tableRows(s)} .selectedYear=${s.year}
              .sources=${session.series.sources} .notes=${session.series.notes ?? []}></atlas-data-table>`
          : nothing}
      </div>
      <div class="pane" ?hidden=${this.tab !== 'sources'}>
        ${this.tab === 'sources'
          ? html`<atlas-sources .lang=${s.lang} .sources=${session.sourcesFor(s)} .membership=${session.membershipCounts()}></atlas-sources>`
          : nothing}
      </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'poverty-atlas': PovertyAtlas;
  }
}
