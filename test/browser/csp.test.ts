/**
 * The atlas on a strict host: every page and file is served with the CSP a
 * careful newsroom uses (no inline styles or scripts, workers and images from
 * its own origin or blob:/data:). The stand-alone page, the iframe embed and
 * a script embed in an article must draw, open a region's panel, the table
 * and the sources, and switch to the counties view without a single
 * `securitypolicyviolation` or console error.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openTab, recordedPage, releasePage, waitForAtlas, waitForIdle, type PageLog } from './atlas-page';
import { serveDist, type DistServer } from './serve-dist';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; worker-src 'self' blob:; img-src 'self' data: blob:";

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Strict article</title>
<link rel="icon" href="data:,"><script type="module" src="../embed/poverty-atlas.js"></script></head><body>
<h1>A page with a strict policy</h1><poverty-atlas view="sichuan" indicator="gdp" year="2016" lang="en"></poverty-atlas></body></html>`;

const ctx = {} as { server: DistServer; browser: Browser };
beforeAll(async () => {
  ctx.server = await serveDist({ '/news/strict.html': ARTICLE }, { headers: { 'content-security-policy': STRICT_CSP } });
  ctx.browser = await launchBrowser();
});
afterAll(async () => {
  await ctx.browser?.close();
  await ctx.server?.close();
});

/** Tabs that already turn violations into errors (every tab of this file does, so releasePage may hand them on). */
const strict = new WeakSet<Page>();

/** A recorded page on which every CSP violation (also inside shadow roots) becomes a console error. */
async function strictPage(): Promise<{ page: Page; log: PageLog }> {
  const { page, log } = await recordedPage(ctx.browser);
  if (!strict.has(page)) {
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI} ${e.sample}`), true);
    });
    strict.add(page);
  }
  return { page, log };
}

/** What a reader does: open a region, the table, the sources, the counties view. */
async function useAtlas(page: Page, sel = 'poverty-atlas'): Promise<void> {
  await page.evaluate((s) => Object.assign(document.querySelector(s)!, { view: 'sichuan', indicator: 'gdp', year: 2016, selected: '510100' }), sel);
  await page.locator(`${sel} atlas-detail-panel`).waitFor({ state: 'visible' });
  await openTab(page, 'table', sel);
  await openTab(page, 'sources', sel);
  await openTab(page, 'map', sel);
  await page.evaluate((s) => Object.assign(document.querySelector(s)!, { view: 'counties', selected: null }), sel);
  await page.waitForFunction((s) => document.querySelector(s)?.shadowRoot?.querySelector('.loading') === null, sel);
  await waitForIdle(page, sel);
}

describe(`under "${STRICT_CSP}"`, () => {
  it('the stand-alone page draws and works with no violation and no console error', async () => {
    const { page, log } = await strictPage();
    const response = await page.goto(ctx.server.url);
    expect(response?.headers()['content-security-policy']).toBe(STRICT_CSP);
    await waitForAtlas(page);
    await useAtlas(page);
    // Downloads draw the map from an SVG blob: allowed by img-src blob:.
    expect(await page.evaluate(`document.querySelector('poverty-atlas').toPng(1).then((r) => r.blob.size)`)).toBeGreaterThan(10_000);
    // The Share dialog and its live preview (an iframe of embed.html on the same origin).
    await page.locator('atlas-share').getByRole('button', { name: /^(分享|Share)$/ }).click();
    const preview = await (await page.locator('atlas-share iframe.preview').elementHandle())!.contentFrame();
    await preview!.waitForFunction(() => (document.querySelector('poverty-atlas') as unknown as { indicators?: unknown[] })?.indicators?.length, undefined, { timeout: 90_000 });
    expect(log.errors).toEqual([]);
    await releasePage(page);
  });

  it('a script embed in an article from another folder draws and works with no violation', async () => {
    const { page, log } = await strictPage();
    await page.goto(`${ctx.server.origin}/news/strict.html`);
    await waitForAtlas(page);
    await useAtlas(page);
    expect(log.errors).toEqual([]);
    await releasePage(page);
  });

  it('the iframe embed draws with no violation', async () => {
    const { page, log } = await strictPage();
    await page.goto(`${ctx.server.origin}/embed.html?view=sichuan&indicator=gdp&year=2016&lang=en`);
    await waitForAtlas(page);
    await useAtlas(page);
    expect(log.errors).toEqual([]);
    await releasePage(page);
  });
});
