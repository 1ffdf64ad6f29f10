/**
 * Vitest globalSetup of the `browser` project: one Chromium for the whole run
 * (a launch costs seconds on a 2-core machine; a page costs more, see
 * atlasPerTest). Test files connect to it through the endpoint provided as
 * `chromiumEndpoint`; without it (e.g. a script importing atlas-page.ts) they
 * launch their own.
 */
import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium-path.mjs';

declare module 'vitest' {
  export interface ProvidedContext {
    chromiumEndpoint: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const executablePath = chromiumPath();
  if (!executablePath) throw new Error('no Chromium: install the `chromium` package or set CHROMIUM_PATH');
  const server = await chromium.launchServer({ executablePath, args: chromiumArgs, timeout: 90_000 });
  project.provide('chromiumEndpoint', server.wsEndpoint());
  return () => server.close();
}
