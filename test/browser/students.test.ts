/**
 * What a student meets (issue 9): English numbers that keep their digits,
 * breaks and withheld values explained where the value is read (tooltip and
 * table), a tooltip with the region's history, counties reachable from the
 * keyboard, a phone sheet that leaves map and timeline usable, a 600×450
 * embed without overflow, projector type, sources a reader can cite, and no
 * internal source id on screen. Values from public/data/series.json:
 * Wuling's 49万 rural poor of 2019, Chengdu's and Ziyang's 2016 GDP (the
 * Jianyang move), 眉山's withheld 2017 GDP (S43 repeats 2016).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type { Page } from 'playwright-core';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { SeriesFile } from '../../src/data/schema';
import { DATA_DIR, atlasPerTest, hoverForTooltip, labelPoint, openTab, projectAllToPage, projectToPage, sharedBrowser, waitForIdle, withMotion, type AtlasApi } from './atlas-page';

const CHENGDU = '510100';
const ZIYANG = '512000';
const MEISHAN = '511400';
const series = JSON.parse(readFileSync(join(DATA_DIR, 'series.json'), 'utf8')) as SeriesFile;

const ctx = sharedBrowser();
const at = atlasPerTest(ctx, { view: 'sichuan', indicator: 'gdp', year: 2016, lang: 'en' });

const set = async (state: Record<string, unknown>, page: Page = at.page) => {
  // Two frames: the map element takes the new state (and starts its fit) before the wait for its drawing.
  await page.evaluate(async (s) => {
    Object.assign(document.querySelector('poverty-atlas')!, s);
    await new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)));
  }, state);
  await waitForIdle(page);
};
const tooltipText = async (id: string) => (await (await hoverForTooltip(at.page, labelPoint(id))).innerText()).replace(/\s+/g, ' ');
/** Internal ids a reader must never see: source ids, seed numbers, index ids. */
const INTERNAL_ID = /\b(S|E|N|T|SC)\d{1,3}\b|\bseed\s*\d|种子文献\s*\d|SEED\d|index id/i;

describe('English numbers', () => {
  it("shows Wuling's 49万 rural poor (2019) as 0.49 million in the tooltip, and the legend as 0.5, 1, 2, 4", async () => {
    expect(series.values.rural_poor_pop.wuling.find(([y]) => y === 2019)?.[1]).toBe(49);
    await set({ view: 'areas', indicator: 'rural_poor_pop', year: 2019 });
    expect(await tooltipText('wuling')).toContain('0.49 million people');
    const ticks = await at.page.locator('atlas-legend .tick').allInnerTexts();
    expect(ticks).toEqual(['0.5', '1', '2', '4']);
  });

  it('never lets two legend ticks touch, at 1280 px or on a phone (land area: 20,000 … 200,000 km²)', async () => {
    await set({ view: 'areas', indicator: 'land_area_geometry', year: 2016 });
    for (const width of [1280, 375]) {
      await at.page.setViewportSize({ width, height: width === 375 ? 667 : 800 });
      await at.page.waitForTimeout(300);
      const boxes = await at.page.locator('atlas-legend .tick').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect));
      expect(boxes.length).toBe(4);
      for (let i = 1; i < boxes.length; i++) {
        const apart = boxes[i].left >= boxes[i - 1].right + 2 || boxes[i].top >= boxes[i - 1].bottom || boxes[i - 1].top >= boxes[i].bottom;
        expect(apart, `${width}px: tick ${i} touches tick ${i - 1}`).toBe(true);
      }
    }
  });
});

describe('the tooltip', () => {
  it("marks Chengdu's and Ziyang's 2016 GDP with the Jianyang move, and draws the series with 2016 marked", async () => {
    // Chengdu last: its sparkline (2010–2015, then 2016–2018) is the one read below.
    for (const id of [ZIYANG, CHENGDU]) {
      const text = await tooltipText(id);
      expect(text, id).toMatch(/Jianyang/);
    }
    const spark = at.page.locator('atlas-tooltip [part="sparkline"] svg');
    expect(await spark.locator('path.line').count()).toBe(2); // cut at the 2016 break
    expect(await spark.locator('circle.now').count()).toBe(1);
  });

  it("says why 眉山's 2017 GDP is 'no data', naming the source rather than its id", async () => {
    await set({ year: 2017 });
    const text = await tooltipText(MEISHAN);
    expect(text).toMatch(/no data/);
    expect(text).toMatch(/Why: .*1117\.23.*mislabel/);
    expect(text).not.toMatch(INTERNAL_ID);
  });

  it("says why Chengdu's 2016 growth is 'no data': the boundary changed", async () => {
    await set({ indicator: 'gdp_growth_nominal', year: 2016 });
    const text = await tooltipText(CHENGDU);
    expect(text).toMatch(/no data/);
    expect(text).toMatch(/Jianyang/);
  });
});

describe('the table', () => {
  it('footnotes the Jianyang move on Chengdu and Ziyang in 2016', async () => {
    await openTab(at.page, 'table');
    for (const id of [CHENGDU, ZIYANG]) expect(await at.page.locator(`atlas-data-table tr[data-id="${id}"] sup`).count(), id).toBe(1);
    const notes = await at.page.locator('atlas-data-table .footnotes li').allInnerTexts();
    expect(notes.filter((n) => /Jianyang/.test(n))).toHaveLength(2);
  });
});

describe('sources a reader can cite', () => {
  it('lists the sources of the map shown first, each trust level said in a sentence, the rest folded, no internal id', async () => {
    await openTab(at.page, 'sources');
    const first = at.page.locator('atlas-sources > ul, atlas-sources ul[part="list"]').first();
    const items = first.locator(':scope > li');
    const used = new Set(
      Object.values(series.values.gdp)
        .flatMap((rows) => rows.filter(([y]) => y === 2016).map(([, , s]) => series.sources[s].id)),
    );
    expect(await items.count()).toBe(used.size);
    for (const li of await items.all()) expect((await li.locator('.explain').innerText()).length).toBeGreaterThan(30);
    const others = at.page.locator('atlas-sources details.others');
    expect(await others.getAttribute('open')).toBeNull();
    expect(await others.locator('li').count()).toBe(series.sources.length - used.size);
    expect(await at.page.locator('atlas-sources').innerText()).not.toMatch(INTERNAL_ID);
  });

  it('names each membership status in words, zh and en, never by its code (V, K, D, R)', async () => {
    // The sources tab of the counties view: the map is hidden, so no waiting for it to draw.
    await at.page.evaluate(() => Object.assign(document.querySelector('poverty-atlas')!, { view: 'counties', indicator: 'exit_year', year: 2020, tab: 'sources' }));
    const block = at.page.locator('atlas-sources [part="membership"]');
    const words = { en: /confirmed by a source[\s\S]*consistent with[\s\S]*derived from[\s\S]*unverified/, zh: /有来源确认[\s\S]*一致[\s\S]*推定[\s\S]*未核实/ };
    for (const lang of ['en', 'zh'] as const) {
      await at.page.evaluate((l) => Object.assign(document.querySelector('poverty-atlas')!, { lang: l }), lang);
      await expect.poll(() => block.innerText(), { timeout: 10_000 }).toMatch(words[lang]);
      expect(await block.innerText(), lang).not.toMatch(/\b[VKDR]\b/);
    }
  });
});

describe('the counties view from the keyboard', () => {
  it('moves between counties with the arrows and opens one with Enter; the map canvas is not a second Tab stop', async () => {
    await set({ view: 'counties', indicator: 'exit_year', year: 2020 });
    await at.page.locator('atlas-map [part="map"]').focus();
    await at.page.keyboard.press('ArrowRight');
    await at.page.keyboard.press('ArrowDown');
    await at.page.keyboard.press('Enter');
    await expect.poll(() => at.page.evaluate(() => (document.querySelector('poverty-atlas') as AtlasApi).selected)).not.toBeNull();
    const stops = await at.page.evaluate(() => {
      const map = document.querySelector('poverty-atlas')!.shadowRoot!.querySelector('atlas-map')!;
      return [...map.shadowRoot!.querySelectorAll('*'), ...map.querySelectorAll('*')].filter((e) => (e as HTMLElement).tabIndex >= 0 && e.tagName === 'CANVAS').length;
    });
    expect(stops).toBe(0);
  });

  it("says what the 802 map units are, and a timeless indicator shows no timeline", async () => {
    await set({ view: 'counties', indicator: 'exit_year', year: 2020 });
    expect(await at.page.locator('atlas-legend [part="note"]').innerText()).toMatch(/802 map units.*680/);
    await set({ indicator: 'area_membership' });
    expect(await at.page.locator('poverty-atlas .timeline').isVisible()).toBe(false);
  });
});

describe('the legend of the counties’ areas', () => {
  // Tibet's and Southern Xinjiang's counties, every 16th vertex of their outlines (public/data/counties.topo.json).
  const topo = JSON.parse(readFileSync(join(DATA_DIR, 'counties.topo.json'), 'utf8')) as Topology;
  const west = (feature(topo, topo.objects.counties) as unknown as FeatureCollection<Polygon | MultiPolygon, { area: string | null }>).features
    .filter((f) => f.properties.area === 'tibet' || f.properties.area === 'south_xinjiang')
    .flatMap((f) => (f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates).flatMap((poly) => poly[0]))
    .filter((_, i) => i % 16 === 0) as Array<[number, number]>;

  it('at 1280×800 shows all of itself (no line cut) and covers no county of Tibet or Southern Xinjiang, zh and en, and so does the exit years’ legend', async () => {
    expect(west.length).toBeGreaterThan(150);
    const cases = [
      { lang: 'en', indicator: 'area_membership' },
      { lang: 'zh', indicator: 'area_membership' },
      { lang: 'en', indicator: 'exit_year', year: 2020 },
    ];
    for (const { lang, ...state } of cases) {
      const label = `${lang} ${state.indicator}`;
      await set({ lang, view: 'counties', ...state });
      const card = at.page.locator('poverty-atlas .legend');
      const fits = await card.evaluate((e) => e.scrollHeight <= e.clientHeight + 1 && e.scrollWidth <= e.clientWidth + 1);
      expect(fits, `${label}: legend content cut`).toBe(true);
      const box = (await card.boundingBox())!;
      const covered: string[] = [];
      (await projectAllToPage(at.page, west)).forEach(({ x, y }, i) => {
        if (x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height) covered.push(west[i].join(','));
      });
      expect(covered, `${label}: under the legend`).toEqual([]);
    }
    // The areas' legend names them as the map's labels do.
    expect(await at.page.locator('atlas-legend .cats').innerText()).not.toContain('Wumeng Mts.');
    await set({ indicator: 'area_membership' });
    expect(await at.page.locator('atlas-legend .cats').innerText()).toContain('Wumeng Mts.');
  });
});

describe('screens', () => {
  it('on a 375×667 phone, the open sheet leaves the top of the map and the timeline in reach; the map is half the screen', async () => {
    await at.page.setViewportSize({ width: 375, height: 667 });
    await set({ selected: null });
    const mapBox = await at.page.locator('atlas-map').boundingBox();
    expect(mapBox!.height).toBeGreaterThanOrEqual(667 / 2);
    await set({ selected: CHENGDU });
    const sheet = await at.page.locator('atlas-detail-panel.sheet').boundingBox();
    const slider = await at.page.locator('atlas-timeline input[type="range"]').boundingBox();
    expect(sheet!.y).toBeGreaterThan(mapBox!.y + 100);
    expect(slider!.y).toBeGreaterThanOrEqual(sheet!.y + sheet!.height - 1);
    // The slider is what a tap there reaches, not the sheet.
    const hit = await at.page.evaluate(({ x, y }) => {
      let el: Element | null = document.elementFromPoint(x, y);
      while (el?.shadowRoot?.elementFromPoint(x, y) && el.shadowRoot.elementFromPoint(x, y) !== el) el = el.shadowRoot.elementFromPoint(x, y);
      return el?.tagName;
    }, { x: slider!.x + slider!.width / 2, y: slider!.y + slider!.height / 2 });
    expect(hit).toBe('INPUT');
    // The handle expands the sheet and shrinks it again.
    await at.page.locator('atlas-detail-panel [part="handle"]').click();
    expect(await at.page.locator('atlas-detail-panel[expanded]').count()).toBe(1);
  });

  it('on a 375×667 phone, every one of the 14 areas lies above the legend strip at the map’s foot and has its label, zh and en', async () => {
    await at.page.setViewportSize({ width: 375, height: 667 });
    for (const lang of ['zh', 'en']) {
      await set({ view: 'areas', indicator: 'area_counties_remaining', year: 2017, selected: null, lang });
      const legendTop = (await at.page.locator('poverty-atlas .legend').boundingBox())!.y;
      const ids = await at.page.evaluate(() => (document.querySelector('poverty-atlas')!.shadowRoot!.querySelector('atlas-map') as unknown as { model: { points: Array<{ id: string }> } }).model.points.map((p) => p.id));
      expect(ids.length).toBe(14);
      const under: string[] = [];
      for (const id of ids) if ((await projectToPage(at.page, labelPoint(id))).y > legendTop) under.push(id);
      expect(under, `${lang}: areas under the legend`).toEqual([]);
      // …and each has its label (smaller type on phone-sized maps).
      const labelled = await at.page.evaluate(() => new Set([...document.querySelector('poverty-atlas')!.shadowRoot!.querySelector('atlas-map')!.shadowRoot!.querySelectorAll('svg text[data-id]')].map((t) => t.getAttribute('data-id'))).size);
      expect(labelled, `${lang}: area labels placed`).toBe(14);
    }
  });

  // With motion: the pan waits for the view's animated fit (reduced motion makes both instant).
  it('on a 375×667 phone, a region chosen near the map’s foot is panned clear of the sheet that opens on it', async () => {
    await withMotion(at.page);
    await at.page.setViewportSize({ width: 375, height: 667 });
    await set({ view: 'sichuan', selected: null });
    const PANZHIHUA = '510400'; // the southernmost prefecture
    await set({ selected: PANZHIHUA });
    const sheetTop = (await at.page.locator('atlas-detail-panel.sheet').boundingBox())!.y;
    expect((await projectToPage(at.page, labelPoint(PANZHIHUA))).y).toBeLessThan(sheetTop);
    // The same when the view and the region come together (a link, a search result): after the view's fit.
    await set({ view: 'areas', selected: null });
    await set({ view: 'sichuan', selected: PANZHIHUA });
    expect((await projectToPage(at.page, labelPoint(PANZHIHUA))).y).toBeLessThan(sheetTop);
  });

  it('on a 375×667 phone, the breadcrumb China › 乌蒙山区 › 昭觉县 keeps to one line over the map, in English too', async () => {
    await at.page.setViewportSize({ width: 375, height: 667 });
    for (const lang of ['zh', 'en']) {
      await set({ lang, view: 'counties', indicator: 'exit_year', year: 2020, area: 'wumeng', selected: '513431' });
      const crumbs = at.page.locator('atlas-breadcrumb nav');
      expect(await crumbs.innerText()).toContain(lang === 'zh' ? '昭觉县' : 'Zhaojue County');
      const line = await crumbs.evaluate((e) => parseFloat(getComputedStyle(e).lineHeight) || parseFloat(getComputedStyle(e).fontSize) * 1.5);
      expect((await crumbs.boundingBox())!.height, lang).toBeLessThan(line * 1.6);
    }
  });

  it("on a 375×667 phone, Chengdu's GDP panel says 'billion yuan' once and 'series break' crosses neither the value nor the 2016 mark", async () => {
    await at.page.setViewportSize({ width: 375, height: 667 });
    await set({ selected: CHENGDU });
    await at.page.locator('atlas-detail-panel [part="handle"]').click();
    const chart = at.page.locator('atlas-detail-panel atlas-line-chart svg');
    await chart.waitFor({ state: 'visible' });
    const value = at.page.locator('atlas-detail-panel .current strong');
    expect(await value.innerText()).toMatch(/^1,217\.023 billion yuan$/); // 12170.23 亿元, seed 004
    const chartTexts = await chart.locator('text').allTextContents();
    expect(chartTexts.filter((x) => /billion yuan/.test(x))).toEqual([]);
    const box = async (l: ReturnType<typeof chart.locator>) => (await l.boundingBox())!;
    const label = await box(chart.locator('.break text'));
    const apart = (a: { x: number; y: number; width: number; height: number }, b: typeof a) =>
      a.x + a.width <= b.x || b.x + b.width <= a.x || a.y + a.height <= b.y || b.y + b.height <= a.y;
    expect(apart(label, await box(value)), 'label over the value').toBe(true);
    expect(apart(label, await box(chart.locator('.selected line'))), 'label over the 2016 mark').toBe(true);
    for (const dot of await chart.locator('circle.dot').all()) expect(apart(label, await box(dot)), 'label over a point').toBe(true);
  });

  it('in a 600×450 embed nothing overflows, the header is one row and the map shows in half the height, zh and en', async () => {
    await at.page.setViewportSize({ width: 600, height: 450 });
    for (const lang of ['en', 'zh']) {
      await set({ selected: null, lang });
      const size = await at.page.evaluate(() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]);
      expect(size[0], lang).toBeLessThanOrEqual(600);
      expect(size[1], lang).toBeLessThanOrEqual(450);
      const box = async (sel: string) => (await at.page.locator(sel).first().boundingBox())!;
      // The map as seen: the stage clips it (atlas-map itself may reach under the timeline).
      const [map, stage] = [await box('atlas-map'), await box('poverty-atlas .stage')];
      const shown = Math.min(map.y + map.height, stage.y + stage.height) - Math.max(map.y, stage.y);
      expect(shown, `${lang}: map height shown`).toBeGreaterThanOrEqual(225);
      // Present, Share / Download and the language switch stay on the title's row.
      const title = await box('poverty-atlas h1');
      for (const sel of ['atlas-story-button', 'atlas-share', 'atlas-lang-switch']) {
        const b = await box(`poverty-atlas ${sel}`);
        expect(b.y, `${lang}: ${sel} under the title`).toBeLessThan(title.y + title.height);
        expect(b.x + b.width, `${lang}: ${sel}`).toBeLessThanOrEqual(600);
      }
      // The search box shows its whole placeholder.
      const cut = await at.page.locator('atlas-search input').evaluate((i: HTMLInputElement) => {
        const probe = Object.assign(document.createElement('span'), { textContent: i.placeholder });
        probe.style.cssText = `font: ${getComputedStyle(i).font}; position: absolute; white-space: nowrap`;
        document.body.append(probe);
        const need = probe.getBoundingClientRect().width;
        probe.remove();
        return need > i.clientWidth;
      });
      expect(cut, `${lang}: placeholder cut`).toBe(false);
      expect(await at.page.locator('atlas-timeline input[type="range"]').isVisible()).toBe(true);
    }
  });

  it('at 1920×1080, and with size="large", the legend, timeline and panel type is larger than at 1280', async () => {
    const yearHeight = () => at.page.locator('atlas-timeline [part="year"]').evaluate((e) => e.getBoundingClientRect().height);
    const legendWidth = () => at.page.locator('atlas-legend').evaluate((e) => e.getBoundingClientRect().width);
    const [year1280, legend1280] = [await yearHeight(), await legendWidth()];
    await at.page.setViewportSize({ width: 1920, height: 1080 });
    await at.page.waitForTimeout(300);
    expect(await yearHeight()).toBeGreaterThan(year1280 * 1.2);
    expect(await legendWidth()).toBeGreaterThan(legend1280 * 1.2);
    await at.page.setViewportSize({ width: 1280, height: 800 });
    await at.page.evaluate(() => document.querySelector('poverty-atlas')!.setAttribute('size', 'large'));
    await at.page.waitForTimeout(300);
    expect(await yearHeight()).toBeGreaterThan(year1280 * 1.2);
    await at.page.evaluate(() => document.querySelector('poverty-atlas')!.removeAttribute('size'));
  });
});
