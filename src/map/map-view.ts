/**
 * The MapLibre map of one atlas instance: creates it, applies built styles,
 * feeds geometry once per source, paints values through feature state and
 * reports pointer interactions. Knows nothing of indicators or languages.
 */
import { Map as MapLibreMap, setWorkerUrl, type ExpressionSpecification, type StyleSpecification, type GeoJSONSource } from 'maplibre-gl';
// The worker bundle ships as its own file beside ours (same origin, no CDN):
// MapLibre would otherwise look for it next to the bundled module and miss.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { FeatureCollection } from 'geojson';
import { applyStyle } from './apply-style';
import { HATCH_IMAGE_ID, hatchImage } from './hatch-image';
import { HATCH_COLOR, NO_DATA_COLOR } from '../data/color-scale';
import { REGIONS_LAYER } from './build-style';
import { VALUE_STATE } from './fill-color-expression';
import type { BBox } from './bounds';

export interface MapViewEvents {
  hover(id: string | null, x: number, y: number): void;
  click(id: string | null, x: number, y: number): void;
}

type Flag = 'hover' | 'focus' | 'selected';

setWorkerUrl(workerUrl);

export class MapView {
  readonly map: MapLibreMap;
  /** The style the map actually has (later ones wait for load). */
  private applied: StyleSpecification;
  private loaded = false;
  private readonly pending: Array<() => void> = [];
  private readonly fed = new Map<string, FeatureCollection>();
  private regionSource = '';
  private readonly flags: Record<Flag, string | null> = { hover: null, focus: null, selected: null };
  private values = new Map<string, number | null>();

  constructor(container: HTMLElement, style: StyleSpecification, events: MapViewEvents) {
    this.applied = style;
    this.map = new MapLibreMap({
      container,
      style,
      bounds: [73, 17, 135, 54],
      attributionControl: false,
      keyboard: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      localIdeographFontFamily: false,
      cancelPendingTileRequestsWhileZooming: false,
      renderWorldCopies: false,
      fadeDuration: 150,
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.on('load', () => {
      this.map.addImage(HATCH_IMAGE_ID, hatchImage(HATCH_COLOR, NO_DATA_COLOR), { pixelRatio: 2 });
      this.loaded = true;
      this.regionSource = this.sourceOf(REGIONS_LAYER);
      for (const [id, fc] of this.fed) this.setSourceData(id, fc);
      this.pending.splice(0).forEach((fn) => fn());
    });
    this.map.on('mousemove', (e) => events.hover(this.regionAt(e.point), e.point.x, e.point.y));
    this.map.on('mouseout', () => events.hover(null, 0, 0));
    this.map.on('click', (e) => events.click(this.regionAt(e.point), e.point.x, e.point.y));
  }

  private whenLoaded(fn: () => void): void {
    if (this.loaded) fn();
    else this.pending.push(fn);
  }

  private sourceOf(layerId: string): string {
    const layer = this.applied.layers.find((l) => l.id === layerId);
    return layer && 'source' in layer ? String(layer.source) : '';
  }

  private regionAt(point: { x: number; y: number }): string | null {
    if (!this.loaded || !this.map.getLayer(REGIONS_LAYER)) return null;
    const hit = this.map.queryRenderedFeatures([point.x, point.y], { layers: [REGIONS_LAYER] })[0];
    return hit ? String(hit.properties?.id ?? hit.id) : null;
  }

  /** Moves to a new style; feature state of the regions is re-applied if their source changed. */
  setStyle(style: StyleSpecification): void {
    this.whenLoaded(() => {
      const prev = this.applied;
      applyStyle(this.map, prev, style);
      this.applied = style;
      for (const [id, fc] of this.fed) if (!(id in prev.sources) && id in style.sources) this.setSourceData(id, fc);
      const source = this.sourceOf(REGIONS_LAYER);
      if (source !== this.regionSource) {
        this.regionSource = source;
        this.flags.hover = this.flags.focus = this.flags.selected = null;
      }
    });
  }

  /** Gives a source its geometry (once per distinct collection; never on a year change). */
  setData(sourceId: string, fc: FeatureCollection): void {
    if (this.fed.get(sourceId) === fc) return;
    this.fed.set(sourceId, fc);
    this.whenLoaded(() => this.setSourceData(sourceId, fc));
  }

  private setSourceData(sourceId: string, fc: FeatureCollection): void {
    (this.map.getSource(sourceId) as GeoJSONSource | undefined)?.setData(fc);
  }

  /** Sets each region's value in feature state (null = no data); the style turns it into colour. */
  paint(values: Map<string, number | null>): void {
    this.values = values;
    this.whenLoaded(() => {
      const source = this.regionSource;
      if (!this.map.getSource(source)) return;
      for (const [id, v] of this.values) this.map.setFeatureState({ source, id }, { [VALUE_STATE]: v });
    });
  }

  /** Marks one region as hovered / keyboard-focused / selected (null clears). */
  flag(kind: Flag, id: string | null): void {
    this.whenLoaded(() => {
      const source = this.regionSource;
      if (!this.map.getSource(source)) return;
      const before = this.flags[kind];
      if (before === id) return;
      if (before !== null) this.map.setFeatureState({ source, id: before }, { [kind]: false });
      if (id !== null) this.map.setFeatureState({ source, id }, { [kind]: true });
      this.flags[kind] = id;
    });
  }

  /** Fits a box; animated unless the reader prefers reduced motion. */
  fit(bbox: BBox, animate: boolean, extraBottom = 0): void {
    const el = this.map.getContainer();
    const p = Math.min(32, Math.round(Math.min(el.clientWidth, el.clientHeight) / 16));
    const padding = { top: p, left: p, right: p, bottom: p + (el.clientHeight > 3 * extraBottom ? extraBottom : 0) };
    this.map.fitBounds(bbox, { padding, duration: animate ? 900 : 0, essential: false });
  }

  /** Pans just enough that `at` is not hidden under a panel covering `right` / `bottom` px. */
  reveal(at: [number, number], right: number, bottom: number): void {
    const el = this.map.getContainer();
    const p = this.map.project(at);
    const margin = Math.min(160, el.clientWidth * 0.12);
    const dx = Math.max(0, p.x - (el.clientWidth - right - margin));
    const dy = Math.max(0, p.y - (el.clientHeight - bottom - margin));
    if (dx > 0 || dy > 0) this.map.panBy([dx, dy], { duration: window.matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 400 });
  }

  /** Sets the coloured regions' fill-opacity (the legend highlight). */
  setRegionOpacity(expression: ExpressionSpecification): void {
    this.whenLoaded(() => {
      if (this.map.getLayer(REGIONS_LAYER)) this.map.setPaintProperty(REGIONS_LAYER, 'fill-opacity', expression);
    });
  }

  /** Zooms one step in (+1) or out (-1) about the centre. */
  zoomBy(delta: number): void {
    const reduce = window.matchMedia('(prefers-reduced-motion: reduce)').matches;
    this.map.zoomTo(this.map.getZoom() + delta, { duration: reduce ? 0 : 250 });
  }

  resize(): void {
    this.map.resize();
  }

  /** Screen position of a [lon, lat]. */
  project(at: [number, number]): { x: number; y: number } {
    return this.map.project(at);
  }

  destroy(): void {
    this.map.remove();
  }
}
