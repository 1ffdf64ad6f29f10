/**
 * The first view drawn from first-view.json while atlas.topo.json and
 * series.json are still being read: a reader opening the atlas sees the
 * areas coloured, labelled, with legend and timeline, laid out as the full
 * page, and nothing moves or changes colour when the full data takes over.
 * A link to anything but the default view never shows it, and without the
 * file the atlas draws as before. A link to the counties view draws the
 * counties in its first map.
 */
import { describe, expect, it, onTestFailed } from 'vitest';
import type { Page, Route } from 'playwright-core';
import { recordedPage, releasePage, sharedBrowser, waitForAtlas, type PageLog } from './atlas-page';
import { builtHeadTags } from './serve-dist';

/** An atlas on a page of its own, as an embed: nothing preloaded, the atlas asks for every file itself. */
const PLAIN = '/plain-atlas.html';
const ctx = sharedBrowser({
  [PLAIN]: (root) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>atlas</title><link rel="icon" href="data:,">
${builtHeadTags(root)}</head><body style="margin:0"><poverty-atlas></poverty-atlas></body></html>`,
});

/** Holds the two large data files back until `release()` is called. */
async function holdData(page: Page): Promise<() => void> {
  let release!: () => void;
  const held = new Promise<void>((done) => (release = done));
  await page.route(/\/data\/(atlas\.topo|series)\.json$/, async (route: Route) => {
    await held;
    await route.continue();
  });
  return release;
}

/** What the page shows now: the map's box, its coloured regions, labels, legend title and the timeline's year. */
function shown(page: Page) {
  return page.evaluate(() => {
    const root = document.querySelector('poverty-atlas')!.shadowRoot!;
    const map = root.querySelector('atlas-map');
    const svg = map?.shadowRoot?.querySelector('svg');
    const box = map?.getBoundingClientRect();
    return {
      box: box ? [box.x, box.y, box.width, box.height].map(Math.round) : null,
      fills: Object.fromEntries([...(svg?.querySelectorAll('path[data-id]') ?? [])].map((p) => [p.getAttribute('data-id'), p.getAttribute('fill')])),
      labels: [...(svg?.querySelectorAll('text') ?? [])].map((t) => t.textContent).sort(),
      legend: root.querySelector('atlas-legend')?.shadowRoot?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
      year: root.querySelector('atlas-timeline')?.shadowRoot?.querySelector('[part~="year"]')?.textContent?.trim() ?? '',
      busy: root.querySelector('.app')?.getAttribute('aria-busy'),
      api: (document.querySelector('poverty-atlas') as unknown as { indicators: unknown[] }).indicators.length,
    };
  });
}

/** Share of the pixels of `a` and `b` (PNG screenshots of one size) that differ by more than 48 in a channel. */
function differing(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(
    async ([x, y]) => {
      const pixels = async (b64: string) => {
        const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
        const c = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
        c.drawImage(bmp, 0, 0);
        return c.getImageData(0, 0, bmp.width, bmp.height).data;
      };
      const [p, q] = [await pixels(x), await pixels(y)];
      let n = 0;
      for (let i = 0; i < p.length; i += 4) if (Math.max(Math.abs(p[i] - q[i]), Math.abs(p[i + 1] - q[i + 1]), Math.abs(p[i + 2] - q[i + 2])) > 48) n++;
      return n / (p.length / 4);
    },
    [a.toString('base64'), b.toString('base64')] as const,
  );
}

async function page(viewport?: { width: number; height: number }): Promise<{ page: Page; log: PageLog }> {
  const opened = await recordedPage(ctx.browser, viewport);
  onTestFailed(() => console.log('page log', JSON.stringify(opened.log)));
  return opened;
}

describe('the early first view', () => {
  // 1280×800 draws at the next detail level: the early outlines are up to a pixel coarser there.
  // A link that asks for nothing but the language gets the early view too, in that language.
  for (const [width, height, hash, most] of [
    [1000, 700, '', 0.002],
    [375, 667, '', 0.002],
    [1280, 800, '#v=1&lang=en', 0.005],
  ] as const) {
    it(`at ${width}×${height}${hash ? ` (${hash})` : ''}: shows the coloured, labelled areas with legend and timeline before the large files are read, and the full map then looks the same`, async () => {
      const { page: p, log } = await page({ width, height });
      try {
        const release = await holdData(p);
        await p.goto(`${ctx.server.url}${hash}`);
        await p.waitForFunction(() => !!document.querySelector('poverty-atlas')?.shadowRoot?.querySelector('atlas-map')?.shadowRoot?.querySelector('svg text'));
        const early = await shown(p);
        const earlyShot = await p.screenshot({ animations: 'disabled' });
        // Held files: what shows came from first-view.json, and the public API still waits for the full data.
        expect(log.requests.filter((u) => u.endsWith('/data/first-view.json'))).toHaveLength(1);
        expect(early.api).toBe(0);
        expect(early.busy).toBe('true');
        expect(Object.keys(early.fills)).toHaveLength(14);
        expect(early.labels).toHaveLength(14);
        expect(early.labels).toContain(hash ? 'Tibet' : '西藏');
        expect(early.year).toBe('2017');
        expect(early.legend).toContain('2017');

        release();
        await waitForAtlas(p);
        const full = await shown(p);
        expect(full.busy).toBe('false');
        expect(full.api).toBeGreaterThan(1);
        expect(full.box).toEqual(early.box);
        expect(full.fills).toEqual(early.fills);
        expect(full.labels).toEqual(early.labels);
        expect(full.legend).toBe(early.legend);
        expect(full.year).toBe(early.year);
        // The same picture: outlines simplified for this zoom in both, islets of a pixel aside.
        const share = await differing(p, earlyShot, await p.screenshot({ animations: 'disabled' }));
        console.log(`early vs full first view at ${width}×${height}: ${(share * 100).toFixed(2)} % of pixels differ`);
        expect(share).toBeLessThan(most);
        expect(log.errors).toEqual([]);
        expect(log.warnings.filter((w) => !/Service Worker/.test(w))).toEqual([]);
      } finally {
        await releasePage(p);
      }
    });
  }

  it('is never shown for a link to another year or view: those wait for the full data and open as asked', async () => {
    for (const hash of ['#v=1&year=2019', '#v=1&view=sichuan']) {
      const { page: p } = await page();
      try {
        const release = await holdData(p);
        await p.goto(`${ctx.server.url}${hash}`);
        await p.waitForFunction(() => !!document.querySelector('poverty-atlas')?.shadowRoot?.querySelector('.loading'));
        await p.waitForTimeout(500);
        expect(await p.evaluate(() => !!document.querySelector('poverty-atlas')!.shadowRoot!.querySelector('atlas-map'))).toBe(false);
        release();
        await waitForAtlas(p);
        const state = await p.evaluate(() => (document.querySelector('poverty-atlas') as unknown as { state: { view: string; year: number } }).state);
        expect(hash.includes('sichuan') ? state.view : state.year).toBe(hash.includes('sichuan') ? 'sichuan' : 2019);
      } finally {
        await releasePage(p);
      }
    }
  });

  it('a link to the counties view draws the 802 counties in its first map, not the 14 areas for a moment first', async () => {
    const { page: p } = await page();
    try {
      await p.goto(`${ctx.server.url}#v=1&view=counties`, { waitUntil: 'commit' });
      const first = await p.waitForFunction(
        () => document.querySelector('poverty-atlas')?.shadowRoot?.querySelector('atlas-map')?.shadowRoot?.querySelectorAll('svg path[data-id]').length || 0,
        null,
        { polling: 'raf' },
      );
      expect(await first.jsonValue()).toBe(802);
    } finally {
      await releasePage(p);
    }
  });

  it('gives way to the error when both large files fail: no map drawn from first-view.json is left as if it were the atlas', async () => {
    const { page: p, log } = await page();
    try {
      await p.route(/\/data\/(atlas\.topo|series)\.json$/, (route) => route.fulfill({ status: 500, body: 'down' }));
      await p.goto(ctx.server.url);
      await p.waitForFunction(() => /atlas\.topo\.json/.test(document.querySelector('poverty-atlas')?.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? ''));
      await p.waitForTimeout(500);
      const after = await p.evaluate(() => {
        const root = document.querySelector('poverty-atlas')!.shadowRoot!;
        return { map: !!root.querySelector('atlas-map'), busy: root.querySelector('.app')?.getAttribute('aria-busy') };
      });
      expect(after).toEqual({ map: false, busy: 'false' });
      expect(log.errors.some((e) => e.includes('series.json'))).toBe(true);
    } finally {
      await releasePage(p);
    }
  });

  it('on a page that preloads nothing (an embed), asks for first-view.json with the other files and draws the early view from it', async () => {
    const { page: p, log } = await page({ width: 1000, height: 700 });
    try {
      const release = await holdData(p);
      await p.goto(`${ctx.server.url.replace(/\/$/, '')}${PLAIN}`);
      await p.waitForFunction(() => !!document.querySelector('poverty-atlas')?.shadowRoot?.querySelector('atlas-map')?.shadowRoot?.querySelector('svg text'));
      expect(Object.keys((await shown(p)).fills)).toHaveLength(14);
      expect(log.requests.filter((u) => u.endsWith('/data/first-view.json'))).toHaveLength(1);
      release();
      await waitForAtlas(p);
      expect((await shown(p)).api).toBeGreaterThan(1);
    } finally {
      await releasePage(p);
    }
  });

  it('without first-view.json (a copy of the site made without it) the atlas draws as before, and says why in the console', async () => {
    const { page: p, log } = await page();
    try {
      await p.route(/\/data\/first-view\.json$/, (route) => route.fulfill({ status: 404, body: 'not found' }));
      await p.goto(ctx.server.url);
      await waitForAtlas(p);
      expect(Object.keys((await shown(p)).fills)).toHaveLength(14);
      expect(log.warnings.some((w) => w.includes('data/first-view.json') && w.includes('404'))).toBe(true);
      expect(log.errors.filter((e) => !/404|first-view/.test(e))).toEqual([]);
    } finally {
      await releasePage(p);
    }
  });
});
