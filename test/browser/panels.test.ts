/**
 * The panels as a reader meets them, in the Sichuan view on GDP 2016 (seed
 * 004 figures in public/data/series.json): the table opens a region's detail
 * panel, the panel charts the series with the year marked and the Jianyang
 * boundary change as a break, the table sorts from the keyboard, the map's
 * keyboard opens and closes the panel, and source links are for people.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SeriesFile } from '../../src/data/schema';
import { DATA_DIR, atlasPerTest, openTab, plain, sharedBrowser, type AtlasApi } from './atlas-page';

const CHENGDU = '510100';

const ctx = sharedBrowser();
const at = atlasPerTest(ctx, { view: 'sichuan', indicator: 'gdp', year: 2016 });

const selected = () => at.page.evaluate(() => (document.querySelector('poverty-atlas') as AtlasApi).selected);
const panel = () => at.page.locator('atlas-detail-panel section[part="panel"]');

describe('the detail panel', () => {
  it("opens from Chengdu's name in the data table with its 2016 GDP, the year marked and the 2016 series break", async () => {
    await openTab(at.page, 'table');
    await at.page.locator(`atlas-data-table tr[data-id="${CHENGDU}"] th button`).click();
    await panel().waitFor({ state: 'visible' });
    expect(await selected()).toBe(CHENGDU);
    const text = await panel().innerText();
    expect(text).toContain('成都市');
    expect(plain(text)).toContain('12170.23亿元');
    const chart = at.page.locator('atlas-detail-panel atlas-line-chart svg');
    expect(await chart.locator('.selected line').count()).toBe(1);
    // Jianyang moved to Chengdu in 2016 (geo/sources/breaks.csv): a marked break, and no line across it.
    expect(await chart.locator('.break').count()).toBe(1);
    expect(await chart.locator('path.line').count()).toBe(2);
  });

  it("says why a value is missing: 眉山's 2017 GDP, a suspected mislabel in its only source, is 'no data' with the reason", async () => {
    await at.page.evaluate(() => Object.assign(document.querySelector('poverty-atlas')!, { year: 2017, selected: '511400' }));
    await panel().waitFor({ state: 'visible' });
    const text = await panel().innerText();
    expect(text).toContain('2017年无数据');
    expect(text).toMatch(/2017年：.+所载“2017年”数值1117\.23.*疑为错年/);
    // The note names its sources, never their ids.
    expect(text).not.toMatch(/S43|种子文献004/);
  });

  it('lists sources as links for people (new tab, rel=noopener, never fetched); a source without a web address is plain text', async () => {
    await openTab(at.page, 'sources');
    const links = at.page.locator('atlas-sources a');
    expect(await links.count()).toBeGreaterThan(10);
    for (const a of await links.all()) {
      expect(await a.getAttribute('target')).toBe('_blank');
      expect(await a.getAttribute('rel')).toMatch(/noopener/);
      expect(await a.getAttribute('href')).toMatch(/^https?:\/\//);
    }
    // Seed 004's "address" is a path in the shared folder, not a web page: no link to nowhere.
    const seed = at.page.locator('atlas-sources li').filter({ hasText: /Sichuan prefecture GDP 2010–2016|四川各市州地区生产总值2010—2016/ });
    expect(await seed.count()).toBe(1);
    expect(await seed.locator('a').count()).toBe(0);
    const origin = new URL(ctx.server.url).origin;
    expect(at.log.requests.filter((u) => !u.startsWith(origin) && !/^(data|blob):/.test(u))).toEqual([]);
  });

  it('opens from the keyboard on the map (arrows, then Enter) and closes with Escape', async () => {
    await at.page.locator('atlas-map [part="map"]').focus();
    await at.page.keyboard.press('ArrowRight');
    await at.page.keyboard.press('Enter');
    await panel().waitFor({ state: 'visible' });
    expect(await selected()).not.toBeNull();
    await at.page.keyboard.press('Escape');
    await expect.poll(selected).toBeNull();
    expect(await at.page.locator('atlas-detail-panel').count()).toBe(0);
  });
});

describe('the data table', () => {
  it('sorts by name and by value from the keyboard, with aria-sort in step', async () => {
    await openTab(at.page, 'table');
    const ids = () => at.page.locator('atlas-data-table tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-id')));
    const header = (n: number) => at.page.locator('atlas-data-table thead th').nth(n);
    // Opens sorted by value, largest first: Chengdu leads Sichuan's GDP.
    expect(await header(1).getAttribute('aria-sort')).toBe('descending');
    expect((await ids())[0]).toBe(CHENGDU);
    await header(0).locator('button').focus();
    await at.page.keyboard.press('Enter');
    expect(await header(0).getAttribute('aria-sort')).toBe('ascending');
    expect(await header(1).getAttribute('aria-sort')).toBe('none');
    const byName = await at.page.locator('atlas-data-table tbody th').allInnerTexts();
    expect(byName).toEqual([...byName].sort(new Intl.Collator('zh-u-co-pinyin').compare));
    await at.page.keyboard.press('Space');
    expect(await header(0).getAttribute('aria-sort')).toBe('descending');
  });

  it('keeps regions without a value last, says "no data" and footnotes why (2017: part of the prefectures only)', async () => {
    await at.page.evaluate(() => ((document.querySelector('poverty-atlas') as AtlasApi).year = 2017));
    await openTab(at.page, 'table');
    const values = await at.page.locator('atlas-data-table tbody td.num:nth-of-type(1)').allInnerTexts();
    const missing = (v: string) => v.startsWith('无数据');
    const firstMissing = values.findIndex(missing);
    expect(firstMissing).toBeGreaterThan(0);
    expect(values.slice(firstMissing).every(missing)).toBe(true);
    expect(values.slice(0, firstMissing).every((v) => /^[\d,]+\.\d{2}$/.test(v))).toBe(true);
    // Each missing 2017 value here has a note saying why (S43's "2017" repeats an earlier year): footnoted, not silent.
    const footnotes = await at.page.locator('atlas-data-table .footnotes li').allInnerTexts();
    expect(footnotes).toHaveLength(values.length - firstMissing);
    expect(footnotes.every((f) => f.includes('疑为错年'))).toBe(true);
  });

  it('says how many regions have a value, in a caption', async () => {
    await openTab(at.page, 'table');
    const caption = await at.page.locator('atlas-data-table caption').innerText();
    expect(caption).toContain('2016');
    expect(caption).toMatch(/21个地区中21个有数据/);
  });
});

describe('the tooltip', () => {
  // 南部县 (511321) exited in the 2016 batch (source S23); exit years carry forward, so 2018 shows it.
  const series = () => JSON.parse(readFileSync(join(DATA_DIR, 'series.json'), 'utf8')) as SeriesFile;

  it('says which year a carried-forward value is from, and shows "no data" for a region without one', async () => {
    const data = series();
    const indicator = data.indicators.find((d) => d.id === 'exit_year')!;
    const [year, value, s] = data.values.exit_year['511321'][0];
    const source = data.sources[s];
    const text = await at.page.evaluate(
      async ({ indicator, value, year, source }) => {
        const el = document.createElement('atlas-tooltip');
        document.body.append(el);
        Object.assign(el, { lang: 'zh', entityName: { zh: '南部县', en: 'Nanbu County' }, indicator, selectedYear: 2018, source, open: true });
        el.value = { value, year, sourceId: source.id };
        await el.updateComplete;
        const carried = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
        el.value = null;
        await el.updateComplete;
        const none = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
        el.remove();
        return { carried, none };
      },
      { indicator, value, year, source },
    );
    expect(year).toBe(2016);
    expect(text.carried).toContain('2016年度');
    expect(text.carried).toContain('2016年数据');
    expect(text.carried).toContain('来源');
    expect(text.none).toContain('无数据');
    expect(text.none).not.toContain('2016');
  });
});
