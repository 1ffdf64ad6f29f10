import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vitest/config';
import { VitePWA } from 'vite-plugin-pwa';
import { offlineZip, OFFLINE_ZIP } from './scripts/offline-zip.ts';

/** The script embed's fixed address inside dist/ (docs/embed.md gives it to journalists). */
const EMBED_BUNDLE = 'embed/poverty-atlas.js';
/** The iframe embed's host-side listener ships as a plain script (no module, no hash): docs/embed.md. */
const HOST_SCRIPT = 'embed/iframe-resize.js';

/** Under `vite` (dev) the embed address serves the source entry, so embed-demo.html works there too. */
const embedInDev: Plugin = {
  name: 'atlas-embed-dev',
  configureServer(server) {
    server.middlewares.use((req, _res, next) => {
      if (req.url?.startsWith(`/${EMBED_BUNDLE}`)) req.url = '/src/index.ts';
      if (req.url?.startsWith(`/${HOST_SCRIPT}`)) req.url = `/src/${HOST_SCRIPT}`;
      next();
    });
  },
};

const hostScript: Plugin = {
  name: 'atlas-embed-host-script',
  generateBundle() {
    this.emitFile({ type: 'asset', fileName: HOST_SCRIPT, source: readFileSync(resolve(import.meta.dirname, 'src', HOST_SCRIPT), 'utf8') });
  },
};

// One config for the app build and the tests. Relative `base` lets `dist/`
// work from any static host and any sub-path.
// One build writes the page (index.html), the iframe embed (embed.html), the
// demo (embed-demo.html) and the script embed (embed/poverty-atlas.js): the
// pages import the embed bundle, so the atlas's code ships once.
export default defineConfig({
  base: './',
  plugins: [
    embedInDev,
    hostScript,
    // Offline classroom use (src/offline/register-offline.ts): a workbox
    // service worker precaching the build, data and stories by content hash.
    VitePWA({
      injectRegister: false,
      manifest: false,
      strategies: 'injectManifest',
      srcDir: 'src/offline',
      filename: 'sw.ts',
      injectManifest: {
        globPatterns: ['**/*.{html,js,css,json,md,svg,png,webp,txt}'],
        globIgnores: [OFFLINE_ZIP, 'embed-demo.html', 'sw.js'],
        // counties.topo.json and MapLibre's chunk are larger than workbox's 2 MiB default.
        maximumFileSizeToCacheInBytes: 8 * 1024 * 1024,
      },
    }),
    offlineZip(),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
    chunkSizeWarningLimit: 1200,
    // Every browser that runs the atlas knows modulepreload: no polyfill file to fetch.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        index: resolve(import.meta.dirname, 'index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
        'embed-demo': resolve(import.meta.dirname, 'embed-demo.html'),
        'poverty-atlas': resolve(import.meta.dirname, 'src/index.ts'),
      },
      // The embed bundle keeps its exports and may carry what the pages share.
      preserveEntrySignatures: 'allow-extension',
      output: {
        entryFileNames: (chunk) => (chunk.name === 'poverty-atlas' ? EMBED_BUNDLE : 'assets/[name]-[hash].js'),
        // MapLibre's worker arrives as an `.mjs` asset; some static hosts serve
        // `.mjs` as application/octet-stream, which stops a module worker from
        // loading. Ship it as `.js`, which every host types as JavaScript.
        assetFileNames: (asset) =>
          asset.names.some((n) => n.endsWith('.mjs')) ? 'assets/[name]-[hash].js' : 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: { host: '127.0.0.1' },
  // Tests: vitest.config.ts (vitest reads it instead of this file).
});
