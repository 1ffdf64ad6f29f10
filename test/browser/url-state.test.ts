/**
 * The state in the address bar and what happens when input or data go
 * wrong: a link copied from the table tab with a sorted column and a zoomed
 * camera restores exactly in a fresh page, a county link (341504 叶集区, one
 * of the 802 drawn units) restores, a bogus hash or property never throws
 * and is replaced by the state shown, a timeless indicator keeps no year, a
 * bad data-base names the file and reason, and a failed file is fetched
 * again from the retry button or when the browser comes back online.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SLOW_MS } from '../../src/state/load-controller';
import { cameraOf, recordedPage, releasePage, sharedBrowser, waitForAtlas, waitForIdle } from './atlas-page';
import { builtHeadTags } from './serve-dist';

const page2 = (body: string) => (root: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>test</title><link rel="icon" href="data:,">${builtHeadTags(root)}</head><body style="margin:0">${body}</body></html>`;

const ctx = sharedBrowser({
  '/bad-base.html': page2('<poverty-atlas data-base="http://[" style="display:block;height:500px"></poverty-atlas>'),
  '/js-base.html': page2('<poverty-atlas data-base="javascript:alert(1)//" style="display:block;height:500px"></poverty-atlas>'),
});

type State = Record<string, unknown>;
const stateOf = (page: Page) => page.evaluate(() => (document.querySelector('poverty-atlas') as unknown as { state: State }).state);
const restore = (page: Page, s: State) => page.evaluate((s) => (document.querySelector('poverty-atlas') as unknown as { restore(s: State): void }).restore(s), s);
const bannerText = (page: Page) => page.evaluate(() => document.querySelector('poverty-atlas')?.shadowRoot?.querySelector('.banner')?.textContent ?? '');

describe('links', () => {
  it('a URL copied from the table tab, sorted by name, with a zoomed camera, restores exactly in a fresh page', async () => {
    const { page } = await recordedPage(ctx.browser);
    await page.goto(ctx.server.url);
    await waitForAtlas(page);
    await restore(page, { view: 'sichuan', indicator: 'gdp', year: 2012, camera: { lng: 104.07, lat: 30.67, zoom: 7 } });
    await waitForIdle(page);
    await restore(page, { tab: 'table', sort: { key: 'name', dir: 'asc' } });
    const before = await stateOf(page);
    const url = page.url();
    expect(url).toContain('tab=table');
    expect(url).toContain('sort=name');
    await page.close();

    const fresh = await recordedPage(ctx.browser);
    await fresh.page.goto(url);
    await waitForAtlas(fresh.page);
    expect(await stateOf(fresh.page)).toEqual(before);
    const nameHeader = fresh.page.locator('atlas-data-table thead th').first();
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    expect(fresh.page.url()).toBe(url);
    expect(fresh.log.warnings.filter((w) => w.includes('invalid'))).toEqual([]);
    // Back on the map tab, the map shows the camera of the link.
    await restore(fresh.page, { tab: 'map' });
    await waitForIdle(fresh.page);
    const cam = await cameraOf(fresh.page);
    expect(cam.zoom).toBeCloseTo(7, 1);
    expect(cam.lng).toBeCloseTo(104.07, 1);
    expect(cam.lat).toBeCloseTo(30.67, 1);
    expect(fresh.log.errors).toEqual([]);
    await releasePage(fresh.page);
  }, 240_000);

  it('a link to 叶集区 (341504) in the counties view restores it selected, with no warning', async () => {
    const { page, log } = await recordedPage(ctx.browser);
    await page.goto(`${ctx.server.url}#v=1&view=counties&indicator=area_membership&selected=341504`);
    await waitForAtlas(page);
    await expect.poll(() => stateOf(page).then((s) => s.selected), { timeout: 30_000 }).toBe('341504');
    expect(await stateOf(page)).toMatchObject({ view: 'counties', indicator: 'area_membership', year: 0 });
    expect(log.warnings.filter((w) => w.includes('invalid'))).toEqual([]);
    expect(page.url()).toContain('selected=341504');
    await releasePage(page);
  });
});

describe('hostile input', () => {
  it('a bogus view in the hash or restore(), objects and throwing toString as properties, and year=1e21 on a timeless indicator: no throw, one warning per field, the address bar rewritten', async () => {
    const { page, log } = await recordedPage(ctx.browser);
    await page.goto(`${ctx.server.url}#view=areas`);
    await waitForAtlas(page);
    await page.evaluate(() => (location.hash = '#view=bogus&indicator=poverty_incidence'));
    await expect.poll(() => log.warnings.some((w) => w.includes('invalid view: bogus'))).toBe(true);
    expect(await stateOf(page)).toMatchObject({ view: 'areas', indicator: 'poverty_incidence' });
    await expect.poll(() => page.evaluate(() => location.hash)).not.toContain('bogus');

    const thrown = await page.evaluate(() => {
      const el = document.querySelector('poverty-atlas') as unknown as Record<string, unknown> & { restore(s: object): void };
      const out: string[] = [];
      const attempt = (f: () => void) => {
        try {
          f();
        } catch (e) {
          out.push(String(e));
        }
      };
      attempt(() => el.restore({ view: 'bogus', indicator: 'poverty_incidence' }));
      attempt(() => (el.view = Object.create(null)));
      attempt(() => (el.year = { toString: () => { throw new Error('no'); } }));
      attempt(() => (el.selected = 'z'.repeat(1_000_000)));
      return out;
    });
    expect(thrown).toEqual([]);
    const invalid = log.warnings.filter((w) => w.startsWith('poverty-atlas: invalid'));
    expect(invalid.some((w) => w.startsWith('poverty-atlas: invalid year: '))).toBe(true);
    expect(invalid.some((w) => w.startsWith('poverty-atlas: invalid selected: '))).toBe(true);
    for (const w of invalid) expect(w.length).toBeLessThan(300);

    await restore(page, { view: 'counties', indicator: 'area_membership', year: 1e21 });
    await expect.poll(() => stateOf(page).then((s) => [s.indicator, s.year]), { timeout: 30_000 }).toEqual(['area_membership', 0]);
    await expect.poll(() => page.evaluate(() => location.hash)).toContain('indicator=area_membership');
    expect(await page.evaluate(() => location.hash)).not.toMatch(/year=/);
    expect(log.warnings.some((w) => w.includes('invalid year: 1e+21'))).toBe(true);
    expect(log.errors).toEqual([]);
    await releasePage(page);
  });
});

describe('data that does not arrive', () => {
  it('data-base "http://[" and "javascript:" each give a banner naming the files and reason, never "the rest still works"', async () => {
    for (const [path, reason] of [
      ['bad-base.html', 'not a valid address'],
      ['js-base.html', 'not an http(s) address'],
    ]) {
      const { page, log } = await recordedPage(ctx.browser);
      await page.goto(`${ctx.server.url}${path}`);
      await expect.poll(() => bannerText(page), { timeout: 30_000 }).toContain('data/atlas.topo.json');
      const text = await bannerText(page);
      expect(text).toContain('data/series.json');
      expect(text).toContain(reason);
      expect(text).not.toContain('其余部分仍可使用');
      expect(text).toContain('没有加载到任何数据');
      // A retry cannot mend the address: no button, no promise to retry.
      expect(await page.locator('poverty-atlas .banner button.retry').count()).toBe(0);
      expect(text).not.toContain('自动重试');
      expect(log.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
      await releasePage(page);
    }
  });

  it('a slow series.json shows its progress; a failed counties file comes back from the retry button and when the browser is online again', async () => {
    const { page, log } = await recordedPage(ctx.browser);
    // series.json is held until the atlas calls it slow; the page's clock (Playwright's, running as usual
    // until moved) is moved on to the atlas's "slow" mark instead of waiting for it.
    await page.clock.install();
    let asked!: () => void;
    const requested = new Promise<void>((ok) => (asked = ok));
    let arrive!: () => void;
    const arrived = new Promise<void>((ok) => (arrive = ok));
    await page.route('**/data/series.json', async (route) => {
      asked();
      await arrived;
      await route.continue();
    });
    await page.goto(ctx.server.url);
    await requested;
    await page.clock.fastForward(SLOW_MS);
    await expect.poll(() => page.evaluate(() => document.querySelector('poverty-atlas')?.shadowRoot?.querySelector('.slow')?.textContent ?? ''), { timeout: 20_000 }).toContain('data/series.json');
    arrive();
    await waitForAtlas(page);
    expect(await page.evaluate(() => document.querySelector('poverty-atlas')?.shadowRoot?.querySelector('.slow'))).toBeNull();

    let blocked = true;
    await page.route('**/data/counties.topo.json', (route) => (blocked ? route.abort('internetdisconnected') : route.continue()));
    await restore(page, { view: 'counties' });
    await expect.poll(() => bannerText(page), { timeout: 30_000 }).toContain('data/counties.topo.json');
    expect(await bannerText(page)).toContain('其余部分仍可使用');
    blocked = false;
    await page.locator('poverty-atlas .banner button.retry').click();
    await expect.poll(() => bannerText(page), { timeout: 30_000 }).toBe('');
    const loadingNote = () => page.evaluate(() => document.querySelector('poverty-atlas')?.shadowRoot?.querySelector('.loading')?.textContent ?? '');
    await expect.poll(loadingNote, { timeout: 30_000 }).toBe('');
    expect(log.requests.filter((u) => u.endsWith('/data/counties.topo.json')).length).toBeGreaterThanOrEqual(2);
    expect(log.errors.filter((e) => e.startsWith('pageerror'))).toEqual([]);
    await page.close();

    // Online again: a fresh page whose counties failed fetches them without a click.
    const second = await recordedPage(ctx.browser);
    let down = true;
    await second.page.route('**/data/counties.topo.json', (route) => (down ? route.abort('internetdisconnected') : route.continue()));
    await second.page.goto(`${ctx.server.url}#v=1&view=counties&indicator=area_membership`);
    await expect.poll(() => bannerText(second.page), { timeout: 60_000 }).toContain('data/counties.topo.json');
    down = false;
    await second.page.evaluate(() => window.dispatchEvent(new Event('online')));
    await expect.poll(() => bannerText(second.page), { timeout: 30_000 }).toBe('');
    await expect.poll(() => stateOf(second.page).then((s) => s.indicator), { timeout: 30_000 }).toBe('area_membership');
    await releasePage(second.page);
  });
});
