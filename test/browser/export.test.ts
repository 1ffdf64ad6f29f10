/**
 * Downloads as a reader gets them: the PNG of the map as shown (not blank,
 * every legend colour in it, the no-data hatching kept; 2× is twice as
 * wide) and the CSV of the table (its rows, values and Chinese names, read
 * back with d3-dsv). Sichuan's GDP in 2017: nine prefectures have no value
 * shown (S43 repeats an earlier year), so the hatching is on the map.
 */
import { csvParse } from 'd3-dsv';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser, openTab, plain, recordedPage, waitForAtlas, type PageLog } from './atlas-page';
import { serveDist, type DistServer } from './serve-dist';

const ctx = {} as { server: DistServer; browser: Browser };
let page: Page;
let log: PageLog;
beforeAll(async () => {
  ctx.server = await serveDist();
  ctx.browser = await launchBrowser();
  ({ page, log } = await recordedPage(ctx.browser));
  await page.goto(`${ctx.server.url}#v=1&view=sichuan&indicator=gdp&year=2017`);
  await waitForAtlas(page);
});
afterAll(async () => {
  await ctx.browser?.close();
  await ctx.server?.close();
});

/** Colour counts (#rrggbb → pixels) of a PNG made by the atlas, decoded in the page. */
async function pngColours(scale: number): Promise<{ width: number; height: number; colours: Record<string, number>; file: string }> {
  return (await page.evaluate(`(async () => {
    const { blob, file } = await document.querySelector('poverty-atlas').toPng(${scale});
    const bmp = await createImageBitmap(blob);
    const c = new OffscreenCanvas(bmp.width, bmp.height);
    const g = c.getContext('2d');
    g.drawImage(bmp, 0, 0);
    const d = g.getImageData(0, 0, bmp.width, bmp.height).data;
    const colours = {};
    for (let i = 0; i < d.length; i += 4) {
      const hex = '#' + [d[i], d[i + 1], d[i + 2]].map((v) => v.toString(16).padStart(2, '0')).join('');
      colours[hex] = (colours[hex] || 0) + 1;
    }
    return { width: bmp.width, height: bmp.height, colours, file };
  })()`)) as { width: number; height: number; colours: Record<string, number>; file: string };
}

/** The legend's bin colours as the reader sees them (#rrggbb). */
async function legendColours(): Promise<string[]> {
  return (await page.evaluate(`[...document.querySelector('poverty-atlas').shadowRoot.querySelector('atlas-legend').shadowRoot.querySelectorAll('.bar .sw')]
    .map((e) => getComputedStyle(e).backgroundColor.match(/\\d+/g).slice(0, 3).map((v) => Number(v).toString(16).padStart(2, '0')).join(''))
    .map((h) => '#' + h)`)) as string[];
}

describe('PNG download', () => {
  it('holds the map with every legend colour and the no-data hatching, and is not blank', async () => {
    const legend = await legendColours();
    expect(legend.length).toBeGreaterThanOrEqual(3);
    const png = await pngColours(1);
    expect(png.file).toBe('poverty-atlas_gdp_2017.png');
    const width = await page.evaluate(() => document.querySelector('poverty-atlas')!.shadowRoot!.querySelector('atlas-map')!.clientWidth);
    expect(png.width).toBe(width);
    // Each legend colour fills at least its swatch (12×12 inside the border) and the regions in its bin; the hatch lines and ground are there too.
    for (const c of legend) expect(png.colours[c] ?? 0, c).toBeGreaterThanOrEqual(144);
    expect(png.colours['#8f8f8f'] ?? 0).toBeGreaterThan(50);
    expect(png.colours['#fbfbfa'] ?? 0).toBeGreaterThan(50);
    const [, top] = Object.entries(png.colours).sort((a, b) => b[1] - a[1])[0];
    expect(top / (png.width * png.height)).toBeLessThan(0.6);
  });

  it('at 2× for print is twice as wide and tall', async () => {
    const one = await pngColours(1);
    const two = await pngColours(2);
    expect(two.file).toBe('poverty-atlas_gdp_2017@2x.png');
    expect(two.width).toBe(2 * one.width);
    expect(Math.abs(two.height - 2 * one.height)).toBeLessThanOrEqual(2);
  });
});

describe('CSV download', () => {
  it('is the table: same rows, values and Chinese names, BOM first, missing values empty', async () => {
    await page.locator('atlas-share').getByRole('button', { name: /^(下载|Download)$/ }).click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('atlas-share button[data-kind="csv"]').click()]);
    expect(download.suggestedFilename()).toBe('poverty-atlas_gdp_2017.csv');
    const chunks: Buffer[] = [];
    for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const csv = csvParse(text.slice(1));
    await page.keyboard.press('Escape');
    await openTab(page, 'table');
    const table = await page.locator('atlas-data-table tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({ id: tr.getAttribute('data-id'), name: tr.querySelector('th button')!.textContent!.trim(), value: tr.querySelector('td')!.textContent!.trim() })),
    );
    expect(csv.map((r) => r.id)).toEqual(table.map((r) => r.id));
    expect(csv.map((r) => r.name_zh)).toEqual(table.map((r) => r.name));
    expect(csv.find((r) => r.id === '510100')!.name_zh).toBe('成都市');
    for (const [i, r] of csv.entries()) {
      if (r.value === '') expect(table[i].value).toMatch(/无数据|No data/);
      else expect(Number(r.value)).toBe(Number(plain(table[i].value).replace(/[^\d.-]/g, '')));
    }
    expect(csv.filter((r) => r.value === '').length).toBeGreaterThan(0);
    expect(log.errors).toEqual([]);
  });
});

describe('Share', () => {
  it('gives a link that restores the exact state in a fresh page, and embed snippets for it with the chosen controls and a live preview', async () => {
    await openTab(page, 'map');
    await page.evaluate(() => Object.assign(document.querySelector('poverty-atlas')!, { selected: '510100' }));
    const state = await page.evaluate(() => (document.querySelector('poverty-atlas') as unknown as { state: unknown }).state);
    await page.locator('atlas-share').getByRole('button', { name: /^(分享|Share)$/ }).click();
    const link = await page.locator('atlas-share input#link').inputValue();
    expect(link).toMatch(/#v=1&view=sichuan&indicator=gdp&year=2017&.*selected=510100/);

    await page.locator('atlas-share input[name="controls"][value="minimal"]').check();
    const iframe = await page.locator('atlas-share textarea#iframe').inputValue();
    const script = await page.locator('atlas-share textarea#script').inputValue();
    expect(iframe).toMatch(/embed\.html\?v=1&amp;view=sichuan&amp;.*&amp;controls=minimal"/);
    expect(script).toMatch(/<poverty-atlas view="sichuan" indicator="gdp" year="2017" .*selected="510100".* controls="minimal"><\/poverty-atlas>/);
    const preview = page.locator('atlas-share iframe.preview');
    expect(await preview.getAttribute('src')).toContain('controls=minimal');
    const frame = await (await preview.elementHandle())!.contentFrame();
    await frame!.waitForFunction(() => (document.querySelector('poverty-atlas') as unknown as { state: { selected: string | null } })?.state.selected === '510100', undefined, { timeout: 90_000 });
    await page.keyboard.press('Escape');

    // A fresh browser context opens the link where the reader was.
    const fresh = await ctx.browser.newContext({ viewport: { width: 1280, height: 800 } });
    const other = await fresh.newPage();
    await other.goto(link);
    await waitForAtlas(other);
    expect(await other.evaluate(() => (document.querySelector('poverty-atlas') as unknown as { state: unknown }).state)).toEqual(state);
    await fresh.close();
  });
});
