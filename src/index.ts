/**
 * Entry for embeds: importing it registers <poverty-atlas> (and the elements
 * it is made of) and exports the class, its state type and the URL-state
 * helpers (a story step is an AtlasState: `atlas.restore(step)`).
 */
export { PovertyAtlas, type IndicatorSummary } from './components/poverty-atlas';
export type { AtlasState, ViewId } from './state/atlas-state';
export { parseUrlState, serializeUrlState } from './state/url-state';
