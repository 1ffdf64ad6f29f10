/**
 * Comparing, as a reader does it: pin areas from their panels, see their
 * exit series together in the panel's chart (one line each, named in the
 * key), hear when the limit is reached or when a pinned area has no values
 * of the indicator; and in the table, a second year beside the first with
 * the change. Figures from the committed public/data/series.json
 * (area_counties_remaining: 乌蒙山区 38 in 2015, 12 in 2019).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { SeriesFile } from '../../src/data/schema';
import { DATA_DIR, atlasPerTest, openTab, sharedBrowser, type AtlasApi } from './atlas-page';

const series = JSON.parse(readFileSync(join(DATA_DIR, 'series.json'), 'utf8')) as SeriesFile;
const remaining = (area: string, year: number) => series.values.area_counties_remaining[area].find(([y]) => y === year)![1];

const ctx = sharedBrowser();
const at = atlasPerTest(ctx, { view: 'areas', indicator: 'area_counties_remaining', year: 2019 });

const pinned = () => at.page.evaluate(() => (document.querySelector('poverty-atlas') as AtlasApi & { pinned: string[] }).pinned);
const chart = () => at.page.locator('atlas-detail-panel atlas-line-chart');
const pinBar = () => at.page.locator('atlas-pin-bar');

/** Opens a place's panel through the search box, as a reader who knows its name. */
async function open(name: string, id: string): Promise<void> {
  await at.page.locator('atlas-search input').fill(name);
  await at.page.keyboard.press('Enter');
  await expect.poll(() => at.page.evaluate(() => (document.querySelector('poverty-atlas') as AtlasApi).selected)).toBe(id);
  await pinBar().locator('button[part="toggle"]').waitFor({ state: 'visible' });
}

const pin = () => pinBar().locator('button[part="toggle"]').click();
/** What the pin bar says (its text lives in its shadow root). */
const pinText = async () => (await at.page.locator('atlas-pin-bar .row, atlas-pin-bar .msg').allInnerTexts()).join('\n');

describe('compare pinned areas', () => {
  it('draws three areas’ counts of counties still designated poor in one chart, each named (zh)', async () => {
    await open('乌蒙山区', 'wumeng');
    await pin();
    await open('大别山区', 'dabie');
    await pin();
    await open('六盘山区', 'liupan');
    await pin();
    expect(await pinned()).toEqual(['wumeng', 'dabie', 'liupan']);
    expect(await pinText()).toContain('已固定比较（3/4）');
    // The selected area's own line and the two other pinned ones.
    expect(await chart().locator('g.series').count()).toBe(3);
    for (const g of await chart().locator('g.series').all()) expect(await g.locator('circle').count()).toBeGreaterThanOrEqual(5);
    const key = await chart().locator('[part="key"]').innerText();
    for (const name of ['六盘山区', '乌蒙山区', '大别山区']) expect(key).toContain(name);
    expect(await chart().locator('svg[part="chart"]').getAttribute('aria-label')).toMatch(/六盘山区、乌蒙山区、大别山区/);
    // Unpinning from the chip takes a line away.
    await pinBar().getByRole('button', { name: '取消固定大别山区' }).click();
    expect(await pinned()).toEqual(['wumeng', 'liupan']);
    await expect.poll(() => chart().locator('g.series').count()).toBe(2);
  });

  it('stops at four pins and says so; says which pinned area has no values of a new indicator (en)', async () => {
    await at.page.evaluate(() => ((document.querySelector('poverty-atlas') as AtlasApi).lang = 'en'));
    for (const [name, id] of [['Wumeng', 'wumeng'], ['Dabie', 'dabie'], ['Liupan', 'liupan'], ['Wuling', 'wuling']]) {
      await open(name, id);
      await pin();
    }
    await open('Qinba', 'qinba');
    expect(await pinBar().locator('button[part="toggle"]').isDisabled()).toBe(true);
    expect(await pinText()).toContain('At most 4 regions can be pinned; unpin one first.');
    expect(await chart().locator('g.series').count()).toBe(5);
    // Rural poor population (万人): of the four, only 六盘山 and 武陵山 have values in series.json.
    expect(Object.keys(series.values.rural_poor_pop)).not.toContain('wumeng');
    await at.page.evaluate(() => ((document.querySelector('poverty-atlas') as AtlasApi).indicator = 'rural_poor_pop'));
    await open('Liupan', 'liupan');
    const text = await pinText();
    expect(text).toContain('Wumeng Mountain Area is not drawn');
    expect(text).toContain('Dabie Mountain Area is not drawn');
    expect(await chart().locator('g.series').count()).toBe(2);
  });
});

describe('the table with a second year', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`shows 2015 beside 2019 with the change (乌蒙山区 ${remaining('wumeng', 2015)} → ${remaining('wumeng', 2019)}) (${lang})`, async () => {
      await at.page.evaluate((l) => ((document.querySelector('poverty-atlas') as AtlasApi).lang = l), lang);
      await openTab(at.page, 'table');
      await at.page.locator('atlas-data-table select').selectOption('2015');
      const head = await at.page.locator('atlas-data-table thead').innerText();
      expect(head).toMatch(lang === 'zh' ? /2015年[\s\S]*2019年[\s\S]*变化 2015→2019（个）/ : /2015[\s\S]*2019[\s\S]*Change 2015→2019 \(counties\)/);
      const row = at.page.locator('atlas-data-table tr[data-id="wumeng"]');
      const cells = await row.locator('td').allInnerTexts();
      const change = remaining('wumeng', 2019) - remaining('wumeng', 2015);
      expect(cells.slice(0, 3)).toEqual([String(remaining('wumeng', 2015)), String(remaining('wumeng', 2019)), `−${Math.abs(change)}`]);
      expect(await at.page.evaluate(() => (document.querySelector('poverty-atlas') as unknown as { year2: number | null }).year2)).toBe(2015);
    });
  }
});
