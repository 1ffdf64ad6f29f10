/**
 * Offline classroom use: the stand-alone page registers a service worker that
 * precaches the whole build — code, data (counties included) and stories — so
 * that after one visit the atlas opens with the network off. The worker and
 * its precache list are written by vite-plugin-pwa (workbox) at build time;
 * every entry carries a content hash, so a new build replaces the old cache.
 *
 * Registered after the first view is up (on `load`, then when the browser is
 * idle) so the precache never competes with the first map. Embeds do not call
 * this: a host page's service worker is the host's business.
 */
export function registerOffline(scriptUrl: string): void {
  if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
  const register = () =>
    navigator.serviceWorker.register(scriptUrl).catch((e: unknown) => {
      // No worker (private mode, file://, a host that forbids it): the atlas still works online.
      console.info(`poverty-atlas: offline copy not available (${(e as Error).message ?? String(e)})`);
    });
  const whenIdle = () => ('requestIdleCallback' in window ? requestIdleCallback(() => void register(), { timeout: 5000 }) : setTimeout(register, 2000));
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}
