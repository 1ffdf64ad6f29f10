/**
 * The browser tests' and the bench's Chromium flags keep Playwright's own
 * --disable-features (Chromium honours only the last such flag, and ours
 * adds the omnibox popup's WebUI to it): when Playwright is upgraded with a
 * longer list, this names what is missing.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chromiumArgs, DISABLED_FEATURES, PLAYWRIGHT_DISABLED_FEATURES } from '../scripts/chromium-path.mjs';

/** The list playwright-core passes as --disable-features, read from its bundle. */
function installedPlaywrightList(): string[] {
  // Not an exported subpath: found beside the package's manifest.
  const manifest = createRequire(import.meta.url).resolve('playwright-core/package.json');
  const bundle = readFileSync(join(dirname(manifest), 'lib/coreBundle.js'), 'utf8');
  const block = bundle.match(/disabledFeatures = \[([\s\S]*?)\]\.filter/)?.[1];
  if (!block) throw new Error('playwright-core/lib/coreBundle.js: its disabledFeatures list was not found (has Playwright changed?)');
  return [...block.matchAll(/"([A-Za-z0-9]+)"/g)].map((m) => m[1]);
}

describe('Chromium flags', () => {
  it("repeat every feature Playwright disables, in the one --disable-features flag, with ours", () => {
    expect(PLAYWRIGHT_DISABLED_FEATURES).toEqual(installedPlaywrightList());
    const flags = chromiumArgs.filter((a) => a.startsWith('--disable-features='));
    expect(flags).toHaveLength(1);
    expect(flags[0].slice('--disable-features='.length).split(',')).toEqual([...PLAYWRIGHT_DISABLED_FEATURES, ...DISABLED_FEATURES]);
  });
});
