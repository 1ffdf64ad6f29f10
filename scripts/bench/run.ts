/**
 * `npm run bench`: the same choropleth — the 802 county units of
 * counties.topo.json coloured by exit year — drawn by poverty-atlas (the
 * built dist/), ECharts, D3 (SVG) and Leaflet (SVG), in headless Chromium at
 * 1000×700 with software WebGL; and the atlas's first view. Pages are
 * visited in turn (the order rotates every round), each in a fresh browser
 * context; everything is served from 127.0.0.1 (peer pages bundled from
 * node_modules by scripts/bench/vite.config.ts).
 *
 * Per visit: first choropleth (navigation start → the frame after the first
 * frame showing every sample region in its colour), year steps (the call →
 * the frame after the new colours show), hover → tooltip (the mousemove
 * event → the frame after a tooltip shows), bytes transferred (each file
 * the page fetched, gzip -9; the service worker's precache is not counted) and peak JS heap of the page (main thread, sampled).
 * After the first frame and after every step a screenshot is checked at
 * every sample region: a wrong colour on any page fails the run.
 *
 * Options: --rounds N (default 5), --no-build (reuse dist/ and the peer
 * build), --only atlas-first,echarts,… (pages), --maplibre (also the atlas with
 * renderer="maplibre", the WebGL map), --json FILE.
 * Not part of npm test. See docs/performance.md.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Position } from 'geojson';
import { chromium, type Browser, type Page } from 'playwright-core';
import polylabel from 'polylabel';
import type { Topology } from 'topojson-specification';
import type { SeriesFile } from '../../src/data/schema';
import { ROOT, build, serveDist } from '../../test/browser/serve-dist';
import { chromiumArgs, chromiumPath } from '../chromium-path.mjs';
import { FIRST_YEAR, NO_DATA, STEPS, choropleth } from './choropleth';
import { installProbe } from './probe';

type Rgb = [number, number, number];
type Sample = { id: string; at: [number, number]; color: Rgb | null };

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const ROUNDS = Number(arg('rounds') ?? 5);
const VIEWPORT = { width: 1000, height: 700 };
const SITE = join(ROOT, '.tmp/bench/site');
/** How long a page without year steps stays open after its first map, for its heap and transfer, ms. */
const SETTLE_MS = 1500;
const FIRST_TIMEOUT = 120_000;
const STEP_TIMEOUT = 30_000;

interface PageDef {
  key: string;
  label: string;
  path: string;
  /** Whether the page draws the county choropleth (steps, hover, colour checks). */
  counties: boolean;
  /** Not in the default set (the atlas with renderer="maplibre"): `--maplibre` or `--only` adds it. */
  extra?: boolean;
}
const PAGES: PageDef[] = [
  { key: 'atlas-first', label: 'poverty-atlas, first view (areas)', path: 'atlas/index.html', counties: false },
  { key: 'atlas-counties', label: 'poverty-atlas, counties', path: `atlas/index.html#v=1&view=counties&indicator=exit_year&year=${FIRST_YEAR}`, counties: true },
  { key: 'atlas-first-gl', label: 'poverty-atlas, first view, renderer="maplibre"', path: 'atlas/index.html?renderer=maplibre', counties: false, extra: true },
  { key: 'atlas-counties-gl', label: 'poverty-atlas, counties, renderer="maplibre"', path: `atlas/index.html?renderer=maplibre#v=1&view=counties&indicator=exit_year&year=${FIRST_YEAR}`, counties: true, extra: true },
  { key: 'echarts', label: 'ECharts (map + piecewise visualMap, canvas)', path: 'peers/echarts.html', counties: true },
  { key: 'd3', label: 'D3 SVG (d3-geo)', path: 'peers/d3.html', counties: true },
  { key: 'leaflet', label: 'Leaflet SVG (L.geoJSON)', path: 'peers/leaflet.html', counties: true },
];
const only = arg('only')?.split(',');
const pages = PAGES.filter((p) => (only ? only.includes(p.key) : !p.extra || process.argv.includes('--maplibre')));

const hexRgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as Rgb;
const hex = (c: Rgb | null) => (c ? `#${c.map((v) => v.toString(16).padStart(2, '0')).join('')}` : 'no data');

// ---- the site: built atlas + peer pages, served from one origin
function buildSite(): void {
  if (process.argv.includes('--no-build')) return;
  console.log('building dist/ and the peer pages …');
  build();
  const r = spawnSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--config', 'scripts/bench/vite.config.ts'], { cwd: ROOT, encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`peer build failed:\n${r.stdout}\n${r.stderr}`);
  rmSync(join(SITE, 'atlas'), { recursive: true, force: true });
  cpSync(join(ROOT, 'dist'), join(SITE, 'atlas'), { recursive: true });
}

// ---- sample regions: two of each exit year and two without a value, at their pole of inaccessibility
const readJson = (f: string) => JSON.parse(readFileSync(join(ROOT, 'public/data', f), 'utf8'));
const series = readJson('series.json') as SeriesFile;
const data = choropleth(readJson('counties.topo.json') as Topology, series);

type Feature = (typeof data.counties.features)[number];
const polygons = (f: Feature): Position[][][] => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates);
/** Planar area (deg²) of a polygon's outer ring, whatever its winding. */
const ringArea = (p: Position[][]) => Math.abs(p[0].reduce((s, [x, y], i, r) => s + x * r[(i + 1) % r.length][1] - r[(i + 1) % r.length][0] * y, 0)) / 2;
const size = (f: Feature) => Math.max(...polygons(f).map(ringArea));

function interior(f: Feature): [number, number] {
  const largest = polygons(f).reduce((a, b) => (ringArea(b) > ringArea(a) ? b : a));
  const p = polylabel(largest as number[][][], 0.005);
  return [p[0], p[1]];
}

function countySamples(): Array<{ id: string; at: [number, number] }> {
  const values = data.values(FIRST_YEAR);
  const byArea = [...data.counties.features].sort((a, b) => size(b) - size(a));
  const picks: typeof byArea = [];
  for (const l of data.legend) picks.push(...byArea.filter((f) => values.get(f.properties.id) === l.value).slice(0, 2));
  picks.push(...byArea.filter((f) => !values.has(f.properties.id) && f.properties.id.startsWith('51')).slice(0, 2));
  return picks.map((f) => ({ id: f.properties.id, at: interior(f) }));
}

function expected(samples: Array<{ id: string; at: [number, number] }>, year: number): Sample[] {
  const colors = data.colors(year);
  return samples.map((s) => ({ ...s, color: colors.get(s.id) === NO_DATA ? null : hexRgb(colors.get(s.id)!) }));
}

// ---- in the browser
async function launch(): Promise<Browser> {
  // The full browser, as readers have it (the tests use the lighter headless shell when installed).
  const executablePath = chromiumPath({ full: true });
  if (!executablePath) throw new Error('npm run bench needs Chromium: apt-get install -y chromium, or set CHROMIUM_PATH');
  return chromium.launch({ executablePath, args: chromiumArgs, timeout: 90_000 });
}

const probeScript = `var __name = (f) => f;\n(${installProbe.toString()})();`;

/** Colours on screen at the samples: one screenshot, each point the commonest colour of a 5×5 box. */
async function screenColours(page: Page, samples: Sample[], uniform = false): Promise<Array<Rgb | null>> {
  const points = await page.evaluate((s) => s.map((x) => (window as unknown as { __probe: { project(a: [number, number]): { x: number; y: number } } }).__probe.project(x.at)), samples);
  const png = await page.screenshot({ animations: 'disabled' });
  return page.evaluate(
    async ({ b64, points, uniform }) => {
      const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
      const ctx = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
      ctx.drawImage(bmp, 0, 0);
      return points.map(({ x, y }) => {
        if (!Number.isFinite(x)) return null;
        const d = ctx.getImageData(Math.round(x) - 2, Math.round(y) - 2, 5, 5).data;
        const counts = new Map<string, number>();
        for (let i = 0; i < d.length; i += 4) counts.set(`${d[i]},${d[i + 1]},${d[i + 2]}`, (counts.get(`${d[i]},${d[i + 1]},${d[i + 2]}`) ?? 0) + 1);
        const [mode, n] = [...counts].sort((a, b) => b[1] - a[1])[0];
        return uniform && n < 25 ? null : (mode.split(',').map(Number) as [number, number, number]);
      });
    },
    { b64: png.toString('base64'), points, uniform },
  );
}

const close = (a: Rgb, b: Rgb) => Math.max(...a.map((v, i) => Math.abs(v - b[i]))) <= 14;
const achromatic = (c: Rgb) => Math.max(...c) - Math.min(...c) <= 14;
const problems: string[] = [];

async function checkColours(page: Page, def: PageDef, samples: Sample[], when: string): Promise<void> {
  const got = await screenColours(page, samples);
  samples.forEach((s, i) => {
    const g = got[i];
    const ok = g !== null && (s.color === null ? achromatic(g) : close(g, s.color));
    if (!ok) problems.push(`${def.key} ${when}: county ${s.id} at ${s.at.map((v) => v.toFixed(3))} shows ${hex(g)}, expected ${hex(s.color)}`);
  });
}

/** Bytes a gzip-serving host sends for these URLs: each served file of the site, gzipped at level 9. */
const gzCache = new Map<string, number>();
function transfer(urls: Iterable<string>, origin: string): number {
  let total = 0;
  for (const u of urls) {
    if (!u.startsWith(`${origin}/`)) continue;
    const path = decodeURIComponent(new URL(u).pathname);
    const file = join(SITE, path.endsWith('/') ? `${path}index.html` : path);
    if (!gzCache.has(file)) gzCache.set(file, existsSync(file) ? gzipSync(readFileSync(file), { level: 9 }).length : 0);
    total += gzCache.get(file)!;
  }
  return total;
}

interface Visit {
  first: number;
  steps: number[];
  hover: number[];
  bytes: number;
  heap: number;
}

async function visit(browser: Browser, origin: string, def: PageDef, samples: Sample[], firstSamples: Sample[]): Promise<Visit> {
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'zh-CN', timezoneId: 'UTC' });
  await context.addInitScript({ content: probeScript });
  const page = await context.newPage();
  page.setDefaultTimeout(FIRST_TIMEOUT);
  const urls = new Set<string>();
  page.on('response', (r) => urls.add(r.url()));
  page.on('pageerror', (e) => problems.push(`${def.key}: page error ${e.message}`));
  const cdp = await context.newCDPSession(page);
  await cdp.send('Performance.enable');
  let heap = 0;
  let sampling = true;
  const sampler = (async () => {
    while (sampling) {
      const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] as Array<{ name: string; value: number }> }));
      heap = Math.max(heap, metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  const want = def.counties ? samples : firstSamples;
  await page.goto(`${origin}/${def.path}`, { waitUntil: 'commit' });
  const first = await page
    .evaluate(
    ([s, ms]) =>
      Promise.race([
        (window as unknown as { __probe: { until(s: unknown): Promise<number> } }).__probe.until(s),
        new Promise<number>((_, no) => setTimeout(() => no(new Error(`no first choropleth within ${ms} ms`)), ms)),
      ]),
    [want, FIRST_TIMEOUT] as const,
    )
    .catch(async (e: Error) => {
      const got = await screenColours(page, want).catch(() => []);
      const off = want.map((s, i) => ({ s, g: got[i] ?? null })).filter(({ s, g }) => !(g && (s.color === null ? achromatic(g) : close(g, s.color))));
      throw new Error(`${e.message.split('\n')[0]}; now on screen: ${off.map(({ s, g }) => `${s.id} ${hex(g)} (want ${hex(s.color)})`).join(', ') || 'all sample colours'}`);
    });
  const v: Visit = { first, steps: [], hover: [], bytes: 0, heap: 0 };
  if (def.counties) {
    await checkColours(page, def, samples, `first view ${FIRST_YEAR}`);
    const countyIds = samples.map(({ id, at }) => ({ id, at }));
    for (const year of STEPS) {
      const exp = expected(countyIds, year);
      v.steps.push(
        await page.evaluate(
          ([y, s, ms]) =>
            Promise.race([
              (window as unknown as { __probe: { step(y: number, s: unknown): Promise<number> } }).__probe.step(y, s),
              new Promise<number>((_, no) => setTimeout(() => no(new Error(`year ${y} not shown within ${ms} ms`)), ms)),
            ]),
          [year, exp, STEP_TIMEOUT] as const,
        ),
      );
      await checkColours(page, def, exp, `after step to ${year}`);
    }
    for (const s of samples.filter((x) => x.color !== null).slice(0, 3)) {
      await page.mouse.move(2, 2);
      await page.waitForFunction(() => !(window as unknown as { __probe: { tooltipShown(): boolean } }).__probe.tooltipShown(), null, { timeout: 5000 }).catch(() => {});
      const pt = await page.evaluate((at) => (window as unknown as { __probe: { project(a: [number, number]): { x: number; y: number } } }).__probe.project(at), s.at);
      const armed = page.evaluate(() => (window as unknown as { __probe: { hover(): Promise<number> } }).__probe.hover());
      await page.mouse.move(pt.x, pt.y);
      v.hover.push(await Promise.race([armed, new Promise<number>((r) => setTimeout(() => r(NaN), 10_000))]));
    }
  }
  // A page without steps is kept open a while: its heap and transfer include what it reads after its first
  // map (the atlas's full data, after the early first view from first-view.json).
  if (!def.counties) await page.waitForTimeout(SETTLE_MS);
  sampling = false;
  await sampler;
  v.bytes = transfer(urls, origin);
  v.heap = heap;
  await context.close();
  return v;
}

/**
 * The first view's own sample regions: in each of the 14 areas, the pole of
 * its two largest counties (the area's own label point carries its name),
 * in the colours the settled page shows there.
 */
async function firstViewSamples(browser: Browser, origin: string): Promise<Sample[]> {
  const byArea = new Map<string, Feature[]>();
  for (const f of [...data.counties.features].sort((a, b) => size(b) - size(a))) {
    const area = (f.properties as { area?: string | null }).area;
    if (area) byArea.set(area, [...(byArea.get(area) ?? []), f]);
  }
  const areas = [...byArea.values()].flatMap((fs) => fs.slice(0, 2).map((f) => ({ id: f.properties.id, at: interior(f), color: null })));
  const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'zh-CN' });
  await context.addInitScript({ content: probeScript });
  const page = await context.newPage();
  await page.goto(`${origin}/atlas/index.html`);
  await page.waitForFunction(() => {
    const el = document.querySelector('poverty-atlas') as (HTMLElement & { mapInstance?: { loaded(): boolean } }) | null;
    return !!el?.mapInstance?.loaded?.() || !!el?.shadowRoot?.querySelector('atlas-map')?.shadowRoot?.querySelector('svg path[fill]');
  }, null, { timeout: FIRST_TIMEOUT, polling: 250 });
  await page.evaluate(
    () =>
      new Promise<void>((done) => {
        const map = (document.querySelector('poverty-atlas') as unknown as { mapInstance: { once(e: string, f: () => void): void; triggerRepaint(): void } | null }).mapInstance;
        if (!map) return void setTimeout(done, 2000);
        map.once('idle', () => done());
        map.triggerRepaint();
      }),
  );
  // Settled: two screenshots 2 s apart agree on at least 8 coloured samples.
  const coloured = async () => {
    const got = await screenColours(page, areas, true);
    return areas.map((a, i) => ({ ...a, color: got[i] && !achromatic(got[i]!) ? got[i] : null })).filter((a) => a.color !== null);
  };
  let last = await coloured();
  for (let i = 0; i < 60; i++) {
    await page.waitForTimeout(2000);
    const now = await coloured();
    if (now.length >= 8 && JSON.stringify(now) === JSON.stringify(last)) break;
    last = now;
  }
  await context.close();
  return last;
}

/** Keeps the samples that fall on the map (not under a legend or control) on every county page. */
async function visibleEverywhere(browser: Browser, origin: string, samples: Sample[]): Promise<Sample[]> {
  let keep = samples;
  for (const def of pages.filter((p) => p.counties)) {
    console.log(`checking sample regions on ${def.key} …`);
    const context = await browser.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1, locale: 'zh-CN' });
    await context.addInitScript({ content: probeScript });
    const page = await context.newPage();
    await page.goto(`${origin}/${def.path}`, { waitUntil: 'commit' });
    const shown = await page
      .evaluate(
        ([s, ms]) =>
          Promise.race([
            (window as unknown as { __probe: { until(s: unknown): Promise<number> } }).__probe.until(s),
            new Promise<number>((ok) => setTimeout(() => ok(NaN), ms)),
          ]),
        [keep, FIRST_TIMEOUT] as const,
      )
      .catch(() => NaN);
    if (!Number.isFinite(shown)) {
      const got = await screenColours(page, keep).catch(() => []);
      console.log(`  ${def.key}: the sample colours never all showed; on screen: ${keep.map((s, i) => `${s.id} ${hex(got[i] ?? null)} (want ${hex(s.color)})`).join(', ')}`);
    }
    const onMap = await page.evaluate(
      (s) =>
        s.map(({ at }) => {
          const { x, y } = (window as unknown as { __probe: { project(a: [number, number]): { x: number; y: number } } }).__probe.project(at);
          if (!(x > 2 && y > 2 && x < innerWidth - 2 && y < innerHeight - 2)) return false;
          let el: Element | null = document.elementFromPoint(x, y);
          while (el?.shadowRoot) {
            const inner = el.shadowRoot.elementFromPoint(x, y);
            if (!inner || inner === el) break;
            el = inner;
          }
          return el instanceof HTMLCanvasElement || el instanceof SVGPathElement;
        }),
      keep,
    );
    const dropped = keep.filter((_, i) => !onMap[i]);
    if (dropped.length > 0) console.log(`  ${def.key}: samples ${dropped.map((d) => d.id).join(', ')} are covered or off the map; left out`);
    keep = keep.filter((_, i) => onMap[i]);
    await context.close();
  }
  return keep;
}

// ---- statistics
const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
  const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
  if (s.length === 0) return NaN;
  const i = (s.length - 1) * q;
  const lo = Math.floor(i);
  return s[lo] + (s[Math.min(lo + 1, s.length - 1)] - s[lo]) * (i - lo);
}
const sec = (ms: number) => (Number.isFinite(ms) ? `${(ms / 1000).toFixed(2)} s` : '—');
const msf = (ms: number) => (Number.isFinite(ms) ? `${ms.toFixed(0)} ms` : '—');
const kb = (b: number) => (Number.isFinite(b) ? `${(b / 1024).toFixed(0)} KB` : '—');
const mb = (b: number) => (Number.isFinite(b) ? `${(b / 1024 / 1024).toFixed(0)} MB` : '—');

async function main(): Promise<void> {
  const t0 = Date.now();
  buildSite();
  mkdirSync(SITE, { recursive: true });
  const server = await serveDist({}, { root: SITE });
  const origin = server.origin;
  const browser = await launch();
  const results = new Map<string, Visit[]>(pages.map((p) => [p.key, []]));
  let samples: Sample[] = [];
  let firstSamples: Sample[] = [];
  try {
    const picked = expected(countySamples(), FIRST_YEAR);
    samples = await visibleEverywhere(browser, origin, picked);
    if (samples.length < 6) throw new Error(`only ${samples.length} sample regions visible on every page`);
    if (pages.some((p) => p.key === 'atlas-first')) firstSamples = await firstViewSamples(browser, origin);
    console.log(`samples: ${samples.map((s) => `${s.id} ${hex(s.color)}`).join(', ')}`);
    console.log(`first view samples: ${firstSamples.length} areas`);
    for (let round = 0; round < ROUNDS; round++) {
      const order = pages.map((_, i) => pages[(i + round) % pages.length]);
      for (const def of order) {
        try {
          const v = await visit(browser, origin, def, samples, firstSamples);
          results.get(def.key)!.push(v);
          console.log(`round ${round + 1} ${def.key.padEnd(15)} first ${sec(v.first)}  steps ${v.steps.map((s) => s.toFixed(0)).join('/')} ms  hover ${v.hover.map((s) => s.toFixed(0)).join('/')} ms  ${kb(v.bytes)}  heap ${mb(v.heap)}`);
        } catch (e) {
          problems.push(`${def.key} round ${round + 1}: ${(e as Error).message.split('\n')[0]}`);
          console.log(`round ${round + 1} ${def.key}: FAILED ${(e as Error).message.split('\n')[0]}`);
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }

  // ---- table and ratios
  const stat = (key: string) => {
    const vs = results.get(key) ?? [];
    const all = (f: (v: Visit) => number[]) => vs.flatMap(f);
    return {
      first: { med: median(vs.map((v) => v.first)), p95: quantile(vs.map((v) => v.first), 0.95) },
      step: { med: median(all((v) => v.steps)), p95: quantile(all((v) => v.steps), 0.95) },
      hover: { med: median(all((v) => v.hover)), p95: quantile(all((v) => v.hover), 0.95) },
      bytes: median(vs.map((v) => v.bytes)),
      heap: median(vs.map((v) => v.heap)),
      n: vs.length,
    };
  };
  const stats = Object.fromEntries(pages.map((p) => [p.key, stat(p.key)]));
  const chromiumVersion = spawnSync(chromiumPath({ full: true })!, ['--version'], { encoding: 'utf8' }).stdout.trim();
  console.log(`\nmachine: ${cpus().length} × ${cpus()[0]?.model ?? '?'}, ${(totalmem() / 2 ** 30).toFixed(0)} GB; ${chromiumVersion}, software WebGL (SwiftShader); ${VIEWPORT.width}×${VIEWPORT.height}; ${ROUNDS} rounds, medians (p95)`);
  console.log('\n| page | first choropleth | year step, until shown | hover → tooltip | transfer (gzip) | peak JS heap | visits |');
  console.log('|---|---|---|---|---|---|---|');
  for (const p of pages) {
    const s = stats[p.key];
    const both = (x: { med: number; p95: number }, f: (n: number) => string) => (Number.isFinite(x.med) ? `${f(x.med)} (${f(x.p95)})` : '—');
    console.log(`| ${p.label} | ${both(s.first, sec)} | ${both(s.step, msf)} | ${both(s.hover, msf)} | ${kb(s.bytes)} | ${mb(s.heap)} | ${s.n} |`);
  }
  const r = (a: number, b: number) => a / b;
  const s = stats as Record<string, ReturnType<typeof stat>>;
  const targets: Array<[string, number, string, boolean]> = [];
  const add = (name: string, value: number, goal: string, ok: boolean) => targets.push([name, value, goal, ok]);
  if (s['atlas-first'] && s.echarts) add('first view / ECharts first choropleth', r(s['atlas-first'].first.med, s.echarts.first.med), '≤ 0.5', r(s['atlas-first'].first.med, s.echarts.first.med) <= 0.5);
  if (s['atlas-first'] && s.leaflet) add('first view / Leaflet first choropleth', r(s['atlas-first'].first.med, s.leaflet.first.med), '≤ 1', r(s['atlas-first'].first.med, s.leaflet.first.med) <= 1);
  if (s['atlas-counties'] && s.echarts) add('counties view / ECharts first choropleth', r(s['atlas-counties'].first.med, s.echarts.first.med), '≤ 1', r(s['atlas-counties'].first.med, s.echarts.first.med) <= 1);
  if (s['atlas-counties'] && s.echarts) add('ECharts year step / atlas year step', r(s.echarts.step.med, s['atlas-counties'].step.med), '≥ 10', r(s.echarts.step.med, s['atlas-counties'].step.med) >= 10);
  if (s['atlas-counties'] && s.leaflet) add('Leaflet year step / atlas year step', r(s.leaflet.step.med, s['atlas-counties'].step.med), '≥ 2', r(s.leaflet.step.med, s['atlas-counties'].step.med) >= 2);
  if (s['atlas-counties'] && s.d3) add('D3 year step / atlas year step', r(s.d3.step.med, s['atlas-counties'].step.med), '(info)', true);
  if (s['atlas-counties'] && s.echarts) add('ECharts hover / atlas hover', r(s.echarts.hover.med, s['atlas-counties'].hover.med), '(info)', true);
  if (s['atlas-first']) add('first view transfer, KB', s['atlas-first'].bytes / 1024, '≤ 450', s['atlas-first'].bytes / 1024 <= 450);
  if (s['atlas-counties']) add('counties view transfer, KB', s['atlas-counties'].bytes / 1024, '≤ 650', s['atlas-counties'].bytes / 1024 <= 650);
  if (s['atlas-first'] && s.leaflet) add('first view heap / Leaflet heap', r(s['atlas-first'].heap, s.leaflet.heap), '≤ 1.5', r(s['atlas-first'].heap, s.leaflet.heap) <= 1.5);
  // renderer="maplibre" (WebGL), for comparison: not what a reader gets by default.
  if (s['atlas-first-gl'] && s.echarts) add('first view, renderer="maplibre" / ECharts first choropleth', r(s['atlas-first-gl'].first.med, s.echarts.first.med), '(info)', true);
  if (s['atlas-counties-gl'] && s.echarts) add('counties, renderer="maplibre" / ECharts first choropleth', r(s['atlas-counties-gl'].first.med, s.echarts.first.med), '(info)', true);
  if (s['atlas-counties-gl'] && s.echarts) add('ECharts year step / atlas year step, renderer="maplibre"', r(s.echarts.step.med, s['atlas-counties-gl'].step.med), '(info)', true);
  console.log('\n| ratio | value | target | |\n|---|---|---|---|');
  for (const [name, value, goal, ok] of targets) console.log(`| ${name} | ${value.toFixed(2)} | ${goal} | ${goal === '(info)' ? '' : ok ? 'met' : 'NOT met'} |`);
  console.log(`\nbench took ${((Date.now() - t0) / 1000).toFixed(0)} s`);
  const out = arg('json') ?? join(ROOT, '.tmp/bench/results.json');
  writeFileSync(out, JSON.stringify({ at: new Date().toISOString(), rounds: ROUNDS, samples, stats, visits: Object.fromEntries(results), problems }, null, 1));
  if (problems.length > 0) {
    console.log(`\n${problems.length} problem(s):\n${problems.map((p) => `- ${p}`).join('\n')}`);
    process.exit(1);
  }
}

await main();
