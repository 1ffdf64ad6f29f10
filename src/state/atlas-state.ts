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

export const LANGS: readonly Lang[] = ['zh', 'en'];

/** State as it arrives from attributes, properties or the URL: unchecked. */
export type RawState = Partial<Record<keyof AtlasState, unknown>>;

/** What the data says is valid; built from the loaded files (see view-catalog.ts). */
export interface Catalog {
  /** Indicator ids shown in a view, best-covered first. */
  indicatorIds(view: ViewId): string[];
  /** The indicator a view opens on. */
  defaultIndicator(view: ViewId): string;
  /** The timeline's years for an indicator ([] for timeless ones). */
  yearRange(indicator: string): number[];
  /** The year an indicator opens on (its best-covered year). */
  defaultYear(view: ViewId, indicator: string): number;
  /** Whether any region of the view has a value of the indicator in that year. */
  hasValues(view: ViewId, indicator: string, year: number): boolean;
  /** Whether an entity id can be selected in a view. */
  isEntity(view: ViewId, id: string): boolean;
}

/** The state before any data has loaded: view and language only are known. */
export const DEFAULT_VIEW: ViewId = 'areas';
export const DEFAULT_LANG: Lang = 'zh';

/** Throws `invalid view: x` unless `v` names a view. */
export function parseView(v: unknown): ViewId {
  if (typeof v === 'string' && (VIEWS as readonly string[]).includes(v)) return v as ViewId;
  throw new Error(`invalid view: ${String(v)}`);
}

/** Throws `invalid lang: x` unless `v` is 'zh' or 'en'. */
export function parseLang(v: unknown): Lang {
  if (typeof v === 'string' && (LANGS as readonly string[]).includes(v)) return v as Lang;
  throw new Error(`invalid lang: ${String(v)}`);
}

/** Throws `invalid year: x` unless `v` is a whole number (or a string of one). */
export function parseYear(v: unknown): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\d{4}$/.test(v.trim()) ? Number(v) : NaN;
  if (Number.isInteger(n)) return n;
  throw new Error(`invalid year: ${String(v)}`);
}

/**
 * Turns raw input into a valid state. Every invalid field calls `warn` with
 * `invalid <field>: <value> (using <default>)` and falls back to its default.
 * Without a catalog (data not loaded) indicator is '' and year 0.
 */
export function resolveState(raw: RawState, catalog: Catalog | null, warn: (message: string, field: keyof AtlasState) => void): AtlasState {
  const pick = <T>(field: keyof AtlasState, parse: (v: unknown) => T, fallback: () => T): T => {
    const v = raw[field];
    if (v === undefined || v === null || v === '') return fallback();
    try {
      return parse(v);
    } catch (e) {
      const value = fallback();
      warn(`poverty-atlas: ${(e as Error).message} (using ${String(value)})`, field);
      return value;
    }
  };
  const view = pick('view', parseView, () => DEFAULT_VIEW);
  const lang = pick('lang', parseLang, () => DEFAULT_LANG);
  if (!catalog) return { view, lang, indicator: '', year: 0, selected: null };
  const indicator = pick(
    'indicator',
    (v) => {
      if (typeof v === 'string' && catalog.indicatorIds(view).includes(v)) return v;
      throw new Error(`invalid indicator: ${String(v)}`);
    },
    () => catalog.defaultIndicator(view),
  );
  const range = catalog.yearRange(indicator);
  const year = pick(
    'year',
    (v) => {
      const y = parseYear(v);
      if (range.length === 0 || range.includes(y)) return y;
      throw new Error(`invalid year: ${y}`);
    },
    () => catalog.defaultYear(view, indicator),
  );
  const selected = pick<string | null>(
    'selected',
    (v) => {
      if (typeof v === 'string' && catalog.isEntity(view, v)) return v;
      throw new Error(`invalid selected: ${String(v)}`);
    },
    () => null,
  );
  return { view, lang, indicator, year, selected };
}
