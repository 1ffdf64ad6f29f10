/**
 * Golden images of the detail panel's line chart, MapLibre-render-test
 * style: each folder under golden/ holds `input.json` (which entity,
 * indicator, selected year and language, at what width; the numbers come
 * from public/data/series.json) and `expected.png`. The chart is drawn on
 * the served bundle and compared pixel by pixel with a tolerance for
 * anti-aliasing. `UPDATE=1` rewrites the expected images. A case may name
 * other entities to `compare` (pinned regions drawn in the same chart).
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import type { SeriesFile } from '../../src/data/schema';
import { BUNDLE_ONLY, DATA_DIR, recordedPage, releasePage, sharedBrowser } from './atlas-page';

const GOLDEN = join(import.meta.dirname, 'golden');
/** A pixel differs when a channel moves more than this (0–255). */
const CHANNEL_TOLERANCE = 48;
/** Share of differing pixels allowed (font anti-aliasing between machines). */
const MAX_DIFF_SHARE = 0.01;

interface CaseInput {
  entity: string;
  indicator: string;
  year: number;
  lang: 'zh' | 'en';
  width: number;
  /** Other entities drawn in the same chart (pinned for comparison). */
  compare?: string[];
}

const ctx = sharedBrowser();
const series = JSON.parse(readFileSync(join(DATA_DIR, 'series.json'), 'utf8')) as SeriesFile;

/** One entity's series of an indicator and the first years of its breaks, from the committed series. */
function seriesOf(entity: string, indicator: string) {
  const points = (series.values[indicator]?.[entity] ?? []).map(([year, value, s]) => ({
    year,
    value,
    sourceId: series.sources[s].id,
  }));
  const breaks = series.breaks.filter((b) => b.entityId === entity && (b.indicators === 'all' || b.indicators.includes(indicator)));
  return { points, breaks };
}

/** Props of <atlas-line-chart> for a case, from the committed series. */
function chartProps(c: CaseInput) {
  const indicator = series.indicators.find((d) => d.id === c.indicator)!;
  const entity = series.entities.find((e) => e.id === c.entity)!;
  const { points, breaks } = seriesOf(c.entity, c.indicator);
  const compare = (c.compare ?? []).map((id) => {
    const other = seriesOf(id, c.indicator);
    return {
      id,
      name: series.entities.find((e) => e.id === id)!.name[c.lang],
      series: other.points,
      breakYears: other.breaks.map((b) => b.year),
      sources: series.sources.filter((s) => other.points.some((p) => p.sourceId === s.id)),
    };
  });
  return {
    lang: c.lang,
    entityLabel: entity.name[c.lang],
    indicator,
    series: points,
    selectedYear: c.year,
    sources: series.sources.filter((s) => points.some((p) => p.sourceId === s.id)),
    breakYears: breaks.map((b) => b.year),
    compare,
  };
}

for (const name of existsSync(GOLDEN) ? readdirSync(GOLDEN) : []) {
  it(`draws the line chart "${name}" like its golden image`, async () => {
    const input = JSON.parse(readFileSync(join(GOLDEN, name, 'input.json'), 'utf8')) as CaseInput;
    const { page, log } = await recordedPage(ctx.browser, { width: input.width + 40, height: 600 });
    await page.goto(ctx.server.url + BUNDLE_ONLY);
    await page.waitForFunction(() => customElements.get('atlas-line-chart') !== undefined);
    await page.evaluate(
      async ({ props, width }) => {
        document.body.innerHTML = '';
        document.body.style.cssText = 'margin:0;padding:20px;background:#fff';
        const el = document.createElement('atlas-line-chart');
        el.style.cssText = `display:block;width:${width}px`;
        Object.assign(el, props);
        document.body.append(el);
        await el.updateComplete;
      },
      { props: chartProps(input), width: input.width },
    );
    const png = await page.locator('atlas-line-chart').screenshot({ animations: 'disabled' });
    const expectedFile = join(GOLDEN, name, 'expected.png');
    if (process.env.UPDATE === '1') writeFileSync(expectedFile, png);
    if (!existsSync(expectedFile)) throw new Error(`no ${expectedFile}: look at the chart, then run with UPDATE=1`);
    const diff = await page.evaluate(
      async ({ a, b, tol }) => {
        const decode = async (b64: string) => {
          const bmp = await createImageBitmap(await (await fetch(`data:image/png;base64,${b64}`)).blob());
          const c = new OffscreenCanvas(bmp.width, bmp.height).getContext('2d')!;
          c.drawImage(bmp, 0, 0);
          return c.getImageData(0, 0, bmp.width, bmp.height);
        };
        const [x, y] = await Promise.all([decode(a), decode(b)]);
        if (x.width !== y.width || x.height !== y.height) return { size: `${x.width}×${x.height} vs ${y.width}×${y.height}`, share: 1 };
        let differing = 0;
        for (let i = 0; i < x.data.length; i += 4) {
          const d = Math.max(...[0, 1, 2].map((k) => Math.abs(x.data[i + k] - y.data[i + k])));
          if (d > tol) differing++;
        }
        return { size: '', share: differing / (x.width * x.height) };
      },
      { a: png.toString('base64'), b: readFileSync(expectedFile).toString('base64'), tol: CHANNEL_TOLERANCE },
    );
    expect(diff.size).toBe('');
    expect(diff.share).toBeLessThanOrEqual(MAX_DIFF_SHARE);
    expect(log.errors).toEqual([]);
    await releasePage(page);
  });
}
