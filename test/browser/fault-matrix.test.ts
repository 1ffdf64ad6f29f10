/**
 * The fault matrix: each data file × {404, empty, truncated, wrong shape,
 * slow}. The atlas shows a banner naming the file and the reason (or, for a
 * slow file, that it is still coming), and what does not depend on that
 * file keeps working. Each case is a fresh <poverty-atlas> on a freshly
 * loaded page with only the bundle, drawn by the SVG renderer (the fault is
 * in the data, not in the drawing, and SVG opens in a second where WebGL
 * takes ten). The cases load that page in turn in the file's reused tabs
 * (a new tab costs more than a case); a slow file's case runs the page's
 * clock forward to the atlas's "slow" mark instead of waiting for it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SLOW_MS } from '../../src/state/load-controller';
import { BUNDLE_ONLY, recordedPage, releasePage, sharedBrowser, SLOW } from './atlas-page';
import { DIST } from './serve-dist';

const FILES = ['atlas.topo.json', 'series.json', 'counties.topo.json'] as const;
type File = (typeof FILES)[number];
const FAULTS = ['404', 'empty', 'truncated', 'wrong shape', 'slow'] as const;
type Fault = (typeof FAULTS)[number];

/** What each fault says in the banner (the reason, as the data store words it). */
const REASON: Record<Exclude<Fault, 'slow'>, RegExp> = {
  '404': /HTTP 404/,
  empty: /not valid JSON/,
  truncated: /not valid JSON/,
  'wrong shape': /.+/,
};

/** A file's bytes as the fault delivers them (the slow one arrives whole, once `arrive` resolves). */
async function serveFault(route: Route, file: File, fault: Fault, arrive?: Promise<void>): Promise<void> {
  const real = readFileSync(join(DIST, 'data', file));
  if (fault === '404') return route.fulfill({ status: 404, contentType: 'text/plain', body: `not found: ${file}` });
  if (fault === 'empty') return route.fulfill({ status: 200, contentType: 'application/json', body: '' });
  if (fault === 'truncated') return route.fulfill({ status: 200, contentType: 'application/json', body: real.subarray(0, Math.floor(real.length / 2)) });
  if (fault === 'wrong shape') {
    const body = file === 'series.json' ? '{"indicators": 5, "entities": "none"}' : '{"type": "Topology", "objects": {}, "arcs": []}';
    return route.fulfill({ status: 200, contentType: 'application/json', body });
  }
  await arrive;
  return route.fulfill({ status: 200, contentType: 'application/json', body: real });
}

type El = HTMLElement & {
  state: { view: string; tab: string };
  indicators: unknown[];
  valueFor(id: string): { value: number } | null;
  restore(s: object): void;
};

/** The atlas's banner text (errors, or the slow-file note), '' when none. */
const bannerText = (page: Page) =>
  page.evaluate(() =>
    [...(document.querySelector('poverty-atlas')?.shadowRoot?.querySelectorAll('.banner') ?? [])].map((b) => b.textContent?.replace(/\s+/g, ' ').trim()).join(' | '),
  );

/** Adds one atlas (SVG renderer, English) in `view` to the bundle-only page. */
async function addAtlas(page: Page, view: string): Promise<void> {
  await page.evaluate((view) => {
    const el = document.createElement('poverty-atlas');
    el.setAttribute('renderer', 'svg');
    el.setAttribute('lang', 'en');
    el.setAttribute('view', view);
    el.style.height = '600px';
    document.body.append(el);
  }, view);
}

const ctx = sharedBrowser();

/** The file's own view: counties.topo.json is only fetched by the counties view. */
const viewOf = (file: string) => (file === 'counties.topo.json' ? 'counties' : 'sichuan');

// Each slow file on a page whose clock the test moves.
describe('a slow file', () => {
  it.for(FILES)('%s: the banner says which file is still coming; once it arrives everything works and no banner or error is left', { timeout: 2 * SLOW }, async (file) => {
    const { page, log } = await recordedPage(ctx.browser, undefined, { clock: true });
    try {
      let requested!: () => void;
      const asked = new Promise<void>((ok) => (requested = ok));
      let arrive!: () => void;
      const arrived = new Promise<void>((ok) => (arrive = ok));
      await page.route(`**/data/${file}`, (route) => (requested(), serveFault(route, file, 'slow', arrived)));
      await page.goto(`${ctx.server.url}${BUNDLE_ONLY}`);
      await addAtlas(page, viewOf(file));
      // The file has been asked for and nothing has come: move the page's time on to the atlas's "slow" mark.
      await asked;
      await page.clock.fastForward(SLOW_MS);
      await page.waitForFunction((f) => document.querySelector('poverty-atlas')?.shadowRoot?.querySelector('.banner.slow')?.textContent?.includes(f), file, { timeout: SLOW });
      arrive();
      await page.waitForFunction(() => (document.querySelector('poverty-atlas') as El).valueFor('510100') !== null || (document.querySelector('poverty-atlas') as El).valueFor('513431') !== null, undefined, { timeout: SLOW, polling: 250 });
      await page.waitForFunction(() => !document.querySelector('poverty-atlas')?.shadowRoot?.querySelector('.banner'), undefined, { timeout: SLOW });
      expect(log.errors.join('\n')).toBe('');
    } finally {
      await releasePage(page);
    }
  });
});

describe.each(FILES)('%s', (file) => {
  const view = viewOf(file);

  it.each(FAULTS.filter((f) => f !== 'slow'))('%s: the banner names the file and the reason; the rest keeps working', { timeout: 2 * SLOW }, async (fault) => {
    const { page, log } = await recordedPage(ctx.browser);
    await page.route(`**/data/${file}`, (route) => serveFault(route, file, fault));
    await page.goto(`${ctx.server.url}${BUNDLE_ONLY}`);
    await addAtlas(page, view);

    await page.waitForFunction((f) => document.querySelector('poverty-atlas')?.shadowRoot?.querySelector('.banner')?.textContent?.includes(f), file, { timeout: SLOW });
    const banner = await bannerText(page);
    expect(banner).toContain(file);
    expect(banner).toMatch(REASON[fault]);
    // A retry button, for when the network or the server recovers.
    expect(await page.evaluate(() => !!document.querySelector('poverty-atlas')?.shadowRoot?.querySelector('button.retry'))).toBe(true);

    // What does not depend on the file still works.
    if (file === 'atlas.topo.json') {
      // series.json loaded: indicators and values (Chengdu's GDP, seed 004) are there, the table lists them.
      await page.waitForFunction(() => (document.querySelector('poverty-atlas') as El).indicators.length > 0, undefined, { timeout: SLOW });
      await page.evaluate(() => (document.querySelector('poverty-atlas') as El).restore({ tab: 'table' }));
      await page.waitForFunction(() => (document.querySelector('poverty-atlas')?.shadowRoot?.querySelector('atlas-data-table')?.shadowRoot?.querySelectorAll('tbody tr').length ?? 0) > 0, undefined, { timeout: SLOW });
    } else if (file === 'series.json') {
      // The map still draws Sichuan's 21 prefectures, each marked "no data", and the view can change.
      await page.waitForFunction(() => (document.querySelector('poverty-atlas')?.shadowRoot?.querySelector('atlas-map')?.shadowRoot?.querySelectorAll('path[data-id]').length ?? 0) >= 21, undefined, { timeout: SLOW });
      await page.evaluate(() => (document.querySelector('poverty-atlas') as El).restore({ view: 'areas' }));
      expect(await page.evaluate(() => (document.querySelector('poverty-atlas') as El).state.view)).toBe('areas');
    } else {
      // The areas view and its values do not need the county shapes.
      await page.evaluate(() => (document.querySelector('poverty-atlas') as El).restore({ view: 'areas' }));
      await page.waitForFunction(() => (document.querySelector('poverty-atlas') as El).valueFor('wuling') !== null, undefined, { timeout: SLOW, polling: 250 });
    }
    // Nothing was thrown uncaught on the way.
    expect(log.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    await releasePage(page);
  });
});
