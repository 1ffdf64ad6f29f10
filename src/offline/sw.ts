/**
 * The service worker (built by vite-plugin-pwa's injectManifest): precache
 * every file of the build by content hash, serve them from the cache, and
 * drop caches of older builds. `self.__WB_MANIFEST` is the list the build
 * writes in; nothing here requests anything outside the site.
 */
import { clientsClaim } from 'workbox-core';
import { cleanupOutdatedCaches, precacheAndRoute, type PrecacheEntry } from 'workbox-precaching';

declare const self: { __WB_MANIFEST: (string | PrecacheEntry)[]; skipWaiting(): Promise<void> };

cleanupOutdatedCaches();
// Pages opened with options (`embed.html?view=sichuan`) are the same file.
precacheAndRoute(self.__WB_MANIFEST, { ignoreURLParametersMatching: [/.*/] });
void self.skipWaiting();
clientsClaim();
