/**
 * The `svg` renderer: the same TopoJSON-derived GeoJSON drawn into one
 * <svg>, in the same Web Mercator as MapLibre (so a camera means the
 * same place and zoom in both), with the same colours (the model's, from the
 * legend's scale), no-data hatching, borders, labels, hover, click, pan and
 * zoom. Used when WebGL is missing, or with `renderer="svg"`.
 *
 * Paths are projected once per collection at zoom 0 (a 512 px world),
 * simplified per zoom level (simplify-ring.ts) and moved by one transform on
 * their group; labels are placed in screen space
 * after every move (svg-labels.ts).
 */
import type { Feature, FeatureCollection } from 'geojson';
import { DIMMED, inHighlight, type BBox, type MapModel } from '../state/map-model';
import type { Simplified } from '../state/data-store';
import type { GeoLayer } from '../state/views';
import { labelSize } from './build-style';
import type { MapTheme } from './map-theme';
import type { Camera, FitOptions, Flag, MapRenderer, RendererEvents } from './renderer';
import { simplifyRing } from './simplify-ring';
import { placeLabels } from './svg-labels';
import { WORLD, detailOf, fromWorld, tolerancesAt, toWorld, worldX, worldY } from './web-mercator';

const NS = 'http://www.w3.org/2000/svg';

/** A feature's rings in world px (x, y, x, y, …), projected once. */
interface Shape {
  id: string;
  rings: Float64Array[];
  /** The detail level from which the rings are drawn as they are (simplified at build time: first-view.json). */
  simplifiedFor: number;
  /** Path data per detail level (see `detailOf`). */
  d: Map<number, string>;
}

/** Each feature of a collection as world-px rings, projected once per collection. */
const shapeCache = new WeakMap<FeatureCollection, Shape[]>();
function shapesOf(fc: FeatureCollection): Shape[] {
  let out = shapeCache.get(fc);
  if (!out) {
    const simplifiedFor = (fc as Simplified).simplifiedFor ?? Infinity;
    out = fc.features.map((f: Feature) => {
      const g = f.geometry;
      const polygons = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
      const rings = polygons.flatMap((poly) =>
        poly.map((ring) => {
          const a = new Float64Array(ring.length * 2);
          ring.forEach((c, i) => {
            a[2 * i] = worldX(c[0]);
            a[2 * i + 1] = worldY(c[1]);
          });
          return a;
        }),
      );
      return { id: String((f.properties as { id?: unknown } | null)?.id ?? f.id), rings, simplifiedFor, d: new Map() };
    });
    shapeCache.set(fc, out);
  }
  return out;
}

/**
 * Path data of a shape at a detail level: simplified as Leaflet does (radial
 * distance 0.5–1 screen px, then Douglas–Peucker within half that), rounded
 * to ~0.1 screen px. At the China-wide zooms the counties' 101,000 ring
 * points become 12,000 (radial distance alone left 24,700), the areas'
 * 23,000 become 2,700: less path data to write, parse and rasterise.
 */
function pathData(shape: Shape, level: number): string {
  let d = shape.d.get(level);
  if (d !== undefined) return d;
  const scale = 2 ** level;
  const [tol, lineTol] = tolerancesAt(level);
  const m = 10 ** Math.ceil(Math.log10(scale * 10));
  const r = (v: number) => Math.round(v * m) / m;
  d = '';
  for (const a of shape.rings) {
    if (a.length < 6) continue;
    const kept = level >= shape.simplifiedFor ? allPoints(a) : simplifyRing(a, tol, lineTol);
    let part = '';
    for (const i of kept) part += `${part ? ' ' : 'M'}${r(a[2 * i])},${r(a[2 * i + 1])}`;
    d += `${part}Z`;
  }
  shape.d.set(level, d);
  return d;
}

/** Every point of a closed ring (x, y, …; the last repeats the first), as simplifyRing lists its kept ones. */
function allPoints(a: Float64Array): number[] {
  const n = a.length / 2 - 1;
  return Array.from({ length: n }, (_, i) => i);
}

let uid = 0;

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number> = {}, parent?: Element): SVGElementTagNameMap[K] {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  parent?.appendChild(e);
  return e;
}

const reducedMotion = () => !!globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches;
const ease = (t: number) => (t < 0.5 ? 4 * t * t * t : 1 - (-2 * t + 2) ** 3 / 2);

/** Where the map looks: the world point at the centre of the container, and the scale (2^zoom). */
interface View {
  cx: number;
  cy: number;
  k: number;
}

export class SvgRenderer implements MapRenderer {
  readonly kind = 'svg' as const;
  readonly map = null;
  private readonly svg: SVGSVGElement;
  private readonly world: SVGGElement;
  private readonly labelGroup: SVGGElement;
  private readonly hatch: SVGPatternElement;
  private readonly hatchId = `atlas-hatch-${++uid}`;
  private view: View = { cx: WORLD / 2, cy: WORLD / 2, k: 1 };
  private model: MapModel | null = null;
  private theme: MapTheme | null = null;
  private structureKey = '';
  private regionPaths = new Map<string, SVGPathElement>();
  /**
   * The no-data hatching: one path over every region without a value (their
   * own paths are filled with the hatch's ground colour). A pattern fill per
   * region cost Chromium a pattern per path on every repaint: with ~100
   * counties without data, a year step of the counties view took 10 ms of
   * paint on the main thread; with one hatched path, 4–5 ms.
   */
  private hatchPath: SVGPathElement | null = null;
  /** Those regions' borders again, over the hatching (as when each region's own path carried it). */
  private hatchBorder: SVGPathElement | null = null;
  private hatchIds: string[] = [];
  /** Every drawn path with its shape, for new path data when the detail level changes. */
  private drawnShapes: Array<{ e: SVGPathElement; shape: Shape }> = [];
  private level = -1;
  private pathsStale = false;
  private writeQueued = false;
  private levelTimer = 0;
  private readonly flagPaths: Record<Flag, SVGPathElement>;
  /** A light band under the selection's outline, so it stands out from the drilled area's outline. */
  private readonly selectedHalo: SVGPathElement;
  private readonly flags: Record<Flag, string | null> = { hover: null, focus: null, selected: null };
  private animation = 0;
  private animationDone: Promise<void> = Promise.resolve();
  private animationEnd: (() => void) | null = null;
  private readonly pointers = new Map<number, { x: number; y: number }>();
  private drag: { x: number; y: number; moved: boolean; view: View; pinch?: number } | null = null;
  private wheelTimer = 0;
  private readonly measureCtx = document.createElement('canvas').getContext('2d');
  private labelFrame = 0;

  constructor(
    private readonly container: HTMLElement,
    private readonly events: RendererEvents,
  ) {
    this.svg = el('svg', { width: '100%', height: '100%', role: 'presentation' }, container);
    this.svg.style.display = 'block';
    this.svg.style.touchAction = 'none';
    this.svg.style.userSelect = 'none';
    const defs = el('defs', {}, this.svg);
    this.hatch = el('pattern', { id: this.hatchId, patternUnits: 'userSpaceOnUse', width: 3, height: 3 }, defs);
    this.world = el('g', {}, this.svg);
    this.labelGroup = el('g', { 'pointer-events': 'none' }, this.svg);
    this.selectedHalo = el('path', { fill: 'none', 'stroke-width': 6, 'stroke-linejoin': 'round', 'vector-effect': 'non-scaling-stroke', 'pointer-events': 'none' });
    this.flagPaths = {
      selected: el('path', { fill: 'none', 'stroke-width': 2.5, 'vector-effect': 'non-scaling-stroke', 'pointer-events': 'none' }),
      hover: el('path', { fill: 'none', 'stroke-width': 1.8, 'vector-effect': 'non-scaling-stroke', 'pointer-events': 'none' }),
      focus: el('path', { fill: 'none', 'stroke-width': 3, 'vector-effect': 'non-scaling-stroke', 'pointer-events': 'none' }),
    };
    this.svg.addEventListener('pointerdown', this.onDown);
    this.svg.addEventListener('pointermove', this.onMove);
    this.svg.addEventListener('pointerup', this.onUp);
    this.svg.addEventListener('pointercancel', this.onUp);
    this.svg.addEventListener('pointerleave', this.onLeave);
    this.svg.addEventListener('wheel', this.onWheel, { passive: false });
  }

  /** The container's size, read once per resize (reading it forces a layout). */
  private sizeCache: { w: number; h: number } | null = null;
  private get size(): { w: number; h: number } {
    return (this.sizeCache ??= { w: this.container.clientWidth, h: this.container.clientHeight });
  }

  // ---- drawing

  paint(model: MapModel, theme: MapTheme): void {
    const prev = this.model;
    this.model = model;
    const themeChanged = this.theme !== theme && JSON.stringify(this.theme) !== JSON.stringify(theme);
    this.theme = theme;
    const key = [model.view, model.layer, model.outline?.id ?? '', ...Object.entries(model.geo).map(([k, fc]) => `${k}:${fc?.features.length}`)].join('|');
    if (key !== this.structureKey || themeChanged || !prev || prev.geo !== model.geo) {
      this.structureKey = key;
      this.build(model, theme);
    } else if (prev.values !== model.values || prev.colors !== model.colors || prev.highlight !== model.highlight) {
      this.colour(model);
    }
    if (!prev || prev.labels !== model.labels || prev.lang !== model.lang || themeChanged) this.placeLabelsSoon();
    this.flag('selected', model.selected);
  }

  private build(model: MapModel, theme: MapTheme): void {
    this.svg.style.background = theme.background;
    this.hatch.replaceChildren();
    el('path', { d: 'M-1,1 l2,-2 M0,3 l3,-3 M2,4 l2,-2', stroke: theme.hatch, 'stroke-width': 0.75 }, this.hatch);
    this.world.replaceChildren();
    const geo = model.geo;
    const group = (attrs: Record<string, string | number>) => el('g', attrs, this.world);
    this.drawnShapes = [];
    const drawAll = (fc: FeatureCollection | undefined, g: SVGGElement, keep: (id: string) => boolean = () => true) => {
      for (const shape of fc ? shapesOf(fc) : []) if (keep(shape.id)) this.drawnShapes.push({ e: el('path', {}, g), shape });
    };
    // Land, coloured regions, their borders, province borders, area outlines, flags, drilled area: as the MapLibre style.
    if (geo.provinces) drawAll(geo.provinces, group({ fill: theme.land, stroke: 'none' }));
    const regions = group({});
    this.regionPaths = new Map();
    const layer: GeoLayer = model.layer;
    const lineColor = layer === 'areas' ? theme.areaLine : theme.regionLine;
    const lineWidth = layer === 'counties' ? 0.3 : layer === 'areas' ? 0.7 : 0.8;
    const fc = geo[layer];
    const border = { stroke: lineColor, 'stroke-width': lineWidth, 'stroke-opacity': 0.9 };
    for (const shape of fc ? shapesOf(fc) : []) {
      const e = el('path', { 'data-id': shape.id, ...border }, regions);
      this.regionPaths.set(shape.id, e);
      this.drawnShapes.push({ e, shape });
    }
    this.hatchPath = el('path', { fill: `url(#${this.hatchId})`, stroke: 'none', 'pointer-events': 'none' }, this.world);
    this.hatchBorder = el('path', { fill: 'none', ...border, 'pointer-events': 'none' }, this.world);
    this.hatchIds = [];
    if (geo.provinces) {
      drawAll(
        geo.provinces,
        group({
          fill: 'none',
          stroke: model.view === 'areas' ? theme.provinceLineStrong : theme.provinceLine,
          'stroke-width': model.view === 'sichuan' ? 1 : 0.6,
          'pointer-events': 'none',
        }),
      );
    }
    if (model.view === 'counties' && geo.areas) {
      drawAll(geo.areas, group({ fill: 'none', stroke: theme.areaLine, 'stroke-width': 1, 'pointer-events': 'none' }));
    }
    if (model.outline && geo.areas) {
      const id = model.outline.id;
      drawAll(geo.areas, group({ fill: 'none', stroke: theme.outline, 'stroke-width': 2.5, 'pointer-events': 'none' }), (x) => x === id);
    }
    // Above the drilled area's outline: a selected county on the area's edge stays visible.
    const flags = group({ stroke: theme.focus, 'pointer-events': 'none' });
    this.selectedHalo.setAttribute('stroke', theme.halo);
    this.selectedHalo.removeAttribute('d');
    flags.appendChild(this.selectedHalo);
    for (const kind of ['selected', 'hover', 'focus'] as Flag[]) {
      flags.appendChild(this.flagPaths[kind]);
      this.flags[kind] = null;
      this.flagPaths[kind].removeAttribute('d');
    }
    // Borders keep their width in px at every zoom, as in MapLibre.
    for (const p of this.world.querySelectorAll('path')) p.setAttribute('vector-effect', 'non-scaling-stroke');
    this.colour(model);
    // Path data is written by the next applyView, at the detail of the camera then (a fit usually follows at once).
    this.pathsStale = true;
    this.applyView();
  }

  /** Writes every path's data at the detail level of the current zoom. */
  private writePaths(): void {
    clearTimeout(this.levelTimer);
    this.level = detailOf(this.view.k);
    this.pathsStale = false;
    for (const { e, shape } of this.drawnShapes) e.setAttribute('d', pathData(shape, this.level));
    this.writeHatch();
    for (const kind of ['selected', 'hover', 'focus'] as Flag[]) {
      const id = this.flags[kind];
      this.flags[kind] = null;
      this.flag(kind, id);
    }
  }

  /**
   * Each region's fill: its colour, or the hatch's ground where there is no
   * value (the hatch lines lie over all of those in one path); dimmed
   * outside the legend's highlight. Only paths whose fill changed are
   * touched, so a year step restyles and repaints just the regions that moved.
   */
  private colour(model: MapModel): void {
    const ground = this.theme?.noData ?? '#fbfbfa';
    const none: string[] = [];
    for (const [id, e] of this.regionPaths) {
      const v = model.values.get(id) ?? null;
      if (v === null) none.push(id);
      const fill = v === null ? ground : (model.colors.get(id) ?? ground);
      const opacity = inHighlight(model.scale, model.highlight, v) ? '1' : String(DIMMED);
      if (e.getAttribute('fill') !== fill) e.setAttribute('fill', fill);
      if (e.getAttribute('fill-opacity') !== opacity) e.setAttribute('fill-opacity', opacity);
    }
    const hatchOpacity = inHighlight(model.scale, model.highlight, null) ? '1' : String(DIMMED);
    if (this.hatchPath && this.hatchPath.getAttribute('fill-opacity') !== hatchOpacity) this.hatchPath.setAttribute('fill-opacity', hatchOpacity);
    if (none.join('|') !== this.hatchIds.join('|')) {
      this.hatchIds = none;
      this.writeHatch();
    }
  }

  /** The hatch path: the path data of every region without a value, at the current detail. */
  private writeHatch(): void {
    if (!this.hatchPath) return;
    const d = this.hatchIds.map((id) => this.regionPaths.get(id)?.getAttribute('d') ?? '').join('');
    for (const e of [this.hatchPath, this.hatchBorder]) {
      if (d) e?.setAttribute('d', d);
      else e?.removeAttribute('d');
    }
  }

  flag(kind: Flag, id: string | null): void {
    if (this.flags[kind] === id) return;
    this.flags[kind] = id;
    const d = id ? this.regionPaths.get(id)?.getAttribute('d') : null;
    for (const e of kind === 'selected' ? [this.flagPaths[kind], this.selectedHalo] : [this.flagPaths[kind]]) {
      if (d) e.setAttribute('d', d);
      else e.removeAttribute('d');
    }
  }

  // ---- labels

  private measure = (text: string, size: number): number => {
    const ctx = this.measureCtx;
    if (!ctx) return text.length * size * 0.6;
    ctx.font = `${size}px ${(this.theme?.fonts ?? ['sans-serif']).map((f) => (f.includes(' ') ? `"${f}"` : f)).join(',')}`;
    return ctx.measureText(text).width;
  };

  private placeLabelsSoon(): void {
    if (this.labelFrame) return;
    this.labelFrame = requestAnimationFrame(() => {
      this.labelFrame = 0;
      this.drawLabels();
    });
  }

  private drawLabels(): void {
    const model = this.model;
    const theme = this.theme;
    if (!model || !theme) return;
    const { w, h } = this.size;
    const zoom = Math.log2(this.view.k);
    const base = labelSize(model.view);
    // Phone-sized maps get slightly smaller type (down to 10 px), so more of their labels fit.
    const size = Math.max(10, base - (w < 480 ? 2 : w < 640 ? 1 : 0)) + (3 * (Math.min(7, Math.max(3, zoom)) - 3)) / 4;
    const inputs = model.labels.map((l) => {
      const p = this.project(l.at);
      return { id: l.id, text: l.short[model.lang], x: p.x, y: p.y };
    });
    const placed = placeLabels(inputs, {
      width: w,
      height: h,
      size,
      maxWidth: model.lang === 'zh' ? 6 : 8,
      lineHeight: 1.15,
      padding: 1,
      measure: (s) => this.measure(s, size),
    });
    this.labelGroup.replaceChildren();
    const g = this.labelGroup;
    g.setAttribute('font-size', String(size));
    g.setAttribute('font-family', theme.fonts.map((f) => (f.includes(' ') ? `"${f}"` : f)).join(','));
    g.setAttribute('fill', theme.text);
    g.setAttribute('text-anchor', 'middle');
    for (const l of placed) {
      const text = el('text', { x: l.x, y: l.y - l.height / 2, 'data-id': l.id, stroke: theme.halo, 'stroke-width': 3.2, 'stroke-linejoin': 'round', 'paint-order': 'stroke' }, g);
      l.lines.forEach((line, i) => {
        const span = el('tspan', { x: l.x, dy: i === 0 ? size * 0.95 : size * 1.15 }, text);
        span.textContent = line;
      });
    }
  }

  // ---- camera

  private applyView(): void {
    const { w, h } = this.size;
    const { cx, cy, k } = this.view;
    this.world.setAttribute('transform', `translate(${w / 2 - k * cx},${h / 2 - k * cy}) scale(${k})`);
    this.hatch.setAttribute('patternTransform', `scale(${1 / k})`);
    this.placeLabelsSoon();
    // New geometry is drawn at once; a zoom to another detail level gets new path data once it settles.
    if (this.pathsStale) {
      // After the fit that follows new geometry in the same task: one write, at the fitted zoom.
      if (!this.writeQueued) {
        this.writeQueued = true;
        queueMicrotask(() => {
          this.writeQueued = false;
          if (this.pathsStale) this.writePaths();
        });
      }
    } else if (detailOf(k) !== this.level) {
      clearTimeout(this.levelTimer);
      this.levelTimer = window.setTimeout(() => this.writePaths(), 150);
    }
  }

  /** Stops a running camera animation; whoever waits for it (drawn()) is let go. */
  private stopAnimation(): void {
    cancelAnimationFrame(this.animation);
    this.animationEnd?.();
    this.animationEnd = null;
  }

  private animateTo(target: View, duration: number): void {
    this.stopAnimation();
    if (duration <= 0) {
      this.view = target;
      this.applyView();
      return;
    }
    const from = this.view;
    const start = performance.now();
    this.animationDone = new Promise((done) => {
      this.animationEnd = done;
      const step = (now: number) => {
        const t = Math.min(1, (now - start) / duration);
        const e = ease(t);
        // Zoom interpolated in log space, the centre linearly.
        this.view = { cx: from.cx + (target.cx - from.cx) * e, cy: from.cy + (target.cy - from.cy) * e, k: from.k * (target.k / from.k) ** e };
        this.applyView();
        if (t < 1) this.animation = requestAnimationFrame(step);
        else this.stopAnimation();
      };
      this.animation = requestAnimationFrame(step);
    });
  }

  fit(bbox: BBox, opts: FitOptions): void {
    const { w, h } = this.size;
    if (w === 0 || h === 0) return;
    const p = Math.min(32, Math.round(Math.min(w, h) / 16));
    const pad = { top: p, left: p, right: p, bottom: p + (h > 3 * opts.bottom ? opts.bottom : 0) };
    const [x0, y1] = toWorld([bbox[0], bbox[1]]);
    const [x1, y0] = toWorld([bbox[2], bbox[3]]);
    const aw = Math.max(1, w - pad.left - pad.right);
    const ah = Math.max(1, h - pad.top - pad.bottom);
    const k = Math.min(aw / Math.max(1e-9, x1 - x0), ah / Math.max(1e-9, y1 - y0));
    // The box's centre goes to the centre of the padded area.
    const cx = (x0 + x1) / 2 - (pad.left + aw / 2 - w / 2) / k;
    const cy = (y0 + y1) / 2 - (pad.top + ah / 2 - h / 2) / k;
    this.animateTo({ cx, cy, k }, opts.animate ? 900 : 0);
  }

  moveTo(camera: Camera, animate: boolean): void {
    const [cx, cy] = toWorld([camera.lng, camera.lat]);
    this.animateTo({ cx, cy, k: 2 ** camera.zoom }, animate ? 900 : 0);
  }

  camera(): Camera {
    const [lng, lat] = fromWorld(this.view.cx, this.view.cy);
    return { lng, lat, zoom: Math.log2(this.view.k) };
  }

  reveal(at: [number, number], right: number, bottom: number): void {
    const { w, h } = this.size;
    const p = this.project(at);
    const margin = Math.min(160, w * 0.12);
    const dx = Math.max(0, p.x - (w - right - margin));
    const dy = Math.max(0, p.y - (h - bottom - margin));
    if (dx > 0 || dy > 0) this.animateTo({ ...this.view, cx: this.view.cx + dx / this.view.k, cy: this.view.cy + dy / this.view.k }, reducedMotion() ? 0 : 400);
  }

  project(at: [number, number]): { x: number; y: number } {
    const [x, y] = toWorld(at);
    const { w, h } = this.size;
    const { cx, cy, k } = this.view;
    return { x: w / 2 + k * (x - cx), y: h / 2 + k * (y - cy) };
  }

  zoom(delta: number, animate: boolean): void {
    this.animateTo({ ...this.view, k: this.view.k * 2 ** delta }, animate ? 250 : 0);
    void this.animationDone.then(() => this.events.camera(this.camera()));
  }

  /** Zooms by `factor` keeping the screen point (x, y) in place. */
  private zoomAbout(x: number, y: number, factor: number): void {
    const { w, h } = this.size;
    const v = this.view;
    const k = Math.min(2 ** 12, Math.max(2 ** 1, v.k * factor));
    const wx = v.cx + (x - w / 2) / v.k;
    const wy = v.cy + (y - h / 2) / v.k;
    this.view = { cx: wx - (x - w / 2) / k, cy: wy - (y - h / 2) / k, k };
    this.applyView();
  }

  pick(x: number, y: number): string | null {
    const box = this.svg.getBoundingClientRect();
    const root = this.svg.getRootNode() as Document | ShadowRoot;
    for (const e of root.elementsFromPoint(box.left + x, box.top + y)) {
      const id = e instanceof SVGPathElement ? e.getAttribute('data-id') : null;
      if (id) return id;
    }
    return null;
  }

  // ---- pointer: hover, click, drag to pan, pinch and wheel to zoom

  private local(e: PointerEvent | WheelEvent): { x: number; y: number } {
    const box = this.svg.getBoundingClientRect();
    return { x: e.clientX - box.left, y: e.clientY - box.top };
  }

  private onDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    const p = this.local(e);
    this.pointers.set(e.pointerId, p);
    this.svg.setPointerCapture?.(e.pointerId);
    this.stopAnimation();
    const pts = [...this.pointers.values()];
    this.drag = { x: p.x, y: p.y, moved: this.drag?.moved ?? false, view: this.view };
    if (pts.length === 2) this.drag.pinch = Math.hypot(pts[0].x - pts[1].x, pts[0].y - pts[1].y);
  };

  private onMove = (e: PointerEvent) => {
    const p = this.local(e);
    const d = this.drag;
    if (!d || !this.pointers.has(e.pointerId)) {
      this.events.hover(this.regionOf(e.target), p.x, p.y);
      return;
    }
    this.pointers.set(e.pointerId, p);
    const pts = [...this.pointers.values()];
    if (pts.length === 2 && d.pinch) {
      const dist = Math.hypot(pts[0].x - pts[1].x, pts[0].y - pts[1].y);
      this.view = d.view;
      this.zoomAbout((pts[0].x + pts[1].x) / 2, (pts[0].y + pts[1].y) / 2, dist / d.pinch);
      d.moved = true;
      return;
    }
    const dx = p.x - d.x;
    const dy = p.y - d.y;
    if (!d.moved && Math.hypot(dx, dy) < 4) return;
    d.moved = true;
    this.view = { ...d.view, cx: d.view.cx - dx / d.view.k, cy: d.view.cy - dy / d.view.k };
    this.applyView();
  };

  private onUp = (e: PointerEvent) => {
    const d = this.drag;
    this.pointers.delete(e.pointerId);
    if (this.pointers.size > 0) {
      // One finger of a pinch lifted: carry on panning from the other.
      const [rest] = this.pointers.values();
      if (d) this.drag = { x: rest.x, y: rest.y, moved: true, view: this.view };
      return;
    }
    this.drag = null;
    if (!d) return;
    if (d.moved) this.events.camera(this.camera());
    else {
      const p = this.local(e);
      this.events.click(this.regionOf(e.target) ?? this.pick(p.x, p.y), p.x, p.y);
    }
  };

  private onLeave = () => {
    if (!this.drag) this.events.hover(null, 0, 0);
  };

  private onWheel = (e: WheelEvent) => {
    e.preventDefault();
    const p = this.local(e);
    const lines = e.deltaMode === 1 ? 40 : e.deltaMode === 2 ? 800 : 1;
    this.zoomAbout(p.x, p.y, 2 ** (-e.deltaY * lines * 0.002));
    clearTimeout(this.wheelTimer);
    this.wheelTimer = window.setTimeout(() => this.events.camera(this.camera()), 250);
  };

  private regionOf(target: EventTarget | null): string | null {
    return target instanceof SVGPathElement ? target.getAttribute('data-id') : null;
  }

  async drawn(): Promise<void> {
    // An animation started while waiting for the last one is waited for too.
    for (let done = this.animationDone; ; done = this.animationDone) {
      await done;
      if (done === this.animationDone) break;
    }
    await Promise.resolve();
    if (this.pathsStale || detailOf(this.view.k) !== this.level) this.writePaths();
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  }

  resize(): void {
    this.sizeCache = null;
    this.applyView();
  }

  destroy(): void {
    this.stopAnimation();
    cancelAnimationFrame(this.labelFrame);
    clearTimeout(this.wheelTimer);
    clearTimeout(this.levelTimer);
    this.svg.remove();
  }
}

export function createSvgRenderer(container: HTMLElement, events: RendererEvents): MapRenderer {
  return new SvgRenderer(container, events);
}
