/**
 * Where the atlas's own files (data/, the map worker) live: next to the
 * script, not next to the page that embeds it. The built code sits one folder
 * below the site root (embed/poverty-atlas.js, assets/*.js), so the root is
 * `../` from `import.meta.url`; under the dev server the source module is
 * src/embed/asset-base.ts, two folders down. A page at any address (a news
 * article in another folder, a sub-path without its trailing slash) then
 * still finds data/series.json beside the script.
 */
export function atlasRoot(): string {
  return new URL(import.meta.env.DEV ? '../../' : '../', import.meta.url).href;
}

/**
 * The folder the data files are relative to: the `data-base` attribute
 * (resolved against the page, as a journalist would write it) or the atlas
 * root. Always ends in a slash. Throws a TypeError for an unparsable URL.
 */
export function dataBase(attr: string | null, pageBase: string = document.baseURI): string {
  const base = attr === null ? atlasRoot() : new URL(attr, pageBase).href;
  return base.endsWith('/') ? base : `${base}/`;
}
