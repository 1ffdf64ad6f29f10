import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/** Builds the peer pages of `npm run bench` from node_modules into .tmp/bench/site/peers/ (no CDN). */
const here = import.meta.dirname;
export default defineConfig({
  root: resolve(here, 'pages'),
  base: './',
  logLevel: 'warn',
  build: {
    target: 'es2022',
    outDir: resolve(here, '../../.tmp/bench/site/peers'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rollupOptions: {
      input: Object.fromEntries(['echarts', 'd3', 'leaflet'].map((n) => [n, resolve(here, 'pages', `${n}.html`)])),
    },
  },
});
