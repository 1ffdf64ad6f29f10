/**
 * Vitest globalSetup of the `browser` project: checks that there is a
 * Chromium to drive, and tells the test files (`sharedChromium`) that they
 * run in the project's one worker, where `launchBrowser()` (atlas-page.ts)
 * launches one Chromium for the whole run, on first use, in that worker.
 * Outside the project (e.g. a script importing atlas-page.ts) each caller
 * launches its own.
 */
import type { TestProject } from 'vitest/node';
import { chromiumPath } from '../../scripts/chromium-path.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    sharedChromium: boolean;
  }
}

export default function setup(project: TestProject): void {
  if (!chromiumPath()) throw new Error('no Chromium: install the `chromium-headless-shell` or `chromium` package or set CHROMIUM_PATH');
  project.provide('sharedChromium', true);
}
