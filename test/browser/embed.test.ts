/**
 * The script embed as a journalist uses it: a news article in another folder
 * of the same server loads dist/embed/poverty-atlas.js and carries two
 * differently configured atlases (the second asks for the WebGL map). Data,
 * MapLibre's chunk and its worker come from beside the script, not from the
 * article's folder; the two instances keep their own
 * state; a second copy of the script on the page warns once and breaks
 * nothing.
 */
import { afterAll, beforeAll, describe, expect, it, onTestFailed } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, recordedPage, releasePage, waitForAtlas, waitForIdle, type AtlasApi, type PageLog } from './atlas-page';
import { serveDist, type DistServer } from './serve-dist';

/** An article page two folders below the atlas, as a CMS would publish it. */
const article = (scripts: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>Poverty in Sichuan, 2016</title>
<link rel="icon" href="data:,">${scripts}
<style>
  #a::part(title) { color: rgb(156, 43, 22); }
  #a::part(legend-title) { color: rgb(0, 100, 0); }
  #a::part(timeline-year) { color: rgb(0, 0, 139); }
</style></head><body>
<h1>Where poverty was deepest</h1>
<p>Sichuan's 21 prefectures, coloured by GDP in 2016.</p>
<poverty-atlas id="a" view="sichuan" indicator="gdp" year="2016" lang="en" controls="minimal" height="480"></poverty-atlas>
<p>And the 14 contiguous areas, as the atlas opens them.</p>
<poverty-atlas id="b" view="areas" lang="zh" renderer="maplibre"></poverty-atlas>
</body></html>`;

const BUNDLE = '<script type="module" src="../../embed/poverty-atlas.js"></script>';

const ctx = {} as { server: DistServer; browser: Browser };
beforeAll(async () => {
  ctx.server = await serveDist({
    '/news/2026/sichuan-poverty.html': article(BUNDLE),
    // The same bundle twice under two addresses (two modules): a CMS repeating the snippet.
    '/news/2026/twice.html': article(`${BUNDLE}<script type="module" src="../../embed/poverty-atlas.js?copy=2"></script>`),
  });
  ctx.browser = await launchBrowser();
});
afterAll(async () => {
  await ctx.browser?.close();
  await ctx.server?.close();
});

/**
 * The article as loaded, for the first three tests (each MapLibre start costs
 * seconds): they look at the load, at the layout, and change one instance.
 * A failed test leaves it to the next for a fresh load.
 */
let loaded: { page: Page; log: PageLog } | null = null;
async function theArticle(): Promise<{ page: Page; log: PageLog }> {
  onTestFailed(() => {
    loaded = null;
  });
  if (loaded && !loaded.page.isClosed()) return loaded;
  const { page, log } = await recordedPage(ctx.browser);
  await page.goto(`${ctx.server.origin}/news/2026/sichuan-poverty.html`);
  await waitForAtlas(page, '#a');
  await waitForAtlas(page, '#b');
  loaded = { page, log };
  return loaded;
}

const atlasState = (sel: string) => (document.querySelector(sel) as AtlasApi & { state: Record<string, unknown> }).state;

describe('script embed in a news article from another folder', () => {
  it('draws both atlases with data, map code and worker from beside the script, none from the article folder', async () => {
    const { page, log } = await theArticle();
    const origin = ctx.server.origin;
    expect(log.requests).toContain(`${origin}/data/series.json`);
    expect(log.requests).toContain(`${origin}/data/atlas.topo.json`);
    expect(log.requests.filter((u) => u.startsWith(`${origin}/news/`) && !u.endsWith('.html'))).toEqual([]);
    expect(log.requests.some((u) => u.startsWith(`${origin}/assets/maplibre-renderer-`))).toBe(true);
    expect(log.requests.some((u) => /\/assets\/maplibre-gl-worker-[\w-]+\.js/.test(u))).toBe(true);
    expect(log.requests.filter((u) => !u.startsWith(origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    // Each instance shows what its attributes ask for.
    expect(await page.evaluate(atlasState, '#a')).toMatchObject({ view: 'sichuan', indicator: 'gdp', year: 2016, lang: 'en' });
    expect(await page.evaluate(atlasState, '#b')).toMatchObject({ view: 'areas', lang: 'zh' });
    const v = await page.evaluate(() => (document.querySelector('#a') as AtlasApi).valueFor('510100'));
    expect(v?.value).toBe(12170.23);
    expect(log.errors).toEqual([]);
  });

  it('sizes and dresses each instance as its page says: height, controls, ::part; a bare one gets a height of its own', async () => {
    const { page, log } = await theArticle();
    const look = await page.evaluate(() => {
      const inner = (sel: string, q: string) => document.querySelector(sel)!.shadowRoot!.querySelector(q) as HTMLElement | null;
      const deep = (sel: string, host: string, q: string) => inner(sel, host)!.shadowRoot!.querySelector(q) as HTMLElement;
      const shown = (el: Element | null) => !!el && (el as HTMLElement).offsetParent !== null;
      return {
        aHeight: document.querySelector('#a')!.getBoundingClientRect().height,
        bHeight: document.querySelector('#b')!.getBoundingClientRect().height,
        bStage: inner('#b', '.stage')!.getBoundingClientRect().height,
        aPickers: ['atlas-view-switch', 'atlas-indicator-picker', '.tabs', 'atlas-lang-switch'].map((q) => shown(inner('#a', q))),
        bPickers: ['atlas-view-switch', 'atlas-indicator-picker', '.tabs', 'atlas-lang-switch'].map((q) => shown(inner('#b', q))),
        aLegend: shown(inner('#a', 'atlas-legend')),
        aTimeline: shown(inner('#a', 'atlas-timeline')),
        title: getComputedStyle(inner('#a', 'h1')!).color,
        legendTitle: getComputedStyle(deep('#a', 'atlas-legend', '[part~="title"]')).color,
        year: getComputedStyle(deep('#a', 'atlas-timeline', '[part~="year"]')).color,
      };
    });
    expect(look.aHeight).toBe(480);
    expect(look.bHeight).toBeGreaterThanOrEqual(480);
    expect(look.bStage).toBeGreaterThanOrEqual(300);
    expect(look.aPickers).toEqual([false, false, false, false]);
    expect(look.bPickers).toEqual([true, true, true, true]);
    expect([look.aLegend, look.aTimeline]).toEqual([true, true]);
    expect([look.title, look.legendTitle, look.year]).toEqual(['rgb(156, 43, 22)', 'rgb(0, 100, 0)', 'rgb(0, 0, 139)']);
    // A phone: nothing scrolls the page sideways.
    await page.setViewportSize({ width: 320, height: 640 });
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(log.errors).toEqual([]);
  });

  it('keeps the two instances independent: a year or selection in one leaves the other alone', async () => {
    const { page, log } = await theArticle();
    // Back to the size it loaded at (the test before looks at a phone).
    await page.setViewportSize({ width: 1280, height: 800 });
    await waitForIdle(page, '#a');
    await waitForIdle(page, '#b');
    const before = await page.evaluate(atlasState, '#b');
    await page.evaluate(() => Object.assign(document.querySelector('#a')!, { year: 2014, selected: '510100' }));
    await waitForIdle(page, '#a');
    expect(await page.evaluate(atlasState, '#a')).toMatchObject({ year: 2014, selected: '510100' });
    expect(await page.evaluate(atlasState, '#b')).toEqual(before);
    expect(log.errors).toEqual([]);
    await releasePage(page);
    loaded = null;
  });

  it('a second copy of the script on the page warns once and both atlases still work', async () => {
    const { page, log } = await recordedPage(ctx.browser);
    await page.goto(`${ctx.server.origin}/news/2026/twice.html`);
    await waitForAtlas(page, '#a');
    await waitForAtlas(page, '#b');
    expect(log.errors).toEqual([]);
    expect(log.warnings.filter((w) => /already defined/.test(w))).toHaveLength(1);
    expect(await page.evaluate(() => (document.querySelector('#a') as AtlasApi).valueFor('510100')?.value)).toBe(12170.23);
    await page.close();
  });
});
