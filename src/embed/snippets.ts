/**
 * What the Share dialog hands out for the state shown: a link to the full
 * atlas, and the two embed snippets (iframe, script) that reproduce the same
 * view in another page. The state travels in the atlas's own URL format
 * (src/state/url-state.ts), as a hash for the link, as the iframe's query,
 * and as attributes (one per field, written as in the URL) for the script.
 */
import type { AtlasState } from '../state/atlas-state';
import { serializeUrlState } from '../state/url-state';
import type { ControlsMode } from './embed-layout';

const escapeAttr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The state's URL parameters without the version (`view=…&year=…`), in field order. */
function stateParams(state: AtlasState): URLSearchParams {
  return new URLSearchParams(serializeUrlState(state).slice(1));
}

/** The full atlas at this state: `<root>#v=1&view=…`. */
export function shareLink(state: AtlasState, root: string): string {
  return new URL(serializeUrlState(state), root).href;
}

/** embed.html at this state with the chosen controls. */
export function embedUrl(state: AtlasState, controls: ControlsMode, root: string): string {
  const params = stateParams(state);
  if (controls !== 'full') params.set('controls', controls);
  return new URL(`embed.html?${params}`, root).href;
}

/** A first height for the iframe before it reports its own, px. */
export function iframeStartHeight(controls: ControlsMode): number {
  return controls === 'full' ? 640 : controls === 'minimal' ? 560 : 460;
}

/** The iframe and the host's resize script (two lines; the script once per page). */
export function iframeSnippet(state: AtlasState, controls: ControlsMode, root: string, title: string): string {
  return [
    `<iframe src="${escapeAttr(embedUrl(state, controls, root))}" title="${escapeAttr(title)}" width="100%" height="${iframeStartHeight(controls)}" frameborder="0" loading="lazy"></iframe>`,
    `<script src="${escapeAttr(new URL('embed/iframe-resize.js', root).href)}" async></script>`,
  ].join('\n');
}

/** The module script (once per page) and the element with one attribute per state field. */
export function scriptSnippet(state: AtlasState, controls: ControlsMode, root: string): string {
  const params = stateParams(state);
  params.delete('v');
  const attrs = [...params].map(([k, v]) => ` ${k}="${escapeAttr(v)}"`).join('');
  const controlsAttr = controls === 'full' ? '' : ` controls="${controls}"`;
  return [
    `<script type="module" src="${escapeAttr(new URL('embed/poverty-atlas.js', root).href)}"></script>`,
    `<poverty-atlas${attrs}${controlsAttr}></poverty-atlas>`,
  ].join('\n');
}
