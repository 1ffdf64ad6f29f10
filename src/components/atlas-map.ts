import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import type { Lang } from '../data/schema';
import type { MapModel } from '../state/map-model';
import { hasWebGL2, sameCamera, type Camera, type MapRenderer, type RendererEvents, type RendererKind } from '../map/renderer';
import { readTheme } from '../map/map-theme';
import { createSvgRenderer } from '../map/svg-renderer';
import { arrowDirection, nextRegion } from '../map/keyboard-nav';
import { fire } from './atlas-events';
import { t } from '../i18n/messages';

const reducedMotion = () => window.matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * @summary The map: draws a renderer-neutral MapModel (src/state/map-model.ts)
 * with one of two renderers and reports hover, click, keyboard focus and the
 * reader's pan / zoom. `svg` draws by default: it shows the first
 * map several times sooner than WebGL without a GPU and steps years faster
 * (docs/performance.md). `maplibre` (WebGL, loaded on demand) draws with
 * `renderer="maplibre"`; where the browser has no WebGL2 the SVG map stands
 * in and says once, quietly, that it is in a simpler mode. Arrow keys move a
 * focus ring between regions, Enter opens the focused region, Escape clears it.
 * @event atlas-hover - Pointer over a region (id null when off). detail: `{ id, x, y }`.
 * @event atlas-select - A region was clicked, tapped or Enter was pressed. detail: `{ id }`.
 * @event atlas-focus-region - The keyboard focus moved. detail: `{ id }`.
 * @event atlas-close - Escape was pressed on the map.
 * @event atlas-camera - The reader panned or zoomed. detail: `{ lng, lat, zoom }`, or null after "reset".
 * @event atlas-renderer - The renderer is ready. detail: `{ kind: 'maplibre' | 'svg', fallback }`.
 * @csspart map - The map container (focusable).
 * @cssproperty --atlas-map-height - Height of the map (default 100%).
 * @cssproperty --atlas-map-* - The map's colours and label fonts: see src/map/map-theme.ts.
 */
@defineElement('atlas-map')
export class AtlasMap extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Language (for the accessible name and the controls; labels come with the model). */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** What to draw (AtlasSession.mapProps(state).model). */
  @property({ attribute: false }) model: MapModel | null = null;
  /** Centre and zoom to show; null fits the view (or the outlined area). Changes animate unless the reader prefers reduced motion. */
  @property({ attribute: false }) camera: Camera | null = null;
  /** `auto` (today: SVG), `svg`, or `maplibre` (WebGL; SVG where WebGL2 is missing). */
  @property() renderer: 'auto' | RendererKind = 'auto';
  /** Extra bottom padding (px) when fitting, for a legend laid over the map. */
  @property({ type: Number }) fitBottom = 0;
  /**
   * Room taken over the map by the detail panel, px (plus `bottomShare` of the map's height: a phone's
   * bottom sheet), so a selected region is panned clear of it.
   */
  @property({ attribute: false }) panelInset: { right: number; bottom: number; bottomShare?: number } = { right: 0, bottom: 0 };
  /** Accessible name of the map. */
  @property() label = '';
  /** Accessible description (keyboard help). */
  @property() hint = '';

  private impl: MapRenderer | null = null;
  /** The renderer is being made (at most one at a time, and never again after it failed). */
  private making: Promise<void> | null = null;
  /** True when SVG stands in because MapLibre could not run here. */
  @state() private fallback = false;
  private focusId: string | null = null;
  private resizeObserver: ResizeObserver | null = null;
  /** What the last fit was for (view and outline), and the box fitted. */
  private fitFor = '';
  private fittedBox = '';
  /** Bounds were set while the map had no size (a hidden tab); fit again when it shows. */
  private fitPending = false;
  private painted: MapModel | null = null;
  /** The element's size as last observed (null before the first observation): read without forcing a layout. */
  private size: { w: number; h: number } | null = null;
  /** The pan clear of the panel that waits for a fit to end (null when none is pending). */
  private revealing: Promise<void> | null = null;
  /** The reader has panned or zoomed since the last fit. */
  private readerMoved = false;

  /** The MapLibre map, for power users: null under the SVG renderer and before the first render. */
  get map(): unknown {
    return this.impl?.map ?? null;
  }

  /** The renderer drawing the map (null until it is ready). */
  get activeRenderer(): MapRenderer | null {
    return this.impl;
  }

  /** Resolves once the renderer exists and what it was last given is on screen. */
  async drawn(): Promise<void> {
    await this.updateComplete;
    await this.making;
    await this.impl?.drawn();
    // A pan that waits for the fit (a region chosen with a new view) is part of the drawing; it
    // resolves once the pan is drawn. Without one, no second wait (each costs the renderer two frames).
    await this.revealing;
  }

  static override styles = css`
    :host {
      display: block;
      position: relative;
      height: var(--atlas-map-height, 100%);
      min-height: 240px;
    }
    /* div.map outranks MapLibre's adopted .maplibregl-map { position: relative }. */
    div.map {
      position: absolute;
      inset: 0;
      background: var(--atlas-map-bg, #f3f5f7);
      overflow: hidden;
    }
    .map:focus {
      outline: none;
    }
    /* Drawn above the canvas, which would hide an inset outline. */
    .map:focus-visible::after {
      content: '';
      position: absolute;
      inset: 0;
      border: 3px solid var(--atlas-accent, #0a5aa8);
      pointer-events: none;
      z-index: 5;
    }
    .zoom {
      position: absolute;
      top: 10px;
      left: 10px;
      z-index: 3;
      display: flex;
      flex-direction: column;
      border: 1px solid var(--atlas-border, #c9c9c9);
      border-radius: 6px;
      overflow: hidden;
      background: var(--atlas-bg, #fff);
    }
    .zoom button {
      width: 32px;
      height: 32px;
      border: 0;
      border-bottom: 1px solid var(--atlas-border, #c9c9c9);
      background: transparent;
      color: var(--atlas-text, #1b1b1b);
      display: grid;
      place-items: center;
      cursor: pointer;
      padding: 0;
    }
    .zoom button:last-child {
      border-bottom: 0;
    }
    .zoom button:hover {
      background: var(--atlas-hover-bg, #f0f3f6);
    }
    .zoom button:focus-visible {
      outline: 2px solid var(--atlas-accent, #0a5aa8);
      outline-offset: -2px;
    }
    .zoom svg {
      width: 14px;
      height: 14px;
      fill: currentColor;
    }
    @media (max-width: 640px), (pointer: coarse) {
      /* Touch screens pinch to zoom; the buttons would only take map space. */
      .zoom {
        display: none;
      }
    }
    .mode {
      position: absolute;
      left: 10px;
      bottom: 6px;
      z-index: 3;
      margin: 0;
      max-width: 60%;
      font-size: 0.72rem;
      color: var(--atlas-muted, #5f5f5f);
      background: color-mix(in srgb, var(--atlas-bg, #fff) 75%, transparent);
      padding: 1px 4px;
      border-radius: 3px;
      pointer-events: none;
    }
    .hint {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip: rect(0 0 0 0);
    }
  `;

  override render() {
    const button = (key: 'map.zoomIn' | 'map.zoomOut' | 'map.reset', icon: string, run: () => void) =>
      html`<button type="button" aria-label=${t(this.lang, key)} title=${t(this.lang, key)} @click=${run}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d=${icon}></path></svg></button>`;
    return html`<div class="map" part="map" tabindex="0" role="application" aria-roledescription="map"
        aria-label=${this.label} aria-describedby="hint" @keydown=${this.onKey} @blur=${this.onBlur}></div>
      <span id="hint" class="hint">${this.hint}</span>
      <div class="zoom" part="zoom" role="group" aria-label=${t(this.lang, 'map.controls')}>
        ${button('map.zoomIn', 'M7 3h2v4h4v2H9v4H7V9H3V7h4z', () => this.impl?.zoom(1, !reducedMotion()))}
        ${button('map.zoomOut', 'M3 7h10v2H3z', () => this.impl?.zoom(-1, !reducedMotion()))}
        ${button('map.reset', 'M2 2h5v2H4v3H2zM9 2h5v5h-2V4H9zM2 9h2v3h3v2H2zM12 9h2v5H9v-2h3z', () => this.reset())}
      </div>
      ${this.fallback ? html`<p class="mode" part="mode" role="status">${t(this.lang, 'map.simpler')}</p>` : nothing}`;
  }

  /** The reset button: back to the fitted view (the host's camera becomes null). */
  private reset(): void {
    this.fitNow(!reducedMotion());
    this.readerMoved = false;
    fire(this, 'atlas-camera', null);
  }

  private fitNow(animate: boolean): void {
    const box = this.model?.outline?.bounds ?? this.model?.bounds;
    if (box) this.impl?.fit(box, { animate, bottom: this.fitBottom });
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: the map was removed on disconnect, make a new one.
    if (this.hasUpdated && !this.impl) void this.makeRenderer();
  }

  private events(container: HTMLElement): RendererEvents {
    return {
      hover: (id, x, y) => {
        this.impl?.flag('hover', id);
        container.style.cursor = id ? 'pointer' : '';
        fire(this, 'atlas-hover', { id, x, y });
      },
      click: (id, x, y) => {
        fire(this, 'atlas-hover', { id, x, y });
        if (id) fire(this, 'atlas-select', { id, via: 'pointer' });
      },
      camera: (camera) => {
        this.readerMoved = true;
        fire(this, 'atlas-camera', camera);
      },
    };
  }

  /** What `renderer` asks for: MapLibre only when named, and only while it has not failed here. */
  private wanted(): RendererKind {
    return this.renderer === 'maplibre' && !this.fallback ? 'maplibre' : 'svg';
  }

  /** Makes the renderer once: SVG, or MapLibre when asked for and WebGL2 works. */
  private makeRenderer(): Promise<void> {
    this.making ??= (async () => {
      const container = this.renderRoot.querySelector('.map') as HTMLElement | null;
      if (!container) return;
      const events = this.events(container);
      let impl: MapRenderer | null = null;
      if (this.wanted() === 'maplibre') {
        if (hasWebGL2()) {
          try {
            const { createMapLibreRenderer } = await import('../map/maplibre-renderer');
            impl = createMapLibreRenderer(container, events);
          } catch (e) {
            // GPUInitializationError (WebGL2 refused) or the chunk failed to load: the SVG map stands in.
            console.warn(`poverty-atlas: the WebGL map could not start (${(e as Error).message.split('.')[0]}); drawing a simpler SVG map`);
            container.replaceChildren();
          }
        }
        this.fallback = !impl;
      }
      impl ??= createSvgRenderer(container, events);
      this.impl = impl;
      this.resizeObserver = new ResizeObserver(([entry]) => {
        this.size = { w: entry.contentRect.width, h: entry.contentRect.height };
        this.impl?.resize();
        if (this.isHidden()) return;
        // Bounds that arrived while the map was hidden (table or sources tab) were fitted to 0×0, and a
        // fitted map that changes size stays fitted (unless the reader has moved it since).
        if (this.camera && this.fitPending) this.impl?.moveTo(this.camera, false);
        else if (!this.camera && (this.fitPending || !this.readerMoved)) this.fitNow(false);
        this.fitPending = false;
      });
      this.resizeObserver.observe(this);
      this.push(new Map());
      fire(this, 'atlas-renderer', { kind: impl.kind, fallback: this.fallback });
      this.requestUpdate();
    })();
    return this.making;
  }

  override updated(changed: PropertyValues<this>): void {
    // `renderer` changed (or changed while the first renderer was loading): start again with the one asked for.
    if (changed.has('renderer') && this.renderer !== 'maplibre') this.fallback = false;
    if (this.impl && this.impl.kind !== this.wanted()) this.teardown();
    if (!this.impl) {
      if (this.model) void this.makeRenderer();
    } else if (changed.size > 0) this.push(changed);
  }

  /** Hands the model to the renderer and places the camera. An empty `changed` means everything. */
  private push(changed: PropertyValues<this> | Map<string, unknown>): void {
    const r = this.impl;
    const model = this.model;
    if (!r || !model) return;
    const all = changed.size === 0;
    const prev = this.painted;
    const theme = readTheme(this);
    r.paint(model, theme);
    this.painted = model;
    if (!prev || prev.view !== model.view) this.setFocus(null, false);
    const chosen = !!model.selected && (!prev || model.selected !== prev.selected || prev.view !== model.view);
    const moved = this.place(all || !prev, (changed as Map<string, unknown>).has('camera'));
    // A region just chosen is panned clear of the panel that opens on it: at once, or once the fit
    // that comes with a new view (or a link opening with a selection) has ended. A link's own camera stays.
    if (chosen && !this.camera) {
      if (!moved) this.reveal(r, model);
      else {
        const revealing: Promise<void> = r
          .drawn()
          .then(() => {
            // Still the same region in the same view (a year step meanwhile paints a new model, and still counts).
            const now = this.painted;
            if (this.impl === r && now?.selected === model.selected && now.view === model.view && !this.readerMoved) this.reveal(r, now);
            return r.drawn();
          })
          .then(() => {
            if (this.revealing === revealing) this.revealing = null;
          });
        this.revealing = revealing;
      }
    }
  }

  private reveal(r: MapRenderer, model: MapModel): void {
    const at = model.points.find((p) => p.id === model.selected)?.at;
    const { right, bottom, bottomShare = 0 } = this.panelInset;
    if (at && !this.isHidden()) r.reveal(at, right, bottom + bottomShare * (this.size?.h ?? this.clientHeight));
  }

  /** Moves to `camera`, or fits the view (or the outlined area) when it is null; says whether it started a move. */
  private place(first: boolean, cameraChanged: boolean): boolean {
    const r = this.impl;
    const model = this.model;
    if (!r || !model) return false;
    const animate = !first && !reducedMotion();
    const hidden = this.isHidden();
    if (this.camera) {
      const move = !sameCamera(this.camera, r.camera());
      if (move) r.moveTo(this.camera, animate && !hidden);
      this.fitPending = hidden;
      this.fittedBox = '';
      return move;
    }
    const box = model.outline?.bounds ?? model.bounds;
    if (!box) return false;
    const boxKey = box.join(',');
    const fitFor = `${model.view}|${model.outline?.id ?? ''}`;
    if (boxKey === this.fittedBox && !cameraChanged) return false;
    // Animate between views or areas; a box refined for the same view (counties arriving) jumps.
    r.fit(box, { animate: animate && fitFor !== this.fitFor && !hidden, bottom: this.fitBottom });
    this.readerMoved = false;
    this.fittedBox = boxKey;
    this.fitFor = fitFor;
    this.fitPending = hidden;
    return true;
  }

  /** Whether the map has no room (a hidden tab), from the last observed size. */
  private isHidden(): boolean {
    const { w, h } = this.size ?? { w: this.clientWidth, h: this.clientHeight };
    return w === 0 || h === 0;
  }

  private setFocus(id: string | null, announce = true): void {
    this.focusId = id;
    this.impl?.flag('focus', id);
    if (!announce) return;
    const at = id ? this.model?.points.find((p) => p.id === id)?.at : undefined;
    const screen = at && this.impl ? this.impl.project(at) : undefined;
    fire(this, 'atlas-focus-region', { id, x: screen?.x, y: screen?.y });
  }

  private onKey(e: KeyboardEvent): void {
    const dir = arrowDirection(e.key);
    if (dir) {
      e.preventDefault();
      this.setFocus(nextRegion(this.model?.points ?? [], this.focusId ?? this.model?.selected ?? null, dir));
    } else if (e.key === 'Enter' && this.focusId) {
      e.preventDefault();
      fire(this, 'atlas-select', { id: this.focusId, via: 'keyboard' });
    } else if (e.key === '+' || e.key === '=' || e.key === '-') {
      e.preventDefault();
      this.impl?.zoom(e.key === '-' ? -1 : 1, !reducedMotion());
    } else if (e.key === 'Escape') {
      this.setFocus(null);
      fire(this, 'atlas-close', undefined);
    }
  }

  private onBlur(): void {
    this.setFocus(null);
  }

  private teardown(): void {
    this.resizeObserver?.disconnect();
    this.impl?.destroy();
    this.impl = null;
    this.making = null;
    this.painted = null;
    this.fittedBox = this.fitFor = '';
    (this.renderRoot.querySelector('.map') as HTMLElement | null)?.replaceChildren();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.teardown();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-map': AtlasMap;
  }
}
