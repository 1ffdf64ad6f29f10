/**
 * Guarded registration of the atlas's custom elements. A page may load the
 * embed script twice (two articles on one page, a CMS that repeats the
 * snippet): the first copy defines the tags, every later copy keeps them and
 * says so once in the console instead of throwing `NotSupportedError`.
 */

/** Shared by every copy of the bundle on the page, so only one warning is printed in all. */
const WARNED = Symbol.for('poverty-atlas.define-warned');

type Flagged = typeof globalThis & { [WARNED]?: boolean };

/**
 * Defines `tag` as `cls` unless the tag is already taken; then warns once per
 * page and keeps the first definition. Returns whether `cls` was defined.
 */
export function defineOnce(tag: string, cls: CustomElementConstructor, registry: CustomElementRegistry = customElements): boolean {
  const existing = registry.get(tag);
  if (existing === cls) return true;
  if (existing) {
    const g = globalThis as Flagged;
    if (!g[WARNED]) {
      g[WARNED] = true;
      console.warn(`poverty-atlas: <${tag}> is already defined (the atlas script is on this page twice?); the first copy is used.`);
    }
    return false;
  }
  registry.define(tag, cls);
  return true;
}

/** Class decorator: `@defineElement('atlas-map')`, a guarded `@customElement`. */
export const defineElement =
  (tag: string) =>
  (cls: CustomElementConstructor): void => {
    defineOnce(tag, cls);
  };
