/**
 * The two map renderers as a reader meets them. MapLibre and the SVG map
 * label every area and Sichuan prefecture at 1280×800 in both languages, and
 * paint every region of every view in the same colour (read from the pixels
 * at each region's label point, borders and labels hidden); the default
 * map (SVG) never downloads MapLibre and still gives tooltip, panel,
 * keyboard and timeline; `renderer="maplibre"` in a Chromium with WebGL
 * switched off falls back to the SVG map, says so once, and throws nothing.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, recordedPage, releasePage, sharedBrowser, SLOW, waitForIdle, type PageLog } from './atlas-page';

const ctx = sharedBrowser();

/** The atlas's <atlas-map>, as the page sees it. */
const MAP = `document.querySelector('poverty-atlas').shadowRoot.querySelector('atlas-map')`;

/** Opens the index (optionally with a renderer attribute set before the atlas draws) and waits until its map has drawn. */
async function open(browser: Browser, url: string, renderer?: 'svg' | 'maplibre'): Promise<{ page: Page; log: PageLog }> {
  const { page, log } = await recordedPage(browser);
  if (renderer) {
    await page.addInitScript((r) =>
      document.addEventListener('DOMContentLoaded', () => document.querySelector('poverty-atlas')?.setAttribute('renderer', r)),
    renderer);
  }
  await page.goto(url);
  await page.waitForFunction(
    (map) => {
      const atlas = document.querySelector('poverty-atlas') as unknown as { indicators?: unknown[] } | null;
      const m = new Function(`return ${map}`)() as { activeRenderer?: unknown } | null;
      return !!m?.activeRenderer && (atlas?.indicators?.length ?? 0) > 0;
    },
    MAP,
    { timeout: SLOW },
  );
  await waitForIdle(page);
  return { page, log };
}

async function setState(page: Page, state: Record<string, unknown>): Promise<void> {
  await page.evaluate((s) => Object.assign(document.querySelector('poverty-atlas')!, s), state);
  // The counties view draws its counties once counties.topo.json has arrived.
  await page.waitForFunction(
    ({ map, view }) => !view || (new Function(`return ${map}`)() as { model?: { view: string; layer: string } }).model?.layer === (view === 'sichuan' ? 'prefectures' : view),
    { map: MAP, view: state.view as string | undefined },
    { timeout: SLOW },
  );
  await waitForIdle(page);
}

interface Sample {
  id: string;
  expected: string;
  noData: boolean;
  got: string;
}

/**
 * For every coloured region: the colour the model gives it and the pixel the
 * renderer drew at its label point, with labels and borders hidden so only
 * fills are read.
 */
async function sample(page: Page): Promise<Sample[]> {
  await page.evaluate((map) => {
    const m = new Function(`return ${map}`)() as HTMLElement & {
      activeRenderer: { kind: string };
      map: { getStyle(): { layers: Array<{ id: string; type: string }> }; setLayoutProperty(id: string, k: string, v: string): void } | null;
    };
    if (m.map) {
      for (const l of m.map.getStyle().layers) if (l.type === 'line' || l.type === 'symbol') m.map.setLayoutProperty(l.id, 'visibility', 'none');
    } else {
      const style = document.createElement('style');
      style.className = 'test-fills-only';
      style.textContent = 'svg path { stroke: none !important } svg text { display: none }';
      m.shadowRoot!.querySelector('.test-fills-only')?.remove();
      m.shadowRoot!.appendChild(style);
    }
  }, MAP);
  await page.mouse.move(0, 0);
  await waitForIdle(page);
  const box = await page.evaluate((map) => {
    const m = new Function(`return ${map}`)() as HTMLElement;
    const r = m.getBoundingClientRect();
    return { x: r.left, y: r.top, width: r.width, height: r.height };
  }, MAP);
  const png = await page.screenshot({ clip: box, animations: 'disabled' });
  return page.evaluate(
    async ({ map, b64 }) => {
      type Model = { points: Array<{ id: string; at: [number, number] }>; colors: Map<string, string>; noData: Set<string> };
      const m = new Function(`return ${map}`)() as { model: Model; activeRenderer: { project(at: [number, number]): { x: number; y: number } } };
      const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const canvas = new OffscreenCanvas(bmp.width, bmp.height);
      const c2d = canvas.getContext('2d')!;
      c2d.drawImage(bmp, 0, 0);
      // The commonest colour of the 3×3 pixels around the point: a tiny county's point may touch its anti-aliased edge.
      const hex = (x: number, y: number) => {
        const d = c2d.getImageData(x - 1, y - 1, 3, 3).data;
        const counts = new Map<string, number>();
        for (let i = 0; i < d.length; i += 4) {
          const c = `#${[d[i], d[i + 1], d[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
          counts.set(c, (counts.get(c) ?? 0) + 1);
        }
        return [...counts].sort((a, b) => b[1] - a[1])[0][0];
      };
      const out: Array<{ id: string; expected: string; noData: boolean; got: string }> = [];
      for (const p of m.model.points) {
        const s = m.activeRenderer.project(p.at);
        const x = Math.round(s.x);
        const y = Math.round(s.y);
        if (x < 1 || y < 1 || x >= bmp.width - 1 || y >= bmp.height - 1) continue;
        out.push({ id: p.id, expected: m.model.colors.get(p.id) ?? '', noData: m.model.noData.has(p.id), got: hex(x, y) });
      }
      return out;
    },
    { map: MAP, b64: png.toString('base64') },
  );
}

/** A colour as [r, g, b], from `#rrggbb` or `rgb(r, g, b)` (the scale's interpolated colours). */
const rgb = (c: string) => (c.startsWith('#') ? [1, 3, 5].map((i) => parseInt(c.slice(i, i + 2), 16)) : (c.match(/\d+/g) ?? []).slice(0, 3).map(Number));
const close = (a: string, b: string, tol = 3) => rgb(a).every((v, i) => Math.abs(v - rgb(b)[i]) <= tol);

/** Ids of the regions whose label the renderer placed (MapLibre's symbol placement, or the SVG map's <text>s). */
async function placedLabels(page: Page): Promise<{ wanted: string[]; placed: string[] }> {
  return page.evaluate((map) => {
    type Feature = { properties: { id: string } };
    const m = new Function(`return ${map}`)() as HTMLElement & {
      model: { labels: Array<{ id: string }> };
      map: { queryRenderedFeatures(o: { layers: string[] }): Feature[] } | null;
    };
    const placed = m.map
      ? m.map.queryRenderedFeatures({ layers: ['labels'] }).map((f) => String(f.properties.id))
      : [...m.shadowRoot!.querySelectorAll('text[data-id]')].map((t) => t.getAttribute('data-id') ?? '');
    return { wanted: m.model.labels.map((l) => l.id), placed: [...new Set(placed)] };
  }, MAP);
}

/**
 * Every area and prefecture has its label at 1280×800 in both languages
 * (English uses short names such as "Wuling Mts."). Leaves the atlas in
 * English: the colours sampled next do not depend on the language.
 */
async function expectEveryLabel(page: Page, renderer: string): Promise<void> {
  for (const view of ['areas', 'sichuan']) {
    for (const lang of ['zh', 'en']) {
      await setState(page, { view, lang, selected: null });
      const { wanted, placed } = await placedLabels(page);
      expect(wanted.length, `${renderer} ${view}`).toBe(view === 'areas' ? 14 : 21);
      expect(wanted.filter((id) => !placed.includes(id)), `${renderer} ${view} ${lang}: labels left out`).toEqual([]);
    }
  }
}

/** Sets the renderer attribute on the page's atlas and waits for the new map. */
async function switchTo(page: Page, kind: 'svg' | 'maplibre'): Promise<void> {
  await page.evaluate((k) => document.querySelector('poverty-atlas')!.setAttribute('renderer', k), kind);
  await page.waitForFunction(
    ({ map, k }) => (new Function(`return ${map}`)() as { activeRenderer?: { kind: string } }).activeRenderer?.kind === k,
    { map: MAP, k: kind },
    { timeout: SLOW },
  );
  await waitForIdle(page);
}

describe('MapLibre and SVG draw the same colours', () => {
  const views = [
    { view: 'areas', indicator: 'area_counties_remaining', year: 2017 },
    { view: 'sichuan', indicator: 'gdp', year: 2016 },
    { view: 'counties', indicator: 'exit_year', year: 2019 },
  ];
  it('labels every area and prefecture in zh and en, and paints every region of the areas, Sichuan and counties views in the model’s colour, in both renderers', async () => {
    const { page } = await open(ctx.browser, ctx.server.url, 'maplibre');
    try {
      // MapLibre first for every view, then the SVG map (one renderer switch: MapLibre is slow to start).
      await expectEveryLabel(page, 'MapLibre');
      const gl: Sample[][] = [];
      for (const state of views) {
        await setState(page, state);
        gl.push(await sample(page));
      }
      await switchTo(page, 'svg');
      await expectEveryLabel(page, 'SVG');
      const svg: Sample[][] = [];
      for (const state of views) {
        await setState(page, state);
        svg.push(await sample(page));
      }
      views.forEach((state, v) => {
        const where = `${state.view} ${state.indicator} ${state.year}`;
        expect(gl[v].length, where).toBeGreaterThan(state.view === 'counties' ? 700 : 13);
        expect(svg[v].map((s) => s.id), where).toEqual(gl[v].map((s) => s.id));
        const valued = gl[v].filter((s) => !s.noData);
        expect(valued.length, where).toBeGreaterThan(0);
        // A few of the smallest counties are only a few pixels wide at this zoom, all anti-aliased edge.
        const miss = (list: Sample[]) => list.filter((s) => !s.noData && !close(s.got, s.expected)).map((s) => `${s.id} ${s.got}≠${s.expected}`);
        const allowed = state.view === 'counties' ? Math.ceil(valued.length * 0.04) : 0;
        expect(miss(gl[v]).length, `${where} MapLibre: ${miss(gl[v]).join(', ')}`).toBeLessThanOrEqual(allowed);
        expect(miss(svg[v]).length, `${where} SVG: ${miss(svg[v]).join(', ')}`).toBeLessThanOrEqual(allowed);
      });
    } finally {
      await page.close();
    }
  }, 400_000);
});

/** The tooltip, panel, keyboard and timeline on a page whose map is the SVG one. */
async function readerChecks(page: Page): Promise<void> {
  await setState(page, { view: 'sichuan', indicator: 'gdp', year: 2016, lang: 'zh' });
  // Hover Chengdu (510100) at its label point: the tooltip names it with its 2016 GDP.
  const at = await page.evaluate((map) => {
    const m = new Function(`return ${map}`)() as HTMLElement & { model: { points: Array<{ id: string; at: [number, number] }> }; activeRenderer: { project(a: [number, number]): { x: number; y: number } } };
    const p = m.model.points.find((x) => x.id === '510100')!;
    const s = m.activeRenderer.project(p.at);
    const r = m.getBoundingClientRect();
    return { x: r.left + s.x, y: r.top + s.y + 6 };
  }, MAP);
  await page.mouse.move(at.x - 30, at.y - 30);
  await page.mouse.move(at.x, at.y, { steps: 4 });
  const tip = page.locator('atlas-tooltip[open] [part="tooltip"]');
  await tip.waitFor({ state: 'visible' });
  expect((await tip.innerText()).replace(/[\s,]/g, '')).toContain('12170.23');
  // Click: the detail panel opens on Chengdu.
  await page.mouse.click(at.x, at.y);
  await page.locator('atlas-detail-panel').waitFor({ state: 'visible' });
  expect(await page.evaluate(() => (document.querySelector('poverty-atlas') as unknown as { selected: string }).selected)).toBe('510100');
  // Keyboard: Escape closes, an arrow focuses a region, Enter opens it.
  await page.keyboard.press('Escape');
  await page.evaluate((map) => ((new Function(`return ${map}`)() as HTMLElement).shadowRoot!.querySelector('.map') as HTMLElement).focus(), MAP);
  await page.keyboard.press('Escape');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => !!(document.querySelector('poverty-atlas') as unknown as { selected: string | null }).selected);
  // Timeline: another year repaints the map (Chengdu's fill follows the 2015 value's colour).
  await setState(page, { selected: null, year: 2015 });
  const fill = await page.evaluate((map) => {
    const m = new Function(`return ${map}`)() as HTMLElement & { model: { colors: Map<string, string> } };
    return { drawn: m.shadowRoot!.querySelector('path[data-id="510100"]')?.getAttribute('fill'), model: m.model.colors.get('510100') };
  }, MAP);
  expect(fill.drawn).toBe(fill.model);
}

describe('the default map', () => {
  it('is the SVG map, drawn without ever downloading MapLibre and without a "simpler mode" note, and the reader gets tooltip, panel, keyboard and timeline', async () => {
    const { page, log } = await open(ctx.browser, ctx.server.url);
    try {
      expect(await page.evaluate((map) => (new Function(`return ${map}`)() as { activeRenderer: { kind: string } }).activeRenderer.kind, MAP)).toBe('svg');
      expect(await page.locator('atlas-map [part="mode"]').count()).toBe(0);
      expect(await page.evaluate(() => (document.querySelector('poverty-atlas') as unknown as { mapInstance: unknown }).mapInstance)).toBeNull();
      expect(log.requests.filter((u) => /maplibre/i.test(u))).toEqual([]);
      await readerChecks(page);
      expect(log.errors).toEqual([]);
    } finally {
      await releasePage(page);
    }
  });
});

describe('renderer="maplibre" in a browser without WebGL', () => {
  let noGl: Browser;
  beforeAll(async () => {
    noGl = await launchBrowser(['--disable-3d-apis', '--disable-webgl']);
  });
  afterAll(async () => {
    await noGl?.close();
  });

  it('gets the SVG map with a quiet note, never tries MapLibre, throws nothing, and keeps tooltip, panel, keyboard and timeline', async () => {
    const { page, log } = await open(noGl, ctx.server.url, 'maplibre');
    try {
      const kind = await page.evaluate((map) => (new Function(`return ${map}`)() as { activeRenderer: { kind: string } }).activeRenderer.kind, MAP);
      expect(kind).toBe('svg');
      const note = page.locator('atlas-map [part="mode"]');
      expect(await note.count()).toBe(1);
      expect(await note.innerText()).toContain('WebGL');
      // A choropleth, not a blank map: most Sichuan prefectures are drawn in their model colour.
      await setState(page, { view: 'sichuan', indicator: 'gdp', year: 2016 });
      const fills = await sample(page);
      expect(fills.filter((s) => !s.noData && close(s.got, s.expected)).length).toBeGreaterThan(10);
      await page.evaluate((map) => (new Function(`return ${map}`)() as HTMLElement).shadowRoot!.querySelector('.test-fills-only')?.remove(), MAP);
      await readerChecks(page);
      expect(log.requests.filter((u) => /maplibre/i.test(u))).toEqual([]);
      expect(log.errors.filter((e) => /GPUInitializationError|WebGL/i.test(e))).toEqual([]);
      expect(log.errors).toEqual([]);
      expect(await note.count()).toBe(1);
    } finally {
      await page.close();
    }
  });
});
