/**
 * What the iframe embed (embed.html) tells the page around it, through
 * `postMessage` (docs/embed.md). The host's listener matches the message's
 * `source` to its iframe's `contentWindow`, so one iframe can only resize
 * itself; neither message carries anything the URL does not already show.
 */
import type { AtlasState } from '../state/atlas-state';

/** The iframe's content height changed: `{ type, height }` (CSS px, whole). */
export const HEIGHT_MESSAGE = 'poverty-atlas:height';
/** The reader changed the view: `{ type, state, link }`, link = the full atlas at that state. */
export const CHANGE_MESSAGE = 'atlas-change';

export interface HeightMessage {
  type: typeof HEIGHT_MESSAGE;
  height: number;
}

export interface ChangeMessage {
  type: typeof CHANGE_MESSAGE;
  state: AtlasState;
  link: string;
}
