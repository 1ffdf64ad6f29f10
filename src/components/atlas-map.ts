import { LitElement, css, html, unsafeCSS, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import type { ExpressionSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import type { Lang } from '../data/schema';
import { MapView } from '../map/map-view';
import type { BBox } from '../map/bounds';
import { arrowDirection, nextRegion, type LabelPoint } from '../map/keyboard-nav';
import { fire } from './atlas-events';
import { t } from '../i18n/messages';

/**
 * @summary The map: draws what the atlas state says (a built style, geometry,
 * one value per region in feature state) and reports hover, click and
 * keyboard focus. Arrow keys move a focus ring between regions, Enter opens
 * the focused region, Escape clears it.
 * @event atlas-hover - Pointer over a region (id null when off). detail: `{ id, x, y }`.
 * @event atlas-select - A region was clicked, tapped or Enter was pressed. detail: `{ id }`.
 * @event atlas-focus-region - The keyboard focus moved. detail: `{ id }`.
 * @event atlas-close - Escape was pressed on the map.
 * @csspart map - The map container (focusable).
 * @cssproperty --atlas-map-height - Height of the map (default 100%).
 */
@defineElement('atlas-map')
export class AtlasMap extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Language (for the accessible name only; labels come with the style). */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** The style to show (from buildStyle). */
  @property({ attribute: false }) mapStyle: StyleSpecification | null = null;
  /** Geometry per source id; each collection is handed to MapLibre once. */
  @property({ attribute: false }) sources: Record<string, FeatureCollection> = {};
  /** Value per region id for the coloured layer (null = no data). */
  @property({ attribute: false }) values: Map<string, number | null> = new Map();
  /** Box to fit; a new box animates unless the reader prefers reduced motion. */
  @property({ attribute: false }) bounds: BBox | null = null;
  /** Selected region id. */
  @property() selected: string | null = null;
  /** Label points of the coloured regions, for keyboard navigation. */
  @property({ attribute: false }) points: LabelPoint[] = [];
  /** Extra bottom padding (px) when fitting, for a legend laid over the map. */
  @property({ type: Number }) fitBottom = 0;
  /** fill-opacity of the coloured regions (the legend's highlight); null leaves the style's. */
  @property({ attribute: false }) regionOpacity: ExpressionSpecification | null = null;
  /** Room taken over the map by the detail panel, px, so a selected region is panned clear of it. */
  @property({ attribute: false }) panelInset = { right: 0, bottom: 0 };
  /** Accessible name of the map. */
  @property() label = '';
  /** Accessible description (keyboard help). */
  @property() hint = '';

  private view: MapView | null = null;
  private focusId: string | null = null;
  private resizeObserver: ResizeObserver | null = null;
  private fitted = false;
  /** Bounds were set while the map had no size (a hidden tab); fit again when it shows. */
  private fitPending = false;

  /** The MapLibre map, for power users (null until first render). */
  get map() {
    return this.view?.map ?? null;
  }

  static override styles = [
    unsafeCSS(maplibreCss),
    css`
      :host {
        display: block;
        position: relative;
        height: var(--atlas-map-height, 100%);
        min-height: 240px;
      }
      .map {
        position: absolute;
        inset: 0;
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
        background: #f0f3f6;
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
      .hint {
        position: absolute;
        width: 1px;
        height: 1px;
        overflow: hidden;
        clip: rect(0 0 0 0);
      }
    `,
  ];

  override render() {
    const button = (key: 'map.zoomIn' | 'map.zoomOut' | 'map.reset', icon: string, run: () => void) =>
      html`<button type="button" aria-label=${t(this.lang, key)} title=${t(this.lang, key)} @click=${run}>
        <svg viewBox="0 0 16 16" aria-hidden="true"><path d=${icon}></path></svg></button>`;
    return html`<div class="map" part="map" tabindex="0" role="application" aria-roledescription="map"
        aria-label=${this.label} aria-describedby="hint" @keydown=${this.onKey} @blur=${this.onBlur}></div>
      <span id="hint" class="hint">${this.hint}</span>
      <div class="zoom" part="zoom" role="group" aria-label=${t(this.lang, 'map.controls')}>
        ${button('map.zoomIn', 'M7 3h2v4h4v2H9v4H7V9H3V7h4z', () => this.view?.zoomBy(1))}
        ${button('map.zoomOut', 'M3 7h10v2H3z', () => this.view?.zoomBy(-1))}
        ${button('map.reset', 'M2 2h5v2H4v3H2zM9 2h5v5h-2V4H9zM2 9h2v3h3v2H2zM12 9h2v5H9v-2h3z', () => this.fitNow(true))}
      </div>`;
  }

  private fitNow(animate: boolean): void {
    if (this.bounds) this.view?.fit(this.bounds, animate && !window.matchMedia('(prefers-reduced-motion: reduce)').matches, this.fitBottom);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // Moved in the page: the map was removed on disconnect, make a new one.
    if (this.hasUpdated && !this.view) this.createView();
  }

  private createView(): void {
    const container = this.renderRoot.querySelector('.map') as HTMLElement | null;
    if (!this.mapStyle || !container) return;
    this.view = new MapView(container, this.mapStyle, {
      hover: (id, x, y) => {
        this.view?.flag('hover', id);
        container.style.cursor = id ? 'pointer' : '';
        fire(this, 'atlas-hover', { id, x, y });
      },
      click: (id, x, y) => {
        fire(this, 'atlas-hover', { id, x, y });
        if (id) fire(this, 'atlas-select', { id, via: 'pointer' });
      },
    });
    this.resizeObserver = new ResizeObserver(() => {
      this.view?.resize();
      // Bounds that arrived while the map was hidden (table or sources tab) were fitted to 0×0: fit them now.
      if (this.fitPending && this.clientWidth > 0 && this.clientHeight > 0) {
        this.fitPending = false;
        this.fitNow(false);
      }
    });
    this.resizeObserver.observe(this);
    this.pushAll(new Map());
  }

  override updated(changed: PropertyValues<this>): void {
    if (!this.view) this.createView();
    else if (changed.size > 0) this.pushAll(changed);
  }

  private pushAll(changed: PropertyValues<this> | Map<string, unknown>): void {
    const view = this.view;
    if (!view) return;
    const has = (k: string) => changed.size === 0 || (changed as Map<string, unknown>).has(k);
    if (has('mapStyle') && this.mapStyle && changed.size > 0) view.setStyle(this.mapStyle);
    if (has('sources')) for (const [id, fc] of Object.entries(this.sources)) view.setData(id, fc);
    if (has('mapStyle') || has('values')) view.paint(this.values);
    if (has('regionOpacity') && this.regionOpacity && changed.size > 0) view.setRegionOpacity(this.regionOpacity);
    if (has('mapStyle') || has('selected')) view.flag('selected', this.selected);
    if (has('selected') && this.selected && changed.size > 0) {
      const at = this.points.find((p) => p.id === this.selected)?.at;
      if (at) view.reveal(at, this.panelInset.right, this.panelInset.bottom);
    }
    if (has('mapStyle')) this.setFocus(null, false);
    if (has('bounds') && this.bounds) {
      this.fitNow(this.fitted);
      this.fitted = true;
      this.fitPending = this.clientWidth === 0 || this.clientHeight === 0;
    }
  }

  private setFocus(id: string | null, announce = true): void {
    this.focusId = id;
    this.view?.flag('focus', id);
    if (!announce) return;
    const at = id ? this.points.find((p) => p.id === id)?.at : undefined;
    const screen = at && this.view ? this.view.project(at) : undefined;
    fire(this, 'atlas-focus-region', { id, x: screen?.x, y: screen?.y });
  }

  private onKey(e: KeyboardEvent): void {
    const dir = arrowDirection(e.key);
    if (dir) {
      e.preventDefault();
      this.setFocus(nextRegion(this.points, this.focusId ?? this.selected, dir));
    } else if (e.key === 'Enter' && this.focusId) {
      e.preventDefault();
      fire(this, 'atlas-select', { id: this.focusId, via: 'keyboard' });
    } else if (e.key === '+' || e.key === '=' || e.key === '-') {
      e.preventDefault();
      this.view?.zoomBy(e.key === '-' ? -1 : 1);
    } else if (e.key === 'Escape') {
      this.setFocus(null);
      fire(this, 'atlas-close', undefined);
    }
  }

  private onBlur(): void {
    this.setFocus(null);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.view?.destroy();
    this.view = null;
    this.fitted = false;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-map': AtlasMap;
  }
}
