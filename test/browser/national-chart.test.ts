/**
 * <atlas-national-chart> on its own page, as a reader and a screen-reader
 * user meet it: three labelled lines per measure with one marker per figure
 * in series.json, the six milestones, seed 003's misprinted 2013 figure only
 * in the flagged notes, figures read out from the keyboard, and the table
 * alternative. Expected values come from public/data/series.json.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SeriesFile } from '../../src/data/schema';
import { BUNDLE_ONLY, DATA_DIR, SLOW, recordedPage, releasePage, sharedBrowser } from './atlas-page';
import { ROOT } from './serve-dist';

const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations on the page, as "rule: target" lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type AxeResult = { violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> };
    const axe = (window as unknown as { axe: { run(ctx: Document, o: object): Promise<AxeResult> } }).axe;
    const r = await axe.run(document, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}

const SERIES = JSON.parse(readFileSync(join(DATA_DIR, 'series.json'), 'utf8')) as SeriesFile;
const rows = (id: string) => SERIES.values[id].CN;

const ctx = sharedBrowser();

async function openChart(lang: 'zh' | 'en', width = 1280): Promise<Page> {
  const { page } = await recordedPage(ctx.browser, { width, height: 900 });
  await page.goto(`${ctx.server.url}${BUNDLE_ONLY}`);
  await page.evaluate((lang) => {
    const el = document.createElement('atlas-national-chart');
    el.lang = lang;
    document.body.append(el);
  }, lang);
  await page.locator('atlas-national-chart svg.chart').first().waitFor({ timeout: SLOW });
  return page;
}

describe('<atlas-national-chart>', () => {
  it('draws each standard as its own labelled line, one marker per published figure, never joined to another', async () => {
    const page = await openChart('en');
    const plots = page.locator('atlas-national-chart svg.chart');
    expect(await plots.count()).toBe(2);
    const counts = await plots.first().evaluate((svg) =>
      ['1978std', '2008std', '2010std'].map((s) => {
        const g = svg.querySelector(`g.s${s}`)!;
        return { label: g.querySelector('text.label')?.textContent, markers: g.querySelectorAll('circle, rect, path:not(.seg)').length };
      }),
    );
    expect(counts).toEqual([
      { label: '1978 standard', markers: rows('rural_poor_pop_1978std').length },
      { label: '2008 standard', markers: rows('rural_poor_pop_2008std').length },
      { label: '2010 standard (current)', markers: rows('rural_poor_pop_2010std').length },
    ]);
    const milestones = await page.locator('atlas-national-chart ol.milestones b').allTextContents();
    expect(milestones).toEqual(['1986', '1994', '2001', '2011', '2013', '2020']);
    await releasePage(page);
  });

  it('shows seed 003’s 2013 figure as a flagged note, and the table has the NBS-consistent 82.49 million, not 92.49', async () => {
    const page = await openChart('en');
    const notes = await page.locator('atlas-national-chart .notes').textContent();
    expect(notes).toContain('92.49 million');
    await page.locator('atlas-national-chart').getByRole('button', { name: 'Table' }).click();
    const row = page.locator('atlas-national-chart table tr', { has: page.locator('th', { hasText: /^2013$/ }) });
    const cells = await row.locator('td').allTextContents();
    expect(cells).toContain('82.49');
    expect(cells).not.toContain('92.49');
    await releasePage(page);
  });

  it('reads a figure out from the keyboard: End on the population plot gives the 2010 standard’s last year with its source', async () => {
    const page = await openChart('zh');
    await page.locator('atlas-national-chart svg.chart').first().focus();
    await page.keyboard.press('End');
    const [year, value] = rows('rural_poor_pop_2010std').at(-1)!;
    const live = page.locator('atlas-national-chart [aria-live]');
    await expect.poll(() => live.textContent()).toContain(`2010年标准（现行），${year}年：${value}万人`);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => live.textContent()).toContain('2008年标准');
    await releasePage(page);
  });

  it('has no serious or critical axe-core violation, as a chart or as a table, in a 375 px wide phone', async () => {
    const page = await openChart('zh', 375);
    expect(await seriousViolations(page)).toEqual([]);
    await page.locator('atlas-national-chart').getByRole('button', { name: '表格' }).click();
    expect(await seriousViolations(page)).toEqual([]);
    await releasePage(page);
  });
});
