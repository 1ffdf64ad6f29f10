import { LitElement, html, nothing } from 'lit';
import type { Lang } from '../data/schema';
import { t } from '../i18n/messages';
import { defineOnce } from '../embed/define';
import { AtlasController } from '../state/atlas-controller';
import { FIELD_NAMES, type AtlasState, type RawState } from '../state/atlas-state';
import { AnnounceController } from '../state/announce-controller';
import type { AtlasSession } from '../state/atlas-session';
import { LoadController } from '../state/load-controller';
import { UrlController } from '../state/url-controller';
import { panelTheme } from './panel-theme';
import { controlTheme } from './control-theme';
import { atlasStyles } from './poverty-atlas-styles';
import { EmbedLayoutController, embedStyles } from '../embed/embed-layout';
import { breadcrumbTemplate, exploreStyles } from './explore-parts';
import { InteractionController } from './atlas-interaction';
import type { AtlasMap } from './atlas-map';
import { attachStoryLauncher } from './atlas-story-launch';
import './atlas-story-button';
import { DESKTOP_INSET, LAYOUT, NarrowController, PHONE_INSET, defineStateAccessors, headerTemplate, takeEarlyProperties, type IndicatorSummary } from './poverty-atlas-parts';
import { StateEventsController, controlsTemplate, legendTemplate, panelTemplate, sourcesPaneTemplate, statusTemplate, tablePaneTemplate, timelineTemplate, tooltipTemplate } from './poverty-atlas-parts';

export type { IndicatorSummary } from './poverty-atlas-parts';

/**
 * @summary The whole atlas: views of the 14 areas, Sichuan's prefectures and
 * counties, coloured by an indicator, with timeline, legend, tooltip, detail
 * panel, data table and sources. State, loading, URL and announcements live
 * in controllers (src/state/*-controller.ts); this element wires them to the
 * smaller elements. Instances are independent.
 *
 * Attributes / properties: one per state field (AtlasState: view, indicator,
 * year, lang, selected, tab, camera, highlight, sort, pinned, year2, area),
 * written as in the URL. An invalid value logs one warning naming the field
 * and falls back. `url-state`: keep the state in the page's URL hash (off by
 * default, so embeds leave it alone). `data-base`: URL the data files are
 * relative to (default: the folder above the script, where data/ ships).
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
export class PovertyAtlas extends LitElement {
  static override styles = [panelTheme, controlTheme, atlasStyles, embedStyles, exploreStyles];

  static override get observedAttributes(): string[] {
    return [...super.observedAttributes, ...FIELD_NAMES, 'url-state', 'renderer', 'controls', 'height'];
  }

  private readonly atlas = new AtlasController(undefined, this);
  private readonly load = new LoadController(this, this.atlas);
  private readonly announce = new AnnounceController(this, this.atlas, () => this.load.session);
  private readonly layout = new NarrowController(this);
  /** `controls` and `height` (src/embed/embed-layout.ts). */
  private readonly embed = new EmbedLayoutController(this);
  /** Timeline, selection, pins, hover: events that do more than set state (atlas-interaction.ts). */
  private readonly ui = new InteractionController(this, this.atlas, this.announce, (indicator) => this.load.session?.yearRange(indicator) ?? []);

  constructor() {
    super();
    new UrlController(this, this.atlas, () => this.load.session?.catalog ?? null);
    new StateEventsController(this, this.atlas);
    takeEarlyProperties(this, (raw) => this.atlas.request(raw));
  }

  // ---- public API (the other state fields get the same accessors below the class)
  override get lang(): Lang { return this.atlas?.state.lang ?? 'zh'; }
  override set lang(v: Lang) { this.atlas?.request({ lang: v }); }

  /** The whole state (plain JSON): restore it later with `restore(state)`. */
  get state(): AtlasState { return structuredClone(this.atlas.state); }
  /** Sets the fields given; each invalid one warns once and falls back. */
  restore(partial: Partial<AtlasState> | RawState): void { this.atlas.request(partial as RawState); }

  /** The current view's indicators: `[{id, name: {zh, en}, unit, years}]`. */
  get indicators(): IndicatorSummary[] { return this.load.session?.indicatorSummaries(this.atlas.state.view) ?? []; }

  /** The value shown for a region in the current view, indicator and year, or null. */
  valueFor(id: string): { value: number; year: number; unit: string; sourceId: string } | null {
    return this.load.session?.valueFor(this.atlas.state, id) ?? null;
  }

  /** The MapLibre map, for power users (null before the first render, and under the SVG renderer). */
  get mapInstance() { return (this.renderRoot?.querySelector('atlas-map') as AtlasMap | null)?.map ?? null; }

  /** The table's rows as CSV (UTF-8 with BOM, formula-safe) and a file name: src/export/atlas-export.ts. */
  async toCsv(): Promise<{ text: string; file: string }> {
    return (await import('../export/atlas-export')).atlasCsv(this.load.session, this.atlas.state);
  }

  /** A PNG of the map as shown, with title, legend, year and sources; `scale` 2 for print: src/export/atlas-export.ts. */
  async toPng(scale = 1): Promise<{ blob: Blob; file: string }> {
    return (await import('../export/atlas-export')).atlasPng(this, this.load.session, this.atlas.state, scale);
  }

  override attributeChangedCallback(name: string, old: string | null, value: string | null): void {
    super.attributeChangedCallback(name, old, value);
    if ((FIELD_NAMES as string[]).includes(name) && value !== null) this.atlas.request({ [name]: value });
    if (name === 'renderer') this.requestUpdate();
    if (name === 'controls' || name === 'height') this.embed?.read();
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Story presentations: the `story` attribute, a #story= link, a dropped story file (atlas-story-launch.ts).
    if (!this.storyLauncher) this.storyLauncher = attachStoryLauncher(this);
  }
  private storyLauncher?: () => void;

  // Events from the inner elements: plain state updates in StateEventsController (poverty-atlas-parts.ts), the rest in `ui`.
  override render() {
    // Until the data has loaded, the default first view may be drawn from first-view.json. Not inert:
    // what a reader does meanwhile (a click, another view, a year) leaves the default view, and the
    // full data then shows what was asked for.
    const early = this.load.firstViewState(this.atlas.state);
    const s = early ?? this.atlas.state;
    const session = early ? this.load.firstView!.session : this.load.session;
    const timeline = early ? { years: session!.yearRange(s.indicator), playing: false, speed: this.ui.timeline.speed } : this.ui.timeline;
    const { lang } = s;
    return html`<div class="app" lang=${lang === 'zh' ? 'zh-CN' : 'en'} aria-busy=${early ? 'true' : 'false'}>
      ${headerTemplate(lang, this.layout.narrow, html`<atlas-story-button .lang=${lang}></atlas-story-button>`)}
      ${controlsTemplate(session, s, (tab) => this.atlas.update({ tab }))}
      ${statusTemplate(lang, this.load)}
      <div class="stage" part="stage">${this.renderStage(s, session)}</div>
      ${timelineTemplate(session, s, timeline)}
      ${this.layout.narrow || this.embed.height.kind === 'auto' ? panelTemplate(session, s, this.layout.narrow) : nothing}
      <div class="visually-hidden" role="status" aria-live="polite">${this.announce.text}</div>
    </div>`;
  }

  /** The map, table and sources panes. Extra elements of a pane go next to its own. */
  private renderStage(s: AtlasState, session: AtlasSession | null) {
    if (!session) return this.load.errors.length ? nothing : html`<div class="loading">${t(s.lang, 'app.loading')}</div>`;
    const narrow = this.layout.narrow;
    const m = session.mapProps(s, s.highlight);
    // On phones a tap opens the bottom sheet, which says more than the tooltip would.
    return html`<div class="pane map-pane" ?hidden=${s.tab !== 'map'}>
        <atlas-map .lang=${s.lang} .model=${m.model} .camera=${s.camera} .renderer=${this.getAttribute('renderer') ?? 'auto'}
          .fitBottom=${narrow ? LAYOUT.phoneLegendRoom : LAYOUT.legendRoom} .panelInset=${narrow ? PHONE_INSET : DESKTOP_INSET}
          .label=${m.label} .hint=${t(s.lang, 'map.keys')}></atlas-map>
        ${breadcrumbTemplate(session, s)}
        ${legendTemplate(session, s, m, narrow)}
        ${m.loadingCounties ? html`<div class="loading">${t(s.lang, 'app.loading')}</div>` : nothing}
        ${tooltipTemplate(session, s, this.ui.hover && !(narrow && s.selected) ? this.ui.hover : null)}
        ${narrow || this.embed.height.kind === 'auto' ? nothing : panelTemplate(session, s, false)}
      </div>
      ${tablePaneTemplate(session, s)}
      ${sourcesPaneTemplate(session, s)}`;
  }
}

// The state fields other than lang: a property each, read from and written to the state.
export interface PovertyAtlas extends Omit<AtlasState, 'lang'> {}
defineStateAccessors(PovertyAtlas.prototype);
defineOnce('poverty-atlas', PovertyAtlas);

declare global {
  interface HTMLElementTagNameMap {
    'poverty-atlas': PovertyAtlas;
  }
}
