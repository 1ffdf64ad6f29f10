/**
 * The iframe embed in a host page, with the host's resize script: the
 * iframe takes its content's height and follows it when the detail panel
 * opens and closes; state changes arrive as `atlas-change` messages with a
 * link to the full atlas. And the hosting rule for a sub-path: served at
 * `/atlas/` the page works; at `/atlas` without the slash (no redirect) the
 * reader sees the fallback text saying to add it, not a blank page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser, recordedPage, releasePage, SLOW, waitForAtlas } from './atlas-page';
import { serveDist, type DistServer } from './serve-dist';

const HOST = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host</title><link rel="icon" href="data:,">
<script>window.atlasMessages = []; addEventListener('message', (e) => window.atlasMessages.push(e.data));</script>
<script src="../embed/iframe-resize.js" async></script></head><body style="margin:0">
<p>Article text above the map.</p>
<iframe id="f" src="../embed.html?view=sichuan&amp;indicator=gdp&amp;year=2016&amp;lang=en&amp;controls=minimal" title="Poverty atlas" width="100%" height="300" frameborder="0"></iframe>
<p>Article text below the map.</p></body></html>`;

const ctx = {} as { server: DistServer; browser: Browser; sub: DistServer };
beforeAll(async () => {
  ctx.server = await serveDist({ '/news/frame.html': HOST });
  // A host that serves the atlas at /atlas/ and answers /atlas (no slash) with the page itself, without a redirect.
  ctx.sub = await serveDist({ '/atlas': (root) => readFileSync(join(root, 'index.html'), 'utf8') }, { mount: '/atlas/' });
  ctx.browser = await launchBrowser();
});
afterAll(async () => {
  await ctx.browser?.close();
  await ctx.server?.close();
  await ctx.sub?.close();
});

const frameHeight = (page: Page) => page.evaluate(() => document.getElementById('f')!.getBoundingClientRect().height);
const atlasHeight = (frame: Frame) => frame.evaluate(() => document.querySelector('poverty-atlas')!.getBoundingClientRect().height);

describe('iframe embed with the host script', () => {
  it('takes the height of its content, grows when the detail panel opens and shrinks back when it closes', async () => {
    const { page, log } = await recordedPage(ctx.browser, { width: 900, height: 800 });
    await page.goto(`${ctx.server.origin}/news/frame.html`);
    const frame = await (await page.waitForSelector('#f')).contentFrame();
    await frame!.waitForFunction(() => (document.querySelector('poverty-atlas') as unknown as { indicators?: unknown[] })?.indicators?.length, undefined, { timeout: SLOW });
    await expect.poll(() => frameHeight(page), { timeout: 20_000 }).not.toBe(300);
    const closed = await atlasHeight(frame!);
    expect(Math.abs((await frameHeight(page)) - closed)).toBeLessThanOrEqual(1);

    await frame!.evaluate(() => Object.assign(document.querySelector('poverty-atlas')!, { selected: '510100' }));
    await expect.poll(() => frameHeight(page), { timeout: 20_000 }).toBeGreaterThan(closed + 100);
    expect(Math.abs((await frameHeight(page)) - (await atlasHeight(frame!)))).toBeLessThanOrEqual(1);
    // The state came out as a message with a link that opens the full atlas there.
    const change = await page.evaluate(() => (window as unknown as { atlasMessages: Array<{ type: string; state?: { selected: string | null }; link?: string }> }).atlasMessages.filter((m) => m.type === 'atlas-change').at(-1));
    expect(change?.state?.selected).toBe('510100');
    expect(change?.link).toMatch(/\/#v=1&.*selected=510100/);

    await frame!.evaluate(() => Object.assign(document.querySelector('poverty-atlas')!, { selected: null }));
    await expect.poll(() => frameHeight(page), { timeout: 20_000 }).toBeLessThan(closed + 2);
    expect(log.errors).toEqual([]);
    await releasePage(page);
  });
});

describe('hosted at a sub-path', () => {
  it('works at /atlas/, and at /atlas without the slash says to add it instead of a blank page', async () => {
    const { page } = await recordedPage(ctx.browser);
    await page.goto(`${ctx.sub.origin}/atlas/`);
    await waitForAtlas(page);
    await page.goto(`${ctx.sub.origin}/atlas`);
    const hint = page.locator('poverty-atlas .atlas-fallback[lang="en"]');
    await expect.poll(() => hint.isVisible()).toBe(true);
    expect(await hint.innerText()).toMatch(/trailing slash.*\/atlas\//);
    await releasePage(page);
  });
});
