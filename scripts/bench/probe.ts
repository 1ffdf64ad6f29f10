/**
 * In-page side of `npm run bench`, added to every visited page before its
 * own scripts (page.addInitScript). It reads what is on screen at sample
 * points and says when a set of expected colours first shows:
 * - SVG (D3, Leaflet, the atlas's SVG renderer): the fill of the element
 *   under the point (shadow roots followed), checked on every frame;
 * - a 2D canvas (ECharts): the pixel, checked on every frame;
 * - MapLibre's WebGL canvas: the pixel read inside the map's `render` event,
 *   i.e. from the frame MapLibre has just drawn.
 * "Shown" is the start of the next animation frame after the first frame
 * that has every expected colour, i.e. after that frame was handed over
 * for presenting. For the atlas it also defines `window.bench` (project,
 * setYear, tooltipShown) on top of the element's public API.
 *
 * The function is serialised into the page: it must not close over
 * anything of this module.
 */
export function installProbe(): void {
  type Rgb = [number, number, number];
  /** A sample: page px and the colour expected there (`null`: no data, i.e. any achromatic fill). */
  type Expect = { x: number; y: number; color: Rgb | null };
  const w = window as unknown as Record<string, unknown>;

  const close = (a: Rgb, b: Rgb, tol = 14) => Math.max(...a.map((v, i) => Math.abs(v - b[i]))) <= tol;
  const achromatic = (c: Rgb) => Math.max(...c) - Math.min(...c) <= 14;
  const matches = (got: Rgb | null, want: Rgb | null) => got !== null && (want === null ? achromatic(got) : close(got, want));

  /** The element under a page point, into shadow roots. */
  const deepAt = (x: number, y: number): Element | null => {
    let el: Element | null = document.elementFromPoint(x, y);
    while (el?.shadowRoot) {
      const inner = el.shadowRoot.elementFromPoint(x, y);
      if (!inner || inner === el) break;
      el = inner;
    }
    return el;
  };
  const parseRgb = (s: string): Rgb | null => {
    const m = s.match(/rgba?\((\d+),\s*(\d+),\s*(\d+)/);
    return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
  };

  /** MapLibre maps on the page: their canvas, and the last colours read inside their render event. */
  const glReads = new WeakMap<HTMLCanvasElement, (x: number, y: number) => Rgb | null>();

  /** The filled shape under a point in the innermost root (labels and outlines skipped). */
  const shapeAt = (x: number, y: number, el: Element): Element => {
    const root = (el.getRootNode() as Document | ShadowRoot).elementsFromPoint?.(x, y) ?? [el];
    return root.find((e) => e instanceof SVGGeometryElement && !(e instanceof SVGTextContentElement) && !['none', ''].includes(getComputedStyle(e).fill)) ?? el;
  };

  const colourAt = (x: number, y: number): Rgb | null => {
    const hit = deepAt(x, y);
    if (!hit) return null;
    const el = hit instanceof SVGElement ? shapeAt(x, y, hit) : hit;
    if (el instanceof HTMLCanvasElement) {
      const box = el.getBoundingClientRect();
      const px = Math.round((x - box.left) * (el.width / box.width));
      const py = Math.round((y - box.top) * (el.height / box.height));
      const gl = glReads.get(el);
      if (gl) return gl(px, py);
      const ctx = el.getContext('2d');
      if (!ctx) return null;
      const d = ctx.getImageData(px, py, 1, 1).data;
      return [d[0], d[1], d[2]];
    }
    if (el instanceof SVGElement) {
      const fill = getComputedStyle(el).fill;
      // A pattern (the atlas's hatching) stands for "no data": any achromatic colour matches it.
      return fill.startsWith('url(') ? [250, 250, 250] : parseRgb(fill);
    }
    return null;
  };

  type Waiter = { want: () => Expect[] | null; done: (t: number) => void };
  const waiters = new Set<Waiter>();
  const check = () => {
    for (const wt of waiters) {
      const want = wt.want();
      if (!want || want.length === 0) continue;
      if (want.every((e) => matches(colourAt(e.x, e.y), e.color))) {
        waiters.delete(wt);
        requestAnimationFrame(() => wt.done(performance.now()));
      }
    }
  };
  const tick = () => {
    check();
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);

  /** Hooks a MapLibre map: checks run inside its render event, reading the frame just drawn. */
  const hookMap = (map: { on(e: string, f: () => void): void; getCanvas(): HTMLCanvasElement; painter?: { context?: { gl?: WebGL2RenderingContext } } }) => {
    const canvas = map.getCanvas();
    if (glReads.has(canvas)) return;
    const buf = new Uint8Array(4);
    let inRender = false;
    glReads.set(canvas, (px, py) => {
      const gl = map.painter?.context?.gl ?? (canvas.getContext('webgl2') as WebGL2RenderingContext | null);
      if (!inRender || !gl) return null;
      gl.readPixels(px, canvas.height - py - 1, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, buf);
      return [buf[0], buf[1], buf[2]];
    });
    map.on('render', () => {
      inRender = true;
      try {
        check();
      } finally {
        inRender = false;
      }
    });
  };

  // ---- `?renderer=svg` in the bench's address: the atlas element gets renderer="svg" before it upgrades
  const forced = new URLSearchParams(location.search).get('renderer');
  if (forced) {
    new MutationObserver((_, obs) => {
      const el = document.querySelector('poverty-atlas');
      if (el) {
        el.setAttribute('renderer', forced);
        obs.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  }

  // ---- the atlas: find its map as soon as it exists, and expose window.bench
  type AtlasEl = HTMLElement & { mapInstance?: unknown; year: number; shadowRoot: ShadowRoot | null };
  const atlas = () => document.querySelector('poverty-atlas') as AtlasEl | null;
  const atlasMap = () => atlas()?.shadowRoot?.querySelector('atlas-map') as (HTMLElement & { activeRenderer?: { project(at: [number, number]): { x: number; y: number } } | null }) | null;
  const watchAtlas = () => {
    const map = atlas()?.mapInstance as Parameters<typeof hookMap>[0] | null | undefined;
    if (map) hookMap(map);
    requestAnimationFrame(watchAtlas);
  };
  requestAnimationFrame(watchAtlas);
  const deepFind = (root: ParentNode, sel: string): Element | null => {
    const hit = root.querySelector(sel);
    if (hit) return hit;
    for (const el of root.querySelectorAll('*')) {
      if (el.shadowRoot) {
        const inner = deepFind(el.shadowRoot, sel);
        if (inner) return inner;
      }
    }
    return null;
  };
  const atlasBench = {
    project(at: [number, number]) {
      const map = atlas()?.mapInstance as { project(p: [number, number]): { x: number; y: number }; getCanvas(): HTMLCanvasElement } | null;
      if (map) {
        const p = map.project(at);
        const box = map.getCanvas().getBoundingClientRect();
        return { x: box.left + p.x, y: box.top + p.y };
      }
      const m = atlasMap();
      const r = m?.activeRenderer;
      if (!m || !r) return { x: NaN, y: NaN };
      const container = (m.shadowRoot?.querySelector('[part="map"]') ?? m) as HTMLElement;
      const box = container.getBoundingClientRect();
      const p = r.project(at);
      return { x: box.left + p.x, y: box.top + p.y };
    },
    setYear(year: number) {
      atlas()!.year = year;
    },
    tooltipShown() {
      const tip = deepFind(document, 'atlas-tooltip[open]');
      return !!tip;
    },
  };

  // ---- what the runner calls
  /** Resolves with performance.now() once `samples` (lon/lat + colour) show, projected by window.bench. */
  const until = (samples: Array<{ at: [number, number]; color: Rgb | null }>): Promise<number> =>
    new Promise((done) => {
      waiters.add({
        want: () => {
          const bench = (w.bench ?? (atlas() ? atlasBench : null)) as { project(at: [number, number]): { x: number; y: number } } | null;
          if (!bench) return null;
          try {
            const pts = samples.map((s) => ({ ...bench.project(s.at), color: s.color }));
            return pts.every((p) => Number.isFinite(p.x)) ? pts : null;
          } catch {
            return null;
          }
        },
        done,
      });
    });

  w.__probe = {
    until,
    /** Sets the year and resolves with the time from the call until `samples` show. */
    async step(year: number, samples: Array<{ at: [number, number]; color: Rgb | null }>): Promise<number> {
      const bench = (w.bench ?? atlasBench) as { setYear(y: number): void };
      const t0 = performance.now();
      const shown = until(samples);
      bench.setYear(year);
      return (await shown) - t0;
    },
    /** Page px of the samples (for the runner's screenshots). */
    project(at: [number, number]) {
      return ((w.bench ?? atlasBench) as { project(at: [number, number]): { x: number; y: number } }).project(at);
    },
    /** Arms a hover measurement: resolves with ms from the next mousemove to the frame after a tooltip shows. */
    hover(): Promise<number> {
      const bench = (w.bench ?? atlasBench) as { tooltipShown(): boolean };
      return new Promise((done) => {
        addEventListener(
          'mousemove',
          (e) => {
            const t0 = e.timeStamp;
            const poll = () => {
              if (bench.tooltipShown()) requestAnimationFrame(() => done(performance.now() - t0));
              else requestAnimationFrame(poll);
            };
            poll();
          },
          { once: true, capture: true },
        );
      });
    },
    tooltipShown() {
      return ((w.bench ?? atlasBench) as { tooltipShown(): boolean }).tooltipShown();
    },
  };
}
