/**
 * The iframe embed (embed.html?view=sichuan&year=2016&lang=en): one atlas
 * sized by its content, its options taken from the query string. It posts
 * its height to the page around it whenever that changes (the detail panel
 * opens, the window narrows) and every state change, with a link to the full
 * atlas at that state; see docs/embed.md for the host's three-line listener.
 */
import '../index';
import type { PovertyAtlas } from '../components/poverty-atlas';
import type { AtlasState } from '../state/atlas-state';
import { serializeUrlState } from '../state/url-state';
import { atlasRoot } from './asset-base';
import { CHANGE_MESSAGE, HEIGHT_MESSAGE, frameAttributes, type ChangeMessage, type HeightMessage } from './frame-protocol';

const atlas = document.createElement('poverty-atlas') as PovertyAtlas;
for (const [name, value] of frameAttributes(location.search)) atlas.setAttribute(name, value);
atlas.setAttribute('height', 'auto');
document.documentElement.lang = atlas.getAttribute('lang') === 'en' ? 'en' : 'zh-CN';
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
  post({ type: CHANGE_MESSAGE, state, link: new URL(serializeUrlState(state), atlasRoot()).href });
});
