/**
 * The atlas state: everything needed to restore a view. Serialisable (plain
 * JSON), so it can live in a URL, an embed's attributes or a story step.
 */
import type { Lang } from '../data/schema';

export type ViewId = 'areas' | 'sichuan' | 'counties';

export interface AtlasState {
  view: ViewId;
  /** Indicator id (IndicatorDef.id) shown on the map. */
  indicator: string;
  /** Selected year. */
  year: number;
  lang: Lang;
  /** Selected entity id (detail panel open), or null. */
  selected: string | null;
}

export const VIEWS: readonly ViewId[] = ['areas', 'sichuan', 'counties'];
