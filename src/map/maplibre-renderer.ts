/**
 * The `maplibre` renderer (WebGL): builds a style from the model and theme,
 * feeds each geometry collection to MapLibre once, paints values through
 * feature state and reports pointer interactions and the reader's moves.
 * Loaded with a dynamic `import()` by <atlas-map>, so MapLibre (and its
 * stylesheet and worker) reach only readers whose map uses it.
 */
import {
  Map as MapLibreMap,
  setWorkerUrl,
  type ExpressionSpecification,
  type GeoJSONSource,
  type MapLibreEvent,
  type StyleSpecification,
} from 'maplibre-gl';
// The worker bundle ships as its own file beside ours (same origin, no CDN):
// MapLibre would otherwise look for it next to the bundled module and miss.
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import maplibreCss from 'maplibre-gl/dist/maplibre-gl.css?inline';
import type { FeatureCollection } from 'geojson';
import { applyStyle } from './apply-style';
import { HATCH_IMAGE_ID, hatchImage } from './hatch-image';
import { NO_DATA_COLOR } from '../data/color-scale';
import { buildStyle, LABEL_SOURCE, REGIONS_LAYER } from './build-style';
import { VALUE_STATE, fillColorExpression, highlightOpacityExpression, uniformFillExpression } from './fill-color-expression';
import { labelPoints } from './label-points';
import { themeKey, type MapTheme } from './map-theme';
import type { BBox, Highlight, MapModel } from '../state/map-model';
import type { Camera, FitOptions, Flag, MapRenderer, RendererEvents } from './renderer';

setWorkerUrl(workerUrl);

let sheet: CSSStyleSheet | null = null;

/** MapLibre's stylesheet, adopted by the shadow root holding the map (no inline <style>, so strict CSP holds). */
function adoptCss(container: HTMLElement): void {
  const root = container.getRootNode();
  if (!(root instanceof ShadowRoot) && !(root instanceof Document)) return;
  sheet ??= new CSSStyleSheet();
  if (sheet.cssRules.length === 0) sheet.replaceSync(maplibreCss);
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}

const reducedMotion = () => !!globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;

export class MapLibreRenderer implements MapRenderer {
  readonly kind = 'maplibre' as const;
  readonly map: MapLibreMap;
  /** The style the map actually has (later ones wait for load). */
  private applied: StyleSpecification;
  private loaded = false;
  private readonly pending: Array<() => void> = [];
  /** Geometry given to each source: set once per distinct collection, and only after load. */
  private readonly fed = new Map<string, FeatureCollection>();
  private regionSource = '';
  private readonly flags: Record<Flag, string | null> = { hover: null, focus: null, selected: null };
  private model: MapModel | null = null;
  private styleKey = '';
  private scale: unknown = null;
  private paintedValues: Map<string, number | null> | null = null;
  private highlight: Highlight = null;
  private hatchKey = '';
  /** The next move was asked for by the reader (zoom buttons, keys): report its camera. */
  private readerMove = false;

  constructor(container: HTMLElement, events: RendererEvents) {
    adoptCss(container);
    this.applied = { version: 8, sources: {}, layers: [] };
    this.map = new MapLibreMap({
      container,
      style: this.applied,
      bounds: [73, 17, 135, 54],
      attributionControl: false,
      keyboard: false,
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      localIdeographFontFamily: false,
      cancelPendingTileRequestsWhileZooming: false,
      renderWorldCopies: false,
      // Labels fade in and out as they collide; not for a reader who prefers reduced motion (each fade
      // is ~10 more frames, each drawn in full by a software GL).
      fadeDuration: reducedMotion() ? 0 : 150,
    });
    this.map.touchZoomRotate.disableRotation();
    // The map's own container is the one Tab stop (arrows, Enter); MapLibre's canvas would be a second, silent one.
    this.map.getCanvas().setAttribute('tabindex', '-1');
    this.map.on('load', () => {
      this.loaded = true;
      // Everything queued before load runs now. The first style's sources get their geometry from
      // setStyle, once; setData before load only records it (the worker used to tile it twice).
      this.pending.splice(0).forEach((fn) => fn());
    });
    this.map.on('mousemove', (e) => events.hover(this.pick(e.point.x, e.point.y), e.point.x, e.point.y));
    this.map.on('mouseout', () => events.hover(null, 0, 0));
    this.map.on('click', (e) => events.click(this.pick(e.point.x, e.point.y), e.point.x, e.point.y));
    this.map.on('moveend', (e: MapLibreEvent<unknown> & { originalEvent?: unknown }) => {
      if (!e.originalEvent && !this.readerMove) return;
      this.readerMove = false;
      events.camera(this.camera());
    });
  }

  private whenLoaded(fn: () => void): void {
    if (this.loaded) fn();
    else this.pending.push(fn);
  }

  private sourceOf(layerId: string): string {
    const layer = this.applied.layers.find((l) => l.id === layerId);
    return layer && 'source' in layer ? String(layer.source) : '';
  }

  pick(x: number, y: number): string | null {
    if (!this.loaded || !this.map.getLayer(REGIONS_LAYER)) return null;
    const hit = this.map.queryRenderedFeatures([x, y], { layers: [REGIONS_LAYER] })[0];
    return hit ? String(hit.properties?.id ?? hit.id) : null;
  }

  paint(model: MapModel, theme: MapTheme): void {
    const prev = this.model;
    this.model = model;
    const hasCounties = !!model.geo.counties;
    const motion = !reducedMotion();
    const key = [model.view, model.lang, model.indicator, hasCounties, model.outline?.id ?? '', motion, themeKey(theme)].join('|');
    const hatch = `${theme.hatch}|${theme.noData}`;
    if (hatch !== this.hatchKey) {
      this.hatchKey = hatch;
      this.whenLoaded(() => {
        const image = hatchImage(theme.hatch, theme.noData);
        if (this.map.hasImage(HATCH_IMAGE_ID)) this.map.updateImage(HATCH_IMAGE_ID, image);
        else this.map.addImage(HATCH_IMAGE_ID, image, { pixelRatio: 2 });
      });
    }
    let restyled = false;
    if (key !== this.styleKey || model.scale !== this.scale) {
      this.styleKey = key;
      this.scale = model.scale;
      restyled = true;
      this.setStyle(
        buildStyle({
          view: model.view,
          lang: model.lang,
          fillColor: model.scale ? fillColorExpression(model.scale) : uniformFillExpression(NO_DATA_COLOR),
          hasCounties,
          motion,
          theme,
          outline: model.outline?.id ?? null,
        }),
      );
    }
    for (const [id, fc] of Object.entries(model.geo)) if (fc) this.setData(id, fc);
    if (!prev || prev.labels !== model.labels) this.setData(LABEL_SOURCE, labelPoints(model.labels));
    if (restyled || model.values !== this.paintedValues) this.paintValues(model.values);
    if (restyled || model.highlight !== this.highlight || model.scale !== prev?.scale) {
      this.highlight = model.highlight;
      this.setRegionOpacity(highlightOpacityExpression(model.scale, model.highlight));
    }
    if (restyled || model.selected !== prev?.selected) this.flag('selected', model.selected);
  }

  /** Moves to a new style; feature state of the regions is re-applied if their source changed. */
  private setStyle(style: StyleSpecification): void {
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
  private setData(sourceId: string, fc: FeatureCollection): void {
    if (this.fed.get(sourceId) === fc) return;
    this.fed.set(sourceId, fc);
    // Before load, the load handler feeds every collection in `fed` once.
    if (this.loaded) this.setSourceData(sourceId, fc);
  }

  private setSourceData(sourceId: string, fc: FeatureCollection): void {
    (this.map.getSource(sourceId) as GeoJSONSource | undefined)?.setData(fc);
  }

  /** Sets each region's value in feature state (null = no data); the style turns it into colour. */
  private paintValues(values: Map<string, number | null>): void {
    this.paintedValues = values;
    this.whenLoaded(() => {
      const source = this.regionSource;
      if (!this.map.getSource(source) || this.paintedValues !== values) return;
      for (const [id, v] of values) this.map.setFeatureState({ source, id }, { [VALUE_STATE]: v });
    });
  }

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

  /** Sets the coloured regions' fill-opacity (the legend highlight). */
  private setRegionOpacity(expression: ExpressionSpecification): void {
    this.whenLoaded(() => {
      if (this.map.getLayer(REGIONS_LAYER)) this.map.setPaintProperty(REGIONS_LAYER, 'fill-opacity', expression);
    });
  }

  fit(bbox: BBox, opts: FitOptions): void {
    const el = this.map.getContainer();
    const p = Math.min(32, Math.round(Math.min(el.clientWidth, el.clientHeight) / 16));
    const padding = { top: p, left: p, right: p, bottom: p + (el.clientHeight > 3 * opts.bottom ? opts.bottom : 0) };
    this.map.fitBounds(bbox, { padding, duration: opts.animate ? 900 : 0, essential: false });
  }

  moveTo(camera: Camera, animate: boolean): void {
    const target = { center: [camera.lng, camera.lat] as [number, number], zoom: camera.zoom };
    if (animate) this.map.flyTo({ ...target, duration: 900, essential: false });
    else this.map.jumpTo(target);
  }

  camera(): Camera {
    const c = this.map.getCenter();
    return { lng: c.lng, lat: c.lat, zoom: this.map.getZoom() };
  }

  reveal(at: [number, number], right: number, bottom: number): void {
    const el = this.map.getContainer();
    const p = this.map.project(at);
    const margin = Math.min(160, el.clientWidth * 0.12);
    const dx = Math.max(0, p.x - (el.clientWidth - right - margin));
    const dy = Math.max(0, p.y - (el.clientHeight - bottom - margin));
    if (dx > 0 || dy > 0) this.map.panBy([dx, dy], { duration: reducedMotion() ? 0 : 400 });
  }

  zoom(delta: number, animate: boolean): void {
    this.readerMove = true;
    this.map.zoomTo(this.map.getZoom() + delta, { duration: animate ? 250 : 0 });
  }

  project(at: [number, number]): { x: number; y: number } {
    return this.map.project(at);
  }

  drawn(): Promise<void> {
    return new Promise((done) => {
      this.whenLoaded(() => {
        this.map.once('idle', () => done());
        this.map.triggerRepaint();
      });
    });
  }

  resize(): void {
    this.map.resize();
  }

  destroy(): void {
    this.map.remove();
  }
}

export function createMapLibreRenderer(container: HTMLElement, events: RendererEvents): MapRenderer {
  return new MapLibreRenderer(container, events);
}
