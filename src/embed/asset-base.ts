/**
 * Where the atlas's own files (data/, the map worker) live: next to the
 * script, not next to the page that embeds it. The built code sits one folder
 * below the site root (embed/poverty-atlas.js, assets/*.js), so the root is
 * `../` from `import.meta.url`; under the dev server the source module is
 * src/embed/asset-base.ts, two folders down. A page at any address (a news
 * article in another folder, a sub-path without its trailing slash) then
 * still finds data/series.json beside the script. `data-base` overrides it
 * (resolved against the page; see state/data-store.ts `dataBase`).
 */
export function atlasRoot(): string {
  return new URL(import.meta.env.DEV ? '../../' : '../', import.meta.url).href;
}
