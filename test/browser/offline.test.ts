/**
 * Offline classroom use: after one visit the atlas works with the network
 * cut — including the counties view opened for the first time offline — and
 * the "download for offline" zip runs from a plain static server.
 */
import { mkdtempSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, recordedPage, SLOW, waitForAtlas, waitForIdle } from './atlas-page';
import { DIST, serveDist, type DistServer } from './serve-dist';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

/** The banner's text, if the atlas shows one (a file it could not load). */
const banner = (page: import('playwright-core').Page) =>
  page.evaluate(() => document.querySelector('poverty-atlas')?.shadowRoot?.querySelector('.banner')?.textContent?.trim() ?? '');

describe('offline after one visit', () => {
  let server: DistServer;
  beforeAll(async () => {
    server = await serveDist();
  });
  afterAll(async () => {
    await server?.close();
  });

  it('opens the atlas and, for the first time, the counties view with the network cut', { timeout: 4 * SLOW }, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, locale: 'zh-CN', serviceWorkers: 'allow' });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(SLOW);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(server.url);
      await waitForAtlas(page);
      // The worker installs once the first view is up, precaching every file of the build.
      const cached = await page.evaluate(async () => {
        const reg = await navigator.serviceWorker.ready;
        if (!navigator.serviceWorker.controller) await new Promise((ok) => navigator.serviceWorker.addEventListener('controllerchange', ok, { once: true }));
        const keys = await caches.keys();
        const urls = (await Promise.all(keys.map(async (k) => (await (await caches.open(k)).keys()).map((r) => new URL(r.url).pathname)))).flat();
        return { scope: new URL(reg.scope).pathname, urls };
      });
      expect(cached.scope).toBe('/');
      expect(cached.urls).toEqual(expect.arrayContaining(['/index.html', '/data/series.json', '/data/atlas.topo.json', '/data/counties.topo.json']));

      await context.setOffline(true);
      await page.reload();
      await waitForAtlas(page);
      expect(await banner(page)).toBe('');

      // counties.topo.json was never requested by the page online: it comes from the precache.
      await page.evaluate(() => (document.querySelector('poverty-atlas') as unknown as { restore(s: object): void }).restore({ view: 'counties', indicator: 'exit_year', year: 2020 }));
      await page.waitForFunction(
        () => {
          const el = document.querySelector('poverty-atlas') as unknown as { state: { view: string }; valueFor(id: string): unknown };
          // 昭觉县 (513431): its exit year (2020) is in series.json, drawn once the county shapes are in.
          return el.state.view === 'counties' && el.valueFor('513431') !== null;
        },
        undefined,
        { timeout: SLOW, polling: 250 },
      ).catch(async (e: Error) => {
        const shown = await page.evaluate(() => {
          const el = document.querySelector('poverty-atlas') as HTMLElement & { state: object };
          return JSON.stringify({ state: el.state, banner: el.shadowRoot?.querySelector('.banner, .loading')?.textContent?.trim() });
        });
        throw new Error(`counties view never drawn offline: ${shown} (${e.message.split('\n')[0]})`);
      });
      await waitForIdle(page);
      expect(await banner(page)).toBe('');
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the download-for-offline zip', () => {
  let server: DistServer;
  let readme = '';
  beforeAll(async () => {
    // Unpack it as a teacher would, and serve the folder with a plain static server.
    const files = unzipSync(new Uint8Array(readFileSync(join(DIST, 'poverty-atlas-offline.zip'))));
    const dir = mkdtempSync(join(tmpdir(), 'atlas-zip-'));
    for (const [name, bytes] of Object.entries(files)) {
      if (name.endsWith('/')) continue;
      mkdirSync(dirname(join(dir, name)), { recursive: true });
      writeFileSync(join(dir, name), bytes);
    }
    readme = readFileSync(join(dir, 'poverty-atlas/OFFLINE.txt'), 'utf8');
    server = await serveDist({}, { root: join(dir, 'poverty-atlas') });
  });
  afterAll(async () => {
    await server?.close();
  });

  it('holds the whole site with a note on how to serve it, and the atlas runs from it', { timeout: 2 * SLOW }, async () => {
    expect(readme).toMatch(/python3 -m http\.server/);
    const { page, log } = await recordedPage(browser);
    await page.goto(server.url);
    await waitForAtlas(page);
    expect(await banner(page)).toBe('');
    expect(log.errors).toEqual([]);
    // Every request stayed on the little server: nothing from the internet.
    expect(log.requests.filter((u) => !u.startsWith(server.origin) && !u.startsWith('data:') && !u.startsWith('blob:'))).toEqual([]);
    await page.close();
  });
});
