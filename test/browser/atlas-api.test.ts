/**
 * The atlas against a known figure: Chengdu's GDP in 2016 was 12170.23 亿元
 * (seed 004, table of Sichuan's prefectures, 单位：亿元). Sichuan view,
 * indicator `gdp`, year 2016: valueFor, the tooltip at Chengdu's label point,
 * the data table and the language switch must all agree with it.
 */
import { describe, expect, it } from 'vitest';
import { atlasPerTest, hoverForTooltip, labelPoint, openTab, plain, sharedBrowser, type AtlasApi } from './atlas-page';

const CHENGDU = '510100';

const ctx = sharedBrowser();
const at = atlasPerTest(ctx, { view: 'sichuan', indicator: 'gdp', year: 2016 });

describe('the atlas in the Sichuan view, GDP, 2016', () => {
  it("valueFor('510100') gives Chengdu's 2016 GDP as 12170.23 亿元, from a named source", async () => {
    const v = await at.page.evaluate((id) => (document.querySelector('poverty-atlas') as AtlasApi).valueFor(id), CHENGDU);
    expect(v).not.toBeNull();
    expect(v!.value).toBeCloseTo(12170.23, 2);
    expect(v!.year).toBe(2016);
    expect(v!.unit).toContain('亿元');
    expect(v!.sourceId).toBeTruthy();
  });

  it("hovering Chengdu's label point shows 成都市 and 12170.23亿元 in the tooltip", async () => {
    const tooltip = await hoverForTooltip(at.page, labelPoint(CHENGDU));
    const text = await tooltip.innerText();
    expect(text).toContain('成都市');
    expect(plain(text)).toContain('12170.23亿元');
  });

  it('the data table shows the same value and year as valueFor for Chengdu', async () => {
    const v = await at.page.evaluate((id) => (document.querySelector('poverty-atlas') as AtlasApi).valueFor(id), CHENGDU);
    await openTab(at.page, 'table');
    const row = at.page.locator(`atlas-data-table tr[data-id="${CHENGDU}"]`);
    // Cell text without footnote marks (Chengdu's 2016 value is footnoted: the boundary break of that year).
    const cells = await row.locator('td').evaluateAll((tds) => tds.map((td) => [...td.childNodes].filter((n) => n.nodeType === 3 || (n.nodeType === 1 && n.nodeName !== 'SUP')).map((n) => n.textContent).join('')));
    expect(Number(plain(cells[0]))).toBe(v!.value);
    expect(Number(cells[1])).toBe(v!.year);
    expect(await row.locator('th').innerText()).toContain('成都市');
  });

  it('the language switch turns 成都市 into Chengdu and back', async () => {
    await openTab(at.page, 'table');
    const name = at.page.locator(`atlas-data-table tr[data-id="${CHENGDU}"] th`);
    expect(await name.innerText()).toContain('成都市');
    await at.page.locator('atlas-lang-switch button[lang="en"]').click();
    await expect.poll(() => name.innerText(), { timeout: 10_000 }).toContain('Chengdu');
    expect(await at.page.evaluate(() => (document.querySelector('poverty-atlas') as AtlasApi).lang)).toBe('en');
    await at.page.locator('atlas-lang-switch button[lang="zh-CN"]').click();
    await expect.poll(() => name.innerText(), { timeout: 10_000 }).toContain('成都市');
    expect(at.log.errors).toEqual([]);
  });
});

