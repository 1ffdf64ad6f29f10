/**
 * Pieces of <poverty-atlas> kept out of its wiring: layout numbers (written
 * once), the narrow-container controller, the header, the status banner
 * (errors, slow files, retry) and the tabs; and the elements it is made of,
 * registered by importing them here.
 */
import { html, nothing, type ReactiveController, type ReactiveControllerHost, type ReactiveElement } from 'lit';
import type { Lang } from '../data/schema';
import { t } from '../i18n/messages';
import { FIELD_NAMES, TABS, type AtlasState, type RawState, type Tab } from '../state/atlas-state';
import type { AtlasSession } from '../state/atlas-session';
import { seriesFor } from '../data/join-series';
import { exitCoverageRows } from '../data/value-text';
import type { LoadController } from '../state/load-controller';
import type { AtlasController } from '../state/atlas-controller';
import type { MapProps } from '../state/atlas-session';
import type { AtlasEventDetail } from './atlas-events';
import { LAYOUT } from './atlas-layout';
import type { TimelineController } from '../state/timeline-controller';
import './atlas-map';
import './atlas-legend';
import './atlas-timeline';
import './atlas-indicator-picker';
import './atlas-lang-switch';
import './atlas-view-switch';
import './atlas-tooltip';
import './atlas-detail-panel';
import './atlas-data-table';
import './atlas-sources';
import './atlas-share';
import { compareLines, drillSlotsTemplate, pinSlotTemplate, searchTemplate, year2Props } from './explore-parts';

export { DESKTOP_INSET, LAYOUT, PHONE_INSET } from './atlas-layout';

/** Whether the host is narrow (phones, small embeds), from a ResizeObserver. */
export class NarrowController implements ReactiveController {
  narrow = false;
  private readonly observer = new ResizeObserver(([entry]) => {
    const narrow = entry.contentRect.width <= LAYOUT.narrowMax;
    if (narrow === this.narrow) return;
    this.narrow = narrow;
    this.host.requestUpdate();
  });

  constructor(private readonly host: ReactiveControllerHost & Element) {
    host.addController(this);
  }

  hostConnected(): void {
    this.observer.observe(this.host);
  }

  hostDisconnected(): void {
    this.observer.disconnect();
  }
}

/** Title, subtitle and language switch. */
export function headerTemplate(lang: Lang, narrow: boolean, tools: unknown = nothing) {
  return html`<header part="header">
    <div>
      <h1 part="title">${narrow ? t(lang, 'app.titleShort') : t(lang, 'app.title')}</h1>
      <p class="subtitle">${t(lang, 'app.subtitle')}</p>
    </div>
    ${tools}
    <atlas-share .lang=${lang}></atlas-share>
    <atlas-lang-switch .lang=${lang}></atlas-lang-switch>
  </header>`;
}

/** Data problems, each naming file and reason, with a retry button; and files slow to arrive. */
export function statusTemplate(lang: Lang, load: LoadController) {
  const { errors, slow } = load;
  return html`<div role="alert">
      ${errors.length
        ? html`<div class="banner"><strong>${t(lang, 'app.error')}</strong>
            ${errors.map((e) => html`<p>${t(lang, e.row ? 'app.errorDetail' : 'app.errorFile', { file: e.file, row: e.row, field: e.field, reason: e.reason })}</p>`)}
            <p>${load.nothingLoaded ? t(lang, 'load.nothing') : t(lang, 'app.errorRest')} ${load.retryable ? t(lang, 'load.retryNote') : ''}</p>
            ${load.retryable
              ? html`<div class="seg"><button type="button" class="retry" @click=${() => load.retry()}>${t(lang, 'load.retry')}</button></div>`
              : nothing}</div>`
        : nothing}
    </div>
    <div role="status">
      ${slow.map((p) => html`<p class="banner slow">${t(lang, 'load.slow', { file: p.file, kb: Math.round(p.loaded / 1024) })}</p>`)}
    </div>`;
}

/** View switch, indicator picker and tabs. */
export function controlsTemplate(session: AtlasSession | null, s: AtlasState, chooseTab: (tab: Tab) => void) {
  return html`<div class="controls" part="controls">
    <atlas-view-switch .lang=${s.lang} .view=${s.view}></atlas-view-switch>
    <atlas-indicator-picker .lang=${s.lang} .indicators=${session?.catalog.indicators(s.view) ?? []} .value=${s.indicator}></atlas-indicator-picker>
    ${searchTemplate(session, s)}
    ${tabsTemplate(s.lang, s.tab, chooseTab)}
  </div>`;
}

/** The timeline bar (hidden until there is an indicator). */
export function timelineTemplate(session: AtlasSession | null, s: AtlasState, timeline: Pick<TimelineController, 'years' | 'playing' | 'speed'>) {
  return html`<div class="timeline" part="timeline" ?hidden=${!session || !s.indicator}>
    <atlas-timeline exportparts="year: timeline-year, slider: timeline-slider" .lang=${s.lang} .years=${timeline.years} .dataYears=${session?.catalog.dataYears(s.indicator) ?? []}
      .year=${s.year} .playing=${timeline.playing} .speed=${timeline.speed}></atlas-timeline>
  </div>`;
}

/** Map / table / sources toggle buttons. */
export function tabsTemplate(lang: Lang, current: Tab, choose: (tab: Tab) => void) {
  return html`<div class="seg tabs" role="group" aria-label=${t(lang, 'tabs.label')}>
    ${TABS.map((tab) => html`<button type="button" aria-pressed=${String(current === tab)} @click=${() => choose(tab)}>${t(lang, `tabs.${tab}`)}</button>`)}
  </div>`;
}

/** The tooltip of the region under the pointer or keyboard focus (on phones, not while the sheet is open): value, notes, sparkline. */
export function tooltipTemplate(session: AtlasSession, s: AtlasState, hover: { id: string; x: number; y: number } | null) {
  const tip = hover ? session.tooltipProps(s, hover.id) : null;
  const { series } = session;
  return html`<atlas-tooltip .lang=${s.lang} .open=${!!tip} .x=${hover?.x ?? 0} .y=${hover?.y ?? 0} .entityId=${hover?.id ?? ''}
    .entityName=${tip?.name ?? null} .indicator=${session.viewModel(s).indicator} .value=${tip?.value ?? null} .bounds=${tip?.bounds ?? null} .selectedYear=${s.year}
    .source=${tip?.source ?? null} .series=${tip && hover ? seriesFor(series, s.indicator, hover.id) : []} .breaks=${series.breaks}
    .notes=${series.notes ?? []} .sources=${series.sources}></atlas-tooltip>`;
}

/** The detail panel of the selected region (map tab only): over the map's right side, or a bottom sheet when narrow. */
export function panelTemplate(session: AtlasSession | null, s: AtlasState, narrow: boolean) {
  const vm = session?.viewModel(s);
  const detail = s.selected && s.tab === 'map' ? session?.detailProps(s, s.selected) : null;
  if (!session || !detail || !vm) return nothing;
  return html`<atlas-detail-panel class=${narrow ? 'sheet' : ''} .lang=${s.lang} .entity=${detail.entity} .indicator=${vm.indicator}
    .series=${detail.series} .current=${detail.current} .bounds=${vm.bounds.get(s.selected ?? '') ?? null} .selectedYear=${s.year} .sources=${detail.sources} .facts=${detail.facts} .breaks=${detail.breaks}
    .notes=${session.series.notes ?? []} .allSources=${session.series.sources} .compare=${compareLines(session, s)}
    >${drillSlotsTemplate(session, s)}${pinSlotTemplate(session, s)}</atlas-detail-panel>`;
}

/** The table tab: what the map shows, as rows (rendered only while shown). */
export function tablePaneTemplate(session: AtlasSession, s: AtlasState) {
  return html`<div class="pane" ?hidden=${s.tab !== 'table'}>
    ${s.tab === 'table'
      ? html`<atlas-data-table .lang=${s.lang} .indicator=${session.viewModel(s).indicator} .rows=${session.tableRows(s)} .selectedYear=${s.year}
          .sort=${s.sort} .sources=${session.series.sources} .notes=${session.series.notes ?? []} .breaks=${session.series.breaks}
          .year2=${year2Props(session, s).year2} .rows2=${year2Props(session, s).rows2} .years=${year2Props(session, s).years}></atlas-data-table>`
      : nothing}
  </div>`;
}

/** Ids of the sources behind the values the map shows now (the sources tab lists them first). */
const usedSources = (session: AtlasSession, s: AtlasState) => [...new Set([...session.viewModel(s).values.values()].map((v) => v.sourceId))];

/** The sources tab (rendered only while shown). */
export function sourcesPaneTemplate(session: AtlasSession, s: AtlasState) {
  return html`<div class="pane" ?hidden=${s.tab !== 'sources'}>
    ${s.tab === 'sources'
      ? html`<atlas-sources .lang=${s.lang} .sources=${session.sourcesFor(s)} .used=${usedSources(session, s)}
          .membership=${session.membershipCounts()} .exitCoverage=${exitCoverageRows(session.series)}></atlas-sources>`
      : nothing}
  </div>`;
}

/** Properties for the state fields other than lang, on <poverty-atlas>'s prototype: read the state, write through `restore`. */
export function defineStateAccessors(proto: { state: AtlasState; restore(partial: RawState): void }): void {
  for (const f of FIELD_NAMES) {
    if (f === 'lang') continue;
    Object.defineProperty(proto, f, {
      configurable: true,
      get(this: typeof proto) {
        return this.state[f];
      },
      set(this: typeof proto, v: unknown) {
        this.restore({ [f]: v });
      },
    });
  }
}

/** Properties set on the element before it was defined (they shadow the accessors): taken out and requested. */
export function takeEarlyProperties(el: object, request: (raw: RawState) => void): void {
  const own = el as Record<string, unknown>;
  for (const f of FIELD_NAMES) {
    if (!Object.prototype.hasOwnProperty.call(own, f)) continue;
    const v = own[f];
    delete own[f];
    request({ [f]: v });
  }
}

/** What `indicators` returns: the current view's indicators. */
export interface IndicatorSummary {
  id: string;
  name: { zh: string; en: string };
  unit: string;
  years: number[];
}

/** Events of the inner elements that are plain state updates: event → the fields it sets. */
export const STATE_EVENTS: { [K in keyof AtlasEventDetail]?: (detail: AtlasEventDetail[K]) => Partial<AtlasState> } = {
  'atlas-lang': ({ lang }) => ({ lang }),
  'atlas-view': ({ view }) => ({ view }),
  'atlas-indicator': ({ id }) => ({ indicator: id }),
  'atlas-year2': ({ year }) => ({ year2: year }),
  'atlas-navigate': ({ view, selected, area }) => ({ view, selected, area: area ?? null, tab: 'map' }),
  'atlas-legend-hover': ({ bin }) => ({ highlight: bin }),
  'atlas-sort': ({ sort }) => ({ sort }),
  'atlas-camera': (camera) => ({ camera }),
  'atlas-state': (partial) => partial,
};

/** Turns STATE_EVENTS from inside the host's shadow root into UI updates of the state (they stop there). */
export class StateEventsController implements ReactiveController {
  constructor(
    private readonly host: ReactiveElement,
    private readonly atlas: AtlasController,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    for (const name of Object.keys(STATE_EVENTS)) this.host.renderRoot.addEventListener(name, this.onEvent);
  }

  hostDisconnected(): void {
    for (const name of Object.keys(STATE_EVENTS)) this.host.renderRoot.removeEventListener(name, this.onEvent);
  }

  private onEvent = (e: Event): void => {
    const toState = STATE_EVENTS[e.type as keyof AtlasEventDetail] as ((d: unknown) => Partial<AtlasState>) | undefined;
    if (!toState) return;
    e.stopPropagation();
    this.atlas.update(toState((e as CustomEvent).detail));
  };
}

/** The legend card over the map (when the indicator has a colour scale). */
export function legendTemplate(session: AtlasSession, s: AtlasState, m: MapProps, narrow: boolean) {
  const { vm } = m;
  if (!vm.scale) return nothing;
  return html`<div class="legend" part="legend"><atlas-legend exportparts="title: legend-title, bins: legend-bins, coverage: legend-coverage, source: legend-source" .lang=${s.lang} .indicator=${vm.indicator} .scale=${vm.scale}
    .coverage=${vm.coverage} .year=${s.year} .noun=${m.noun} .compact=${narrow}
    .sources=${session.sourceNames(s)} .note=${s.view === 'counties' ? t(s.lang, 'legend.countyUnits') : ''}></atlas-legend></div>`;
}
