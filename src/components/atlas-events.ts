/**
 * The `atlas-*` events the elements send, typed in one place. All bubble and
 * are composed (they cross shadow roots up to <poverty-atlas>).
 */
import type { Lang } from '../data/schema';
import type { AtlasState, TableSort, ViewId } from '../state/atlas-state';
import type { Speed, TimelineAction } from '../state/timeline-controller';

export interface AtlasEventDetail {
  'atlas-change': AtlasState;
  'atlas-lang': { lang: Lang };
  'atlas-view': { view: ViewId };
  'atlas-indicator': { id: string };
  'atlas-year': { year: number };
  'atlas-timeline': { action: TimelineAction };
  'atlas-speed': { speed: Speed };
  /** `via: 'keyboard'` when Enter chose it (focus then moves into the panel). */
  'atlas-select': { id: string; via?: 'keyboard' | 'pointer' };
  'atlas-hover': { id: string | null; x: number; y: number };
  /** Keyboard focus moved; x, y: the region's label point on screen (for a tooltip). */
  'atlas-focus-region': { id: string | null; x?: number; y?: number };
  'atlas-close': undefined;
  /** The reader panned or zoomed the map; null: back to the fitted view (reset). */
  'atlas-camera': { lng: number; lat: number; zoom: number } | null;
  /** The map's renderer is ready; `fallback` when SVG stands in for a missing WebGL. */
  'atlas-renderer': { kind: 'maplibre' | 'svg'; fallback: boolean };
  /** Pointer over a legend bin (index), its "no data" swatch, or off the legend (null). */
  'atlas-legend-hover': { bin: number | 'nodata' | null };
  /** The table's sort changed (null: its default, value descending). */
  'atlas-sort': { sort: TableSort | null };
  /** Any other change a reader made, as state fields (checked like every UI change). */
  'atlas-state': Partial<AtlasState>;
  /** Go to a place: a view, the region to select there (null: none) and, in the counties view, the area drilled into. */
  'atlas-navigate': { view: ViewId; selected: string | null; area?: string | null };
  /** Pin a region for comparison (pinned: true) or unpin it. */
  'atlas-pin': { id: string; pinned: boolean };
  /** The table's second year, or null for none. */
  'atlas-year2': { year: number | null };
}

export type AtlasEventName = keyof AtlasEventDetail;

/** Sends an `atlas-*` event from `el` (bubbles, composed). */
export function fire<K extends AtlasEventName>(el: EventTarget, name: K, detail: AtlasEventDetail[K]): void {
  el.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
}
