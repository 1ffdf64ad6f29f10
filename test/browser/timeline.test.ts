/**
 * The timeline as a reader uses it: the keyboard moves the year, and a new
 * year recolours the map. Deyang's GDP (seed 004) was 921.27 亿元 in 2010 and
 * 1752.45 亿元 in 2016 — two different bins of the GDP scale — so the colour
 * at Deyang's label point must change between those years.
 */
import { describe, expect, it } from 'vitest';
import { atlasPerTest, fillAt, labelPoint, sharedBrowser, waitForIdle, type AtlasApi } from './atlas-page';

const DEYANG = '510600';

const ctx = sharedBrowser();
const at = atlasPerTest(ctx, { view: 'sichuan', indicator: 'gdp' });

const year = () => at.page.evaluate(() => (document.querySelector('poverty-atlas') as AtlasApi).year);
const setYear = async (y: number) => {
  await at.page.evaluate((y) => ((document.querySelector('poverty-atlas') as AtlasApi).year = y), y);
  await waitForIdle(at.page);
};

describe('the timeline', () => {
  it('changing the year from 2010 to 2016 changes the colour at Deyang’s label point', async () => {
    await at.page.mouse.move(1, 1);
    await setYear(2010);
    const before = await fillAt(at.page, labelPoint(DEYANG));
    await setYear(2016);
    const after = await fillAt(at.page, labelPoint(DEYANG));
    expect(after).not.toBe(before);
    await setYear(2010);
    expect(await fillAt(at.page, labelPoint(DEYANG))).toBe(before);
  });

  it('is driven by the keyboard: ArrowRight goes to the next year, End to the last, Home to the first', async () => {
    const years = await at.page.evaluate(
      () => (document.querySelector('poverty-atlas') as AtlasApi).indicators.find((d) => d.id === 'gdp')!.years,
    );
    expect(years.length).toBeGreaterThan(2);
    await setYear(years[0]);
    const slider = at.page.locator('atlas-timeline input[type="range"]');
    await slider.focus();
    await at.page.keyboard.press('ArrowRight');
    await expect.poll(year).toBe(years[1]);
    await at.page.keyboard.press('End');
    await expect.poll(year).toBe(years[years.length - 1]);
    await at.page.keyboard.press('Home');
    await expect.poll(year).toBe(years[0]);
  });

  it('announces the new year through an aria-live region', async () => {
    await setYear(2015);
    const slider = at.page.locator('atlas-timeline input[type="range"]');
    await slider.focus();
    await at.page.keyboard.press('ArrowRight');
    await expect.poll(year).toBe(2016);
    const live = at.page.locator('[aria-live]').filter({ hasText: '2016' });
    await expect.poll(() => live.count()).toBeGreaterThan(0);
  });
});
