/**
 * `npm run screenshots`: builds dist/, serves it, and writes PNGs to
 * screenshots/ (gitignored) for people to look at:
 * - every view (areas, sichuan, counties) at 1280×800 and 375×667, zh and en;
 * - the tooltip over Chengdu, an open detail panel (Chengdu, GDP), the data
 *   table and the sources tab (with the membership mix), at both sizes, zh and en.
 * Each shot waits for the map to be idle. Options: `--only areas,panel` to
 * take a subset (names: areas, sichuan, counties, tooltip, panel, table, sources).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { hoverForTooltip, labelPoint, launchBrowser, openTab, recordedPage, waitForAtlas, waitForIdle } from '../test/browser/atlas-page';
import { ROOT, build, serveDist } from '../test/browser/serve-dist';

const OUT = join(ROOT, 'screenshots');
const SIZES = [
  { width: 1280, height: 800 },
  { width: 375, height: 667 },
];
const LANGS = ['zh', 'en'] as const;
const VIEWS = ['areas', 'sichuan', 'counties'] as const;
type Shot = (typeof VIEWS)[number] | 'tooltip' | 'panel' | 'table' | 'sources';

const onlyArg = process.argv.indexOf('--only');
const only = new Set<Shot>(onlyArg > 0 ? (process.argv[onlyArg + 1].split(',') as Shot[]) : [...VIEWS, 'tooltip', 'panel', 'table', 'sources']);

/** Sets properties on the page's atlas and waits for its map to settle. */
async function setState(page: Page, state: Record<string, unknown>): Promise<void> {
  await page.evaluate((s) => Object.assign(document.querySelector('poverty-atlas')!, s), state);
  await page.waitForTimeout(100);
  await waitForIdle(page);
}

async function main(): Promise<void> {
  mkdirSync(OUT, { recursive: true });
  build(); // always: a dist/ left from before would show old data or code
  const server = await serveDist();
  const browser = await launchBrowser();
  const written: string[] = [];
  try {
    for (const size of SIZES) {
      const { page, log } = await recordedPage(browser, size);
      await page.goto(server.url);
      await waitForAtlas(page);
      const tag = `${size.width}x${size.height}`;
      const shoot = async (name: string, fullPage = false, keepPointer = false) => {
        const file = join(OUT, `${name}-${tag}.png`);
        if (!keepPointer) await page.mouse.move(0, 0);
        await page.screenshot({ path: file, fullPage, animations: 'disabled' });
        written.push(file);
      };
      for (const lang of LANGS) {
        for (const view of VIEWS) {
          if (!only.has(view)) continue;
          await setState(page, { lang, view, selected: null });
          await shoot(`${view}-${lang}`);
        }
        if (only.has('tooltip')) {
          await setState(page, { lang, view: 'sichuan', indicator: 'gdp', year: 2016, selected: null });
          await hoverForTooltip(page, labelPoint('510100'));
          await shoot(`tooltip-${lang}`, false, true);
        }
        if (only.has('panel')) {
          await setState(page, { lang, view: 'sichuan', indicator: 'gdp', year: 2016, selected: '510100' });
          await page.locator('atlas-detail-panel').waitFor({ state: 'visible' });
          await shoot(`panel-${lang}`, true);
          await setState(page, { selected: null });
        }
        if (only.has('table')) {
          await setState(page, { lang, view: 'sichuan', indicator: 'gdp', year: 2016 });
          await openTab(page, 'table');
          await shoot(`table-${lang}`, true);
          await openTab(page, 'map');
        }
        if (only.has('sources')) {
          await setState(page, { lang, view: 'counties' });
          await openTab(page, 'sources');
          await shoot(`sources-${lang}`, true);
          await openTab(page, 'map');
        }
      }
      if (log.errors.length) console.warn(`console errors at ${tag}:\n  ${log.errors.join('\n  ')}`);
      await page.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`wrote ${written.length} screenshots to ${OUT}:\n  ${written.map((f) => f.slice(OUT.length + 1)).join('\n  ')}`);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
