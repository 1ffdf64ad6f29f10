/**
 * Finding a place as a reader does it: type in the search box, move through
 * the results with the arrow keys (or click one), and land on the place,
 * selected with its panel open, in the view that draws it. Names from the
 * committed public/data/series.json (昭觉县 513431, in 凉山 and 乌蒙山区).
 */
import { describe, expect, it } from 'vitest';
import { atlasPerTest, cameraOf, projectToPage, sharedBrowser, waitForIdle, type AtlasApi } from './atlas-page';

const ZHAOJUE = '513431';

const ctx = sharedBrowser();
const at = atlasPerTest(ctx, { view: 'areas' });

const state = () =>
  at.page.evaluate(() => {
    const el = document.querySelector('poverty-atlas') as AtlasApi;
    return { view: el.view, selected: el.selected };
  });
const input = () => at.page.locator('atlas-search input[role="combobox"]');
const options = () => at.page.locator('atlas-search [role="option"]');
const panelTitle = () => at.page.locator('atlas-detail-panel h2');

describe('find a place', () => {
  it('finds 昭觉县 from "zhaojue" and opens it from the keyboard: counties view, selected, panel open (zh)', async () => {
    await input().click();
    await at.page.keyboard.type('zhaojue');
    await expect.poll(() => input().getAttribute('aria-expanded')).toBe('true');
    expect(await options().first().innerText()).toContain('昭觉县');
    // Where it lies, to tell it from other places: its prefecture and area.
    expect(await options().first().innerText()).toMatch(/凉山.*乌蒙山区/s);
    await at.page.keyboard.press('ArrowDown');
    expect(await input().getAttribute('aria-activedescendant')).toBe('opt-0');
    expect(await options().first().getAttribute('aria-selected')).toBe('true');
    await at.page.keyboard.press('Enter');
    await expect.poll(state).toEqual({ view: 'counties', selected: ZHAOJUE });
    // It flies there: the counties view drilled into 乌蒙山区, with 昭觉县 on screen.
    expect(await at.page.evaluate(() => (document.querySelector('poverty-atlas') as unknown as { area: string | null }).area)).toBe('wumeng');
    await panelTitle().waitFor({ state: 'visible' });
    expect(await panelTitle().innerText()).toContain('昭觉县');
    expect(await input().getAttribute('aria-expanded')).toBe('false');
    await waitForIdle(at.page);
    // Zoomed in on the area (China fits at zoom ~2.5 here), 昭觉县 on the map, not under the panel.
    expect((await cameraOf(at.page)).zoom).toBeGreaterThan(4);
    const point = await at.page.evaluate(
      (id) => (document.querySelector('poverty-atlas')!.shadowRoot!.querySelector('atlas-map') as unknown as { model: { points: Array<{ id: string; at: [number, number] }> } }).model.points.find((x) => x.id === id)!.at,
      ZHAOJUE,
    );
    const p = await projectToPage(at.page, point);
    const map = (await at.page.locator('atlas-map').boundingBox())!;
    const panel = (await at.page.locator('atlas-detail-panel').boundingBox())!;
    expect(p.x).toBeGreaterThan(map.x);
    expect(p.x).toBeLessThan(panel.x);
    expect(p.y).toBeGreaterThan(map.y);
    expect(p.y).toBeLessThan(map.y + map.height);
  });

  it('finds it with tone marks or tone numbers too, and by a click on the result (en)', async () => {
    await at.page.evaluate(() => ((document.querySelector('poverty-atlas') as AtlasApi).lang = 'en'));
    for (const typed of ['zhao1jue2', 'Zhāojué']) {
      await input().fill('');
      await input().pressSequentially(typed);
      await expect.poll(() => options().first().innerText()).toContain('Zhaojue County');
    }
    expect(await at.page.locator('atlas-search [role="status"]').innerText()).toMatch(/\d+ places? found/);
    await options().first().click();
    await expect.poll(state).toEqual({ view: 'counties', selected: ZHAOJUE });
    await panelTitle().waitFor({ state: 'visible' });
    expect(await panelTitle().innerText()).toContain('Zhaojue County');
  });

  it('opens an area in the areas view and a prefecture in the Sichuan view', async () => {
    await input().fill('乌蒙');
    await at.page.keyboard.press('Enter');
    await expect.poll(state).toEqual({ view: 'areas', selected: 'wumeng' });
    await input().fill('Liangshan');
    await expect.poll(() => options().first().innerText()).toContain('凉山彝族自治州');
    await at.page.keyboard.press('Enter');
    await expect.poll(state).toEqual({ view: 'sichuan', selected: '513400' });
  });

  it('closes the list with Escape, clears the box with a second Escape, and says when nothing matches', async () => {
    await input().fill('wumeng');
    await expect.poll(() => input().getAttribute('aria-expanded')).toBe('true');
    await at.page.keyboard.press('Escape');
    expect(await input().getAttribute('aria-expanded')).toBe('false');
    expect(await input().inputValue()).toBe('wumeng');
    await at.page.keyboard.press('Escape');
    expect(await input().inputValue()).toBe('');
    await input().fill('qqqq');
    await expect.poll(() => at.page.locator('atlas-search [role="listbox"]').innerText()).toContain('没有与“qqqq”相符的地区');
    expect(await options().count()).toBe(0);
    expect(await state()).toEqual({ view: 'areas', selected: null });
  });
});
