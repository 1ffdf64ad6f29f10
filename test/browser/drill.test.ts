/**
 * Drilling from an area to its counties and back, as a reader does it: a
 * click on 乌蒙山区 on the map opens its panel with its counties (status and
 * exit year); "Show its counties" opens the counties view zoomed to the
 * area; a county's panel links its area and prefecture; the breadcrumb
 * leads back up. Figures from the committed public/data/series.json
 * (乌蒙山区's 38 counties on the 2012 list; 昭觉县 exited in the 2020 batch).
 */
import { describe, expect, it } from 'vitest';
import { atlasPerTest, labelPoint, projectToPage, sharedBrowser, waitForIdle, type AtlasApi } from './atlas-page';

const ZHAOJUE = '513431';

const ctx = sharedBrowser();
const at = atlasPerTest(ctx, { view: 'areas', indicator: 'area_counties_remaining', year: 2019 });

const state = () =>
  at.page.evaluate(() => {
    const el = document.querySelector('poverty-atlas') as AtlasApi & { area: string | null };
    return { view: el.view, selected: el.selected, area: el.area };
  });
const crumbs = () => at.page.locator('atlas-breadcrumb li').allInnerTexts();
const list = () => at.page.locator('atlas-county-list');

/** Clicks 乌蒙山区 on the map, as a reader would, and waits for its panel. */
async function openWumeng(): Promise<void> {
  const { x, y } = await projectToPage(at.page, labelPoint('wumeng'));
  await at.page.mouse.click(x, y);
  await expect.poll(state).toMatchObject({ view: 'areas', selected: 'wumeng' });
  await list().locator('table').waitFor({ state: 'visible' });
}

describe('drill down from an area to its counties and back', () => {
  it('lists 乌蒙山区’s 38 counties with status and exit year, and shows them on the map (zh)', async () => {
    await openWumeng();
    expect(await list().locator('tbody tr').count()).toBe(38);
    const zhaojue = list().locator(`tr[data-id="${ZHAOJUE}"]`);
    expect(await zhaojue.innerText()).toMatch(/昭觉县\s+仍为贫困县\s+2020年度/);
    expect(await crumbs()).toEqual(['中国', '乌蒙山区']);
    await list().getByRole('button', { name: '在地图上显示其各县' }).click();
    await expect.poll(state).toEqual({ view: 'counties', selected: null, area: 'wumeng' });
    await waitForIdle(at.page);
    expect(await crumbs()).toEqual(['中国', '乌蒙山区', '各县']);
  });

  it('opens a county from the list, names its area and prefecture as links, and the breadcrumb leads back up (zh)', async () => {
    await openWumeng();
    await list().locator(`tr[data-id="${ZHAOJUE}"] button`).click();
    await expect.poll(state).toEqual({ view: 'counties', selected: ZHAOJUE, area: 'wumeng' });
    await at.page.locator('atlas-detail-panel h2').waitFor({ state: 'visible' });
    expect(await crumbs()).toEqual(['中国', '乌蒙山区', '昭觉县']);
    const links = at.page.locator('atlas-parent-links button');
    expect(await links.allInnerTexts()).toEqual(['乌蒙山区', '凉山彝族自治州']);
    // Up one level: the area, with its panel.
    await at.page.locator('atlas-breadcrumb').getByRole('button', { name: '乌蒙山区' }).click();
    await expect.poll(state).toEqual({ view: 'areas', selected: 'wumeng', area: null });
    // And to the top.
    await at.page.locator('atlas-breadcrumb').getByRole('button', { name: '中国' }).click();
    await expect.poll(state).toEqual({ view: 'areas', selected: null, area: null });
    expect(await at.page.locator('atlas-breadcrumb').count()).toBe(0);
  });

  it('does the same in English, and a county’s prefecture link opens it in the Sichuan view', async () => {
    await at.page.evaluate(() => ((document.querySelector('poverty-atlas') as AtlasApi).lang = 'en'));
    await openWumeng();
    expect(await list().locator('summary').innerText()).toContain('Its counties (38)');
    expect(await list().locator(`tr[data-id="${ZHAOJUE}"]`).innerText()).toMatch(/Zhaojue County\s+Still designated\s+2020/);
    await list().locator(`tr[data-id="${ZHAOJUE}"] button`).click();
    await expect.poll(state).toEqual({ view: 'counties', selected: ZHAOJUE, area: 'wumeng' });
    expect(await crumbs()).toEqual(['China', 'Wumeng Mountain Area', 'Zhaojue County']);
    await at.page.locator('atlas-parent-links').getByRole('button', { name: 'Liangshan Yi Autonomous Prefecture' }).click();
    await expect.poll(state).toEqual({ view: 'sichuan', selected: '513400', area: null });
    expect(await crumbs()).toEqual(['China', 'Sichuan', 'Liangshan Yi Autonomous Prefecture']);
  });
});
