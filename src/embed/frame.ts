/**
 * The iframe embed (embed.html?view=sichuan&year=2016&lang=en): one atlas
 * sized by its content, its state read from the query string in the atlas's
 * URL format (the five classic fields, or a whole `v=1&…` state as the Share
 * dialog writes it) plus `controls`. It posts its height to the page around
 * it whenever that changes (the detail panel opens, the window narrows) and
 * every state change, with a link to the full atlas at that state; see
 * docs/embed.md for the host's listener.
 */
import '../index';
import type { PovertyAtlas } from '../components/poverty-atlas';
import type { AtlasState } from '../state/atlas-state';
import { parseUrlState } from '../state/url-state';
import { atlasRoot } from './asset-base';
import { CHANGE_MESSAGE, HEIGHT_MESSAGE, type ChangeMessage, type HeightMessage } from './frame-protocol';
import { shareLink } from './snippets';

const query = new URLSearchParams(location.search);
const atlas = document.createElement('poverty-atlas') as PovertyAtlas;
const controls = query.get('controls');
if (controls !== null) atlas.setAttribute('controls', controls.slice(0, 80));
atlas.setAttribute('height', 'auto');
atlas.restore(parseUrlState(location.search.slice(1), (m) => console.warn(m)));
document.body.replaceChildren(atlas);

/** Only a framed page talks to its parent (opened on its own, it says nothing). */
const post = (message: HeightMessage | ChangeMessage) => {
  if (window.parent !== window) window.parent.postMessage(message, '*');
};

let lastHeight = 0;
new ResizeObserver(() => {
  const height = Math.ceil(atlas.getBoundingClientRect().height);
  if (height === lastHeight) return;
  lastHeight = height;
  post({ type: HEIGHT_MESSAGE, height });
}).observe(atlas);

atlas.addEventListener('atlas-change', (e) => {
  const state = (e as CustomEvent<AtlasState>).detail;
  document.documentElement.lang = state.lang === 'en' ? 'en' : 'zh-CN';
  post({ type: CHANGE_MESSAGE, state, link: shareLink(state, atlasRoot()) });
});
