/**
 * The page as a whole: loads cleanly and privately (no console error, no
 * request leaving its origin), passes axe-core with no serious or critical
 * violation in each view and with the table and a detail panel open,
 * handles an invalid attribute with one warning, keeps two atlases on one
 * page independent, does not scroll sideways at phone width, and fits a
 * view chosen while the map was hidden.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cameraOf, openAtlas, openTab, recordedPage, releasePage, sharedBrowser, waitForAtlas, waitForIdle, type AtlasApi } from './atlas-page';
import { ROOT, builtHeadTags } from './serve-dist';

/** A test page on the served bundle. */
const page2 = (body: string) => (root: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>test</title><link rel="icon" href="data:,">${builtHeadTags(root)}</head>
<body style="margin:0">${body}</body></html>`;

const ctx = sharedBrowser({
  '/invalid.html': page2('<main><poverty-atlas view="nowhere" style="height:600px"></poverty-atlas></main>'),
  '/two.html': page2(`<main>
      <poverty-atlas id="a" view="sichuan" indicator="gdp" year="2012" style="display:block;height:480px"></poverty-atlas>
      <poverty-atlas id="b" view="sichuan" indicator="gdp" year="2012" style="display:block;height:480px"></poverty-atlas></main>`),
});

const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe violations on the page, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type AxeResult = { violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> };
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResult> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .flatMap((v) => v.nodes.map((n) => `${v.impact} ${v.id}: ${JSON.stringify(n.target)}`));
  });
}

describe('the page', () => {
  it('loads with no console error and no request outside its origin', async () => {
    const { page, log } = await recordedPage(ctx.browser);
    await page.goto(ctx.server.url);
    await waitForAtlas(page);
    for (const view of ['sichuan', 'counties']) {
      await page.evaluate((v) => ((document.querySelector('poverty-atlas') as AtlasApi).view = v), view);
      await waitForIdle(page);
    }
    const outside = log.requests.filter((u) => !u.startsWith(ctx.server.origin + '/') && !/^(data|blob):/.test(u));
    expect(outside).toEqual([]);
    expect(log.requests.some((u) => u.endsWith('/data/series.json'))).toBe(true);
    expect(log.errors).toEqual([]);
    await releasePage(page);
  });

  it('has no serious or critical axe-core violation in any view, with a detail panel open, or on the table and sources tabs', async () => {
    const { page } = await recordedPage(ctx.browser);
    await page.goto(ctx.server.url);
    await waitForAtlas(page);
    const found: string[] = [];
    for (const view of ['areas', 'sichuan', 'counties']) {
      await page.evaluate((v) => ((document.querySelector('poverty-atlas') as AtlasApi).view = v), view);
      await waitForIdle(page);
      found.push(...(await seriousViolations(page)).map((v) => `${view}: ${v}`));
    }
    await page.evaluate(() => {
      const el = document.querySelector('poverty-atlas') as AtlasApi;
      el.view = 'sichuan';
      el.selected = '510100';
    });
    await page.locator('atlas-detail-panel').waitFor({ state: 'visible' });
    found.push(...(await seriousViolations(page)).map((v) => `panel: ${v}`));
    await openTab(page, 'table');
    found.push(...(await seriousViolations(page)).map((v) => `table: ${v}`));
    await openTab(page, 'sources');
    found.push(...(await seriousViolations(page)).map((v) => `sources: ${v}`));
    expect(found).toEqual([]);
    await releasePage(page);
  });

  it('logs exactly one warning for an invalid attribute and falls back to the default view', async () => {
    const { page, log } = await recordedPage(ctx.browser);
    await page.goto(`${ctx.server.url}invalid.html`);
    await waitForAtlas(page);
    expect(log.warnings.filter((w) => w.includes('nowhere'))).toHaveLength(1);
    expect(log.warnings.join('\n')).toMatch(/invalid view/);
    expect(await page.evaluate(() => (document.querySelector('poverty-atlas') as AtlasApi).view)).toBe('areas');
    expect(log.errors).toEqual([]);
    await releasePage(page);
  });

  it('keeps two atlases on one page independent: changing one’s year leaves the other’s alone', async () => {
    const { page, log } = await recordedPage(ctx.browser, { width: 1280, height: 1000 });
    await page.goto(`${ctx.server.url}two.html`);
    await waitForAtlas(page, '#a');
    await waitForAtlas(page, '#b');
    const years = () =>
      page.evaluate(() => ['#a', '#b'].map((s) => (document.querySelector(s) as AtlasApi).year));
    expect(await years()).toEqual([2012, 2012]);
    await page.evaluate(() => ((document.querySelector('#a') as AtlasApi).year = 2016));
    await waitForIdle(page, '#a');
    expect(await years()).toEqual([2016, 2012]);
    await page.evaluate(() => ((document.querySelector('#b') as AtlasApi).lang = 'en'));
    expect(await page.evaluate(() => (document.querySelector('#a') as AtlasApi & { lang: string }).lang)).toBe('zh');
    expect(log.errors).toEqual([]);
    await releasePage(page);
  });

  it('does not scroll sideways at phone width (375×667) on the map, table or sources tab', async () => {
    const phone = await openAtlas(ctx, { view: 'sichuan', indicator: 'gdp', year: 2016 }, { width: 375, height: 667 });
    const overflow = () => phone.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(0);
    for (const tab of ['table', 'sources'] as const) {
      await openTab(phone.page, tab);
      expect(await overflow()).toBeLessThanOrEqual(0);
    }
    await releasePage(phone.page);
  });

  // With motion, as most readers see it: the fit animates (the other tests prefer reduced motion).
  it('fits the new view when the view changed while the table was shown (same camera as opening that view)', async () => {
    const camera = (page: Page) => cameraOf(page);
    const direct = await openAtlas(ctx, { view: 'sichuan' }, undefined, { motion: true });
    const expected = await camera(direct.page);
    await releasePage(direct.page);
    const { page } = await openAtlas(ctx, { view: 'areas' }, undefined, { motion: true });
    await openTab(page, 'table');
    await page.evaluate(() => ((document.querySelector('poverty-atlas') as AtlasApi).view = 'sichuan'));
    await openTab(page, 'map');
    await page.waitForTimeout(300);
    await waitForIdle(page);
    const got = await camera(page);
    expect(Math.abs(got.zoom - expected.zoom)).toBeLessThan(0.05);
    expect(Math.abs(got.lng - expected.lng)).toBeLessThan(0.1);
    expect(Math.abs(got.lat - expected.lat)).toBeLessThan(0.1);
    await releasePage(page);
  });
});
