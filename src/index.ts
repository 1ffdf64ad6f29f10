/**
 * Entry for embeds: importing it registers <poverty-atlas> (and the elements
 * it is made of) and exports the class and its types.
 */
export { PovertyAtlas, type IndicatorSummary } from './components/poverty-atlas';
export type { AtlasState, ViewId } from './state/atlas-state';
