/**
 * Browser helpers shared by the browser tests and the screenshot script:
 * launch Debian's Chromium through playwright-core (software WebGL), open a
 * page that records console errors, warnings and every request URL, wait
 * for an atlas to be drawn, and read a pixel of a screenshot.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium-path.mjs';
import { afterAll, beforeAll, beforeEach, inject } from 'vitest';
import { ROOT, builtHeadTags, serveDist, type DistServer, type ExtraPages } from './serve-dist';

/** Generous: MapLibre on swiftshader on a shared 2-core machine is slow. */
export const SLOW = 90_000;

/**
 * A browser for a test file or script. Inside the vitest `browser` project
 * this is the worker's one Chromium (launched by the first file that asks,
 * gone with the worker; every file runs in that one worker), seen through a
 * view whose `close()` closes this file's pages only. Playwright then runs
 * in the test's own process: no second process relaying every protocol
 * message over a WebSocket, as `launchServer` + `connect` did (its process
 * spent ~13 CPU-s a run on it). Elsewhere (scripts), or with extra
 * command-line `args` (e.g. WebGL disabled), it launches a Chromium of its own.
 */
export async function launchBrowser(args: string[] = []): Promise<Browser> {
  if (args.length === 0 && inBrowserProject()) {
    workerChromium ??= launch([]);
    return fileView(await workerChromium);
  }
  return launch(args);
}

let workerChromium: Promise<Browser> | undefined;

function launch(args: string[]): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium: install the `chromium-headless-shell` or `chromium` package or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, args: [...chromiumArgs, ...args], timeout: SLOW });
}

/** Whether this runs in the vitest `browser` project (its global-setup.ts provides the flag). */
function inBrowserProject(): boolean {
  try {
    return inject('sharedChromium') === true;
  } catch {
    return false; // not inside a vitest worker
  }
}

/** One file's view of the shared browser: its pages and contexts, closed by its `close()`. */
function fileView(shared: Browser): Browser {
  const contexts = new Set<BrowserContext>();
  return new Proxy(shared, {
    get(target, prop) {
      if (prop === 'newPage') {
        return async (options?: Parameters<Browser['newPage']>[0]) => {
          const page = await target.newPage(options);
          contexts.add(page.context());
          return page;
        };
      }
      if (prop === 'newContext') {
        return async (options?: Parameters<Browser['newContext']>[0]) => {
          const context = await target.newContext(options);
          contexts.add(context);
          return context;
        };
      }
      if (prop === 'contexts') return () => [...contexts];
      if (prop === 'close') {
        return async () => {
          await Promise.all([...contexts].map((c) => c.close().catch(() => {})));
          contexts.clear();
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
}

export interface PageLog {
  errors: string[];
  warnings: string[];
  requests: string[];
  /** Requests the browser cancelled (net::ERR_ABORTED), not counted as errors. */
  aborted: string[];
}

/** How a test page is opened. */
export interface PageOptions {
  /**
   * Animate as for a reader who has not asked for reduced motion: map fits
   * (900 ms), zooms, pans and story year steps play out. Off by default: the
   * page prefers reduced motion, so fits and zooms are instant and a test
   * waits for no animation. A test of an animated path opts in here, or for
   * one test of a shared page with `withMotion(page)` (atlasPerTest turns it
   * off again for the next test).
   */
  motion?: boolean;
  /**
   * Playwright's clock drives the page's Date and timers (running as usual
   * until the test moves it, e.g. `page.clock.fastForward`). A tab with the
   * clock is only reused by another test that asks for it.
   */
  clock?: boolean;
}

/** What each tab logs into: the log of the test that holds it now. */
const logOf = new WeakMap<Page, PageLog>();
/** Tabs given back with `releasePage`, on about:blank, for the next `recordedPage` on the same browser connection (one test file's). */
const spare: Page[] = [];
/** Tabs with Playwright's clock installed. */
const withClock = new WeakSet<Page>();
/** The browser (a file's view of the shared one) each tab was opened with. */
const ownerOf = new WeakMap<Page, Browser>();

/**
 * A page (fixed locale and time zone) that records console errors, warnings
 * and requests into a log of its own. It is a tab given back by an earlier
 * test of the file with `releasePage` when there is one (a new tab and its
 * first load of the bundle cost more than many a test), else a new one.
 */
export async function recordedPage(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
  { motion = false, clock = false }: PageOptions = {},
): Promise<{ page: Page; log: PageLog }> {
  const log: PageLog = { errors: [], warnings: [], requests: [], aborted: [] };
  const reducedMotion = motion ? 'no-preference' : 'reduce';
  for (let i = spare.length - 1; i >= 0; i--) if (spare[i].isClosed()) spare.splice(i, 1);
  const at = spare.findLastIndex((tab) => ownerOf.get(tab) === browser && withClock.has(tab) === clock);
  const page = at >= 0 ? spare.splice(at, 1)[0] : undefined;
  if (page) {
    await page.setViewportSize(viewport);
    await page.emulateMedia({ reducedMotion });
    logOf.set(page, log);
    return { page, log };
  }
  // No service worker: its background precache would load every file (counties too) into each test page;
  // offline.test.ts tests it on its own.
  const tab = await browser.newPage({ viewport, locale: 'zh-CN', timezoneId: 'UTC', deviceScaleFactor: 1, serviceWorkers: 'block', reducedMotion });
  tab.setDefaultTimeout(SLOW);
  ownerOf.set(tab, browser);
  if (clock) {
    await tab.clock.install();
    withClock.add(tab);
  }
  logOf.set(tab, log);
  const into = (p: Page) => logOf.get(p)!;
  tab.on('console', (m) => {
    if (m.type() === 'error') into(tab).errors.push(m.text());
    if (m.type() === 'warning') into(tab).warnings.push(m.text());
  });
  tab.on('pageerror', (e) => into(tab).errors.push(`pageerror: ${e.message}`));
  tab.on('request', (r) => into(tab).requests.push(r.url()));
  // A request the browser itself cancelled (net::ERR_ABORTED) is not a failure a reader meets: a data file
  // that really failed shows a banner, which the tests check. Seen now and then for a data file under load,
  // cause not yet found (the atlas fetches each file once); kept apart so a test can still look at them.
  tab.on('requestfailed', (r) => {
    const text = `request failed: ${r.url()} ${r.failure()?.errorText ?? ''}`;
    if (/ERR_ABORTED/.test(r.failure()?.errorText ?? '')) into(tab).aborted.push(text);
    else into(tab).errors.push(text);
  });
  return { page: tab, log };
}

/**
 * Ends a test's use of a page from `recordedPage`: its routes removed, the
 * pointer at the corner, the tab on about:blank (the test's document gone,
 * with whatever it was loading) and kept for the file's next `recordedPage`,
 * which logs afresh. A page given an init script or listeners of the
 * test's own, or a clock other than `PageOptions.clock`'s, cannot be put
 * back: close it instead.
 */
export async function releasePage(page: Page): Promise<void> {
  if (page.isClosed()) return;
  try {
    await page.unrouteAll({ behavior: 'ignoreErrors' });
    await page.mouse.move(0, 0);
    await page.goto('about:blank');
    spare.push(page);
  } catch {
    await page.close().catch(() => {});
  }
}

/** Turns animation on for the rest of a test on `page` (see `PageOptions.motion`). */
export async function withMotion(page: Page): Promise<void> {
  await page.emulateMedia({ reducedMotion: 'no-preference' });
}

/**
 * Waits until the atlas matched by `selector` has its data and its map has
 * finished drawing, whichever renderer draws it (`atlas-map`'s `drawn()`:
 * SVG painted and settled, or MapLibre `idle` after a forced repaint).
 */
export async function waitForAtlas(page: Page, selector = 'poverty-atlas'): Promise<void> {
  try {
    await page.waitForFunction(
      (sel) => {
        const el = document.querySelector(sel) as (HTMLElement & { indicators?: unknown[] }) | null;
        const map = el?.shadowRoot?.querySelector('atlas-map') as { activeRenderer?: unknown } | null | undefined;
        return !!map?.activeRenderer && Array.isArray(el?.indicators) && el.indicators.length > 0;
      },
      selector,
      { timeout: SLOW },
    );
  } catch (e) {
    // Say what the page shows (error banner, loading note) rather than only "timeout".
    const shown = await page
      .evaluate((sel) => document.querySelector(sel)?.shadowRoot?.querySelector('.banner, .loading')?.textContent ?? '', selector)
      .catch(() => '');
    throw new Error(`${selector} never became ready${shown ? `: ${shown.trim()}` : ''} (${(e as Error).message.split('\n')[0]})`);
  }
  await waitForIdle(page, selector);
}

/** Waits for the map of `selector` to finish drawing the current state (either renderer). */
export async function waitForIdle(page: Page, selector = 'poverty-atlas'): Promise<void> {
  await page.evaluate(async (sel) => {
    const el = document.querySelector(sel) as (HTMLElement & { updateComplete?: Promise<unknown> }) | null;
    await el?.updateComplete;
    const map = el?.shadowRoot?.querySelector('atlas-map') as { drawn?(): Promise<void> } | null | undefined;
    await map?.drawn?.();
  }, selector);
}

/** Which renderer draws the atlas's map ('svg' or 'maplibre'; null before it is ready). */
export async function rendererOf(page: Page, selector = 'poverty-atlas'): Promise<string | null> {
  return page.evaluate((sel) => {
    const map = document.querySelector(sel)?.shadowRoot?.querySelector('atlas-map') as { activeRenderer?: { kind: string } | null } | null | undefined;
    return map?.activeRenderer?.kind ?? null;
  }, selector);
}

/** The map's camera (centre and zoom), from whichever renderer draws it. */
export async function cameraOf(page: Page, selector = 'poverty-atlas'): Promise<{ lng: number; lat: number; zoom: number }> {
  return page.evaluate((sel) => {
    type R = { camera(): { lng: number; lat: number; zoom: number } };
    const map = document.querySelector(sel)!.shadowRoot!.querySelector('atlas-map') as unknown as { activeRenderer: R };
    return map.activeRenderer.camera();
  }, selector);
}

/** Page coordinates (CSS px) of a [lon, lat] point on the atlas's map. */
export async function projectToPage(page: Page, lonLat: [number, number], selector = 'poverty-atlas'): Promise<{ x: number; y: number }> {
  return (await projectAllToPage(page, [lonLat], selector))[0];
}

/** Page coordinates of many [lon, lat] points at once (one round trip to the page). */
export async function projectAllToPage(page: Page, points: Array<[number, number]>, selector = 'poverty-atlas'): Promise<Array<{ x: number; y: number }>> {
  return page.evaluate(
    ({ sel, points }) => {
      type R = { project(p: [number, number]): { x: number; y: number } };
      const map = document.querySelector(sel)!.shadowRoot!.querySelector('atlas-map') as unknown as HTMLElement & { activeRenderer: R };
      const container = map.shadowRoot!.querySelector('[part="map"]') as HTMLElement;
      const box = container.getBoundingClientRect();
      return points.map((lonLat) => {
        const p = map.activeRenderer.project(lonLat);
        return { x: box.left + p.x, y: box.top + p.y };
      });
    },
    { sel: selector, points },
  );
}

/**
 * The fill of the map at a [lon, lat] point: the most common colour around
 * it with the SVG map's labels hidden for the shot (a label is drawn at its
 * region's label point, with a white halo).
 */
export async function fillAt(page: Page, lonLat: [number, number], selector = 'poverty-atlas'): Promise<string> {
  const p = await projectToPage(page, lonLat, selector);
  const hide = (on: boolean) =>
    page.evaluate(
      ({ sel, on }) => {
        const root = document.querySelector(sel)!.shadowRoot!.querySelector('atlas-map')!.shadowRoot!;
        root.querySelector('style.test-no-labels')?.remove();
        if (on) root.append(Object.assign(document.createElement('style'), { className: 'test-no-labels', textContent: 'svg text { display: none }' }));
      },
      { sel: selector, on },
    );
  await hide(true);
  try {
    return await colourAt(page, p.x, p.y);
  } finally {
    await hide(false);
  }
}

/**
 * The most common colour (#rrggbb) in a small square of the rendered page
 * around (x, y): a screenshot decoded in the page. The mode, not the centre
 * pixel, so a label or outline crossing the point does not decide it.
 */
export async function colourAt(page: Page, x: number, y: number, half = 6): Promise<string> {
  const clip = { x: Math.round(x) - half, y: Math.round(y) - half, width: 2 * half + 1, height: 2 * half + 1 };
  const png = await page.screenshot({ clip, animations: 'disabled' });
  return page.evaluate(async (b64) => {
    const blob = await (await fetch(`data:image/png;base64,${b64}`)).blob();
    const bmp = await createImageBitmap(blob);
    const canvas = new OffscreenCanvas(bmp.width, bmp.height);
    const ctx = canvas.getContext('2d')!;
    ctx.drawImage(bmp, 0, 0);
    const data = ctx.getImageData(0, 0, bmp.width, bmp.height).data;
    const counts = new Map<string, number>();
    for (let i = 0; i < data.length; i += 4) {
      const hex = `#${[data[i], data[i + 1], data[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('')}`;
      counts.set(hex, (counts.get(hex) ?? 0) + 1);
    }
    return [...counts].sort((a, b) => b[1] - a[1])[0][0];
  }, png.toString('base64'));
}

/** The committed data files (vite copies them into dist/data unchanged). */
export const DATA_DIR = join(ROOT, 'public/data');

/** The label anchor [lon, lat] of a region, read from the committed atlas (public/data/atlas.topo.json). */
export function labelPoint(id: string): [number, number] {
  const topo = JSON.parse(readFileSync(join(DATA_DIR, 'atlas.topo.json'), 'utf8')) as {
    objects: Record<string, { geometries: Array<{ id?: string; properties?: { id?: string; label?: [number, number] } }> }>;
  };
  for (const object of Object.values(topo.objects)) {
    const hit = object.geometries.find((g) => (g.properties?.id ?? g.id) === id);
    if (hit?.properties?.label) return hit.properties.label;
  }
  throw new Error(`no label point for ${id} in public/data/atlas.topo.json`);
}

/** The public API of <poverty-atlas> as the tests use it. */
export interface AtlasApi extends HTMLElement {
  view: string;
  indicator: string;
  year: number;
  lang: string;
  selected: string | null;
  indicators: Array<{ id: string; years: number[] }>;
  valueFor(id: string): { value: number; year: number; unit: string; sourceId: string } | null;
}

/**
 * Path of a page that loads the built bundle (its elements registered) with
 * an empty body and no atlas: for tests of one element, e.g. the line chart,
 * without a map loading beside it. Served by every `sharedBrowser`.
 */
export const BUNDLE_ONLY = 'bundle-only.html';

const bundleOnlyPage = (root: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>bundle only</title><link rel="icon" href="data:,">${builtHeadTags(root)}</head><body style="margin:0"></body></html>`;

/**
 * One server for a whole test file and the run's one browser (launches are
 * slow on a 2-core machine): registers beforeAll/afterAll and returns a
 * handle whose fields are set once beforeAll has run.
 */
export function sharedBrowser(pages: ExtraPages = {}): { server: DistServer; browser: Browser } {
  const ctx = {} as { server: DistServer; browser: Browser };
  beforeAll(async () => {
    ctx.server = await serveDist({ [`/${BUNDLE_ONLY}`]: bundleOnlyPage, ...pages });
    ctx.browser = await launchBrowser();
  });
  afterAll(async () => {
    await ctx.browser?.close();
    await ctx.server?.close();
  });
  return ctx;
}

/** A recorded page on the served index, with the atlas loaded and `state` set as properties. */
export async function openAtlas(
  ctx: { server: DistServer; browser: Browser },
  state: Record<string, unknown> = {},
  viewport?: { width: number; height: number },
  options: PageOptions = {},
): Promise<{ page: Page; log: PageLog }> {
  const { page, log } = await recordedPage(ctx.browser, viewport, options);
  await page.goto(ctx.server.url);
  await waitForAtlas(page);
  if (Object.keys(state).length > 0) {
    await page.evaluate((s) => Object.assign(document.querySelector('poverty-atlas')!, s), state);
    await waitForIdle(page);
  }
  return { page, log };
}

/** Shows one of the atlas's tabs (map / table / sources) by its label in either language. */
export async function openTab(page: Page, tab: 'map' | 'table' | 'sources', selector = 'poverty-atlas'): Promise<void> {
  const label = { map: /^(地图|Map)$/, table: /^(表格|Table)$/, sources: /^(来源|Sources)$/ }[tab];
  await page.locator(selector).getByRole('button', { name: label }).click();
  if (tab === 'table') await page.locator(`${selector} atlas-data-table table`).waitFor({ state: 'visible' });
  if (tab === 'sources') await page.locator(`${selector} atlas-sources`).waitFor({ state: 'visible' });
}

/** Text without grouping separators and spaces, which differ by locale ("12,170.23 亿元" → "12170.23亿元"). */
export const plain = (s: string) => s.replace(/[\s,\u00a0\u202f]/g, '');

/**
 * The served index with `state` set, for every test of a file (registers
 * beforeAll/beforeEach/afterAll). Read `.page` and `.log` inside the tests.
 *
 * Opening the atlas costs seconds to tens of seconds under software WebGL,
 * so the page is opened once per file and put back between tests with the
 * atlas's own `restore()`: the state the file started from (and the table
 * sort, tab, legend highlight and camera, as far as `state` holds them),
 * the viewport, reduced motion, no focus, the pointer off the map. `log` is put back to
 * what was logged while the page loaded, as on a fresh page. The page is
 * opened afresh instead when a test failed, the page closed, or the reset
 * does not give back the state, camera or body the page started with.
 * A test about loading itself (requests, first paint, a fresh cache) opens
 * its own page with `openAtlas`.
 */
export function atlasPerTest(
  ctx: { server: DistServer; browser: Browser },
  state: Record<string, unknown>,
  viewport = { width: 1280, height: 800 },
  selector = 'poverty-atlas',
): { page: Page; log: PageLog } {
  const current = {} as { page: Page; log: PageLog };
  let start: AtlasSnapshot | null = null;
  let loaded: PageLog | null = null;
  let failed = false;
  const open = async () => {
    if (current.page) await releasePage(current.page);
    Object.assign(current, await openAtlas(ctx, state, viewport));
    start = await snapshot(current.page, selector);
    loaded = { errors: [...current.log.errors], warnings: [...current.log.warnings], requests: [...current.log.requests], aborted: [...current.log.aborted] };
  };
  beforeEach(async ({ onTestFailed }) => {
    onTestFailed(() => {
      failed = true;
    });
    if (!current.page || current.page.isClosed() || failed || !start || !loaded) {
      failed = false;
      await open();
      return;
    }
    const back = await resetAtlas(current.page, start, viewport, selector).catch(() => false);
    if (!back) {
      await open();
      return;
    }
    for (const key of ['errors', 'warnings', 'requests', 'aborted'] as const) current.log[key].splice(0, Infinity, ...loaded[key]);
  });
  afterAll(async () => {
    await current.page?.close().catch(() => {});
  });
  return current;
}

/** What a reset must give back: the atlas's state, its camera and the page's body. */
interface AtlasSnapshot {
  state: string;
  camera: string;
  body: number;
}

async function snapshot(page: Page, selector: string): Promise<AtlasSnapshot> {
  return page.evaluate((sel) => {
    type R = { camera(): { lng: number; lat: number; zoom: number } };
    const el = document.querySelector(sel) as unknown as HTMLElement & { state?: object };
    const r = (el.shadowRoot?.querySelector('atlas-map') as unknown as { activeRenderer?: R | null } | null)?.activeRenderer;
    const c = r?.camera();
    const camera = c ? [c.zoom, c.lng, c.lat].map((v) => v.toFixed(4)).join(',') : '';
    return { state: JSON.stringify(el.state ?? {}), camera, body: document.body.childElementCount };
  }, selector);
}

/**
 * Puts a used page back to `start` with `restore()`: no focus, pointer off
 * the map, the first viewport, reduced motion, the map tab (when the state has no `tab`),
 * then waits for the map to settle. False when the result differs from `start`.
 */
async function resetAtlas(page: Page, start: AtlasSnapshot, viewport: { width: number; height: number }, selector: string): Promise<boolean> {
  const size = page.viewportSize();
  if (size?.width !== viewport.width || size?.height !== viewport.height) await page.setViewportSize(viewport);
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.mouse.move(0, 0);
  const hasTab = await page.evaluate(
    async ({ sel, state }) => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      (active as HTMLElement | null)?.blur?.();
      const el = document.querySelector(sel) as unknown as { restore(s: object): void; updateComplete?: Promise<unknown> };
      const s = JSON.parse(state) as object;
      el.restore(s);
      await el.updateComplete;
      // Let the map element take the new state (and start its fit) before waiting for idle.
      await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
      return 'tab' in s;
    },
    { sel: selector, state: start.state },
  );
  if (!hasTab) {
    const mapTab = page.locator(selector).getByRole('button', { name: /^(地图|Map)$/ });
    if ((await mapTab.count()) === 1 && (await mapTab.getAttribute('aria-pressed')) === 'false') await mapTab.click();
  }
  await waitForIdle(page, selector);
  const now = await snapshot(page, selector);
  return now.state === start.state && now.camera === start.camera && now.body === start.body;
}

/**
 * Moves the pointer onto a [lon, lat] point of the map until the atlas shows
 * its tooltip, projecting again and nudging by a pixel between tries (a busy
 * machine can drop a mousemove, or still be settling the camera). Returns
 * the tooltip box.
 */
export async function hoverForTooltip(page: Page, lonLat: [number, number], tries = 10): Promise<Locator> {
  const box = page.locator('atlas-tooltip[open] [part="tooltip"]');
  for (let i = 0; i < tries; i++) {
    const { x, y } = await projectToPage(page, lonLat);
    await page.mouse.move(x - 20, y - 20);
    await page.mouse.move(x + (i % 2), y, { steps: 3 });
    try {
      await box.waitFor({ state: 'visible', timeout: 3000 });
      return box;
    } catch {
      await waitForIdle(page);
    }
  }
  throw new Error(`no tooltip after ${tries} moves to ${lonLat.join(', ')}`);
}
