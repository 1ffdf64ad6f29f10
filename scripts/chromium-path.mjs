// Where the browser tests find Chromium: $CHROMIUM_PATH, else Debian's packages.
import { existsSync } from 'node:fs';

/**
 * The browser to drive: $CHROMIUM_PATH; else Debian's `chromium-headless-shell`
 * (the old headless build, made for automation: no browser UI, ~20 % less
 * CPU per page load than the full browser in headless mode, 0.85 vs 1.07
 * core-s), else the full `chromium`. `full` skips the shell: the benchmark
 * times the browser readers use.
 * @param {{ full?: boolean }} [options]
 * @returns {string | null}
 */
export function chromiumPath({ full = false } = {}) {
  const candidates = [process.env.CHROMIUM_PATH, ...(full ? [] : ['/usr/bin/chromium-headless-shell']), '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((p) => p && existsSync(p)) ?? null;
}

/**
 * Headless Chromium opens the address bar's popup (two chrome://omnibox-popup.top-chrome WebUI
 * pages, built with Lit) for every window, i.e. every test page and every bench visit: ~0.35 s of
 * CPU each in a renderer of its own, competing with the page being tested or timed.
 */
export const DISABLED_FEATURES = ['WebUIOmniboxPopup', 'WebUIOmniboxAimPopup'];
/**
 * Playwright's own --disable-features list (playwright-core 1.65, chromiumSwitches). Chromium keeps
 * only the last --disable-features it is given, so ours repeats it (test/chromium-args.test.ts
 * checks it against the installed Playwright).
 */
export const PLAYWRIGHT_DISABLED_FEATURES = [
  'AvoidUnnecessaryBeforeUnloadCheckSync',
  'DestroyProfileOnBrowserClose',
  'HttpsUpgrades',
  'HttpsFirstBalancedModeAutoEnable',
  'LensOverlay',
  'MediaRouter',
  'PaintHolding',
  'ThirdPartyStoragePartitioning',
  'AvoidCorsURLLoaderRestartOnRedirect',
  'TcpPortRandomizationWin',
  'OptimizationHints',
  'NetworkTimeServiceQuerying',
  'AimEnabled',
  'PreconnectToSearch',
  'msForceBrowserSignIn',
  'msEdgeUpdateLaunchServicesPreferredVersion',
];

/** Flags that let MapLibre render in software and keep Chromium off the network. */
export const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
  `--disable-features=${[...PLAYWRIGHT_DISABLED_FEATURES, ...DISABLED_FEATURES].join(',')}`,
];
