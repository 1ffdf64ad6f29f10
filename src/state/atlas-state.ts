/**
 * The atlas state: everything a reader sees, so a link, an embed's
 * attributes or a story step can restore it exactly. Serialisable (plain
 * JSON). One field list (`FIELDS`) says, per field, how a raw value is
 * checked, what it falls back to and how it is written; attributes, the URL
 * and `restore()` all go through it.
 */
import type { Lang } from '../data/schema';

export type ViewId = 'areas' | 'sichuan' | 'counties';
export type Tab = 'map' | 'table' | 'sources';
/** Centre and zoom of the map; null in the state means "fitted to the view". */
export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}
/** Legend bin pointed at (index), its "no data" swatch, or nothing. */
export type Highlight = number | 'nodata' | null;
/** Table sort: a column key and direction; null is the table's own default. */
export interface TableSort {
  key: string;
  dir: 'asc' | 'desc';
}

export interface AtlasState {
  view: ViewId;
  /** Indicator id (IndicatorDef.id) shown on the map. */
  indicator: string;
  /** Selected year; 0 for a timeless indicator (it keeps no year). */
  year: number;
  lang: Lang;
  /** Selected entity id (detail panel open), or null. */
  selected: string | null;
  tab: Tab;
  /** null: fitted to the view. */
  camera: Camera | null;
  highlight: Highlight;
  sort: TableSort | null;
  /** Up to MAX_PINNED region ids of the view, compared side by side. */
  pinned: string[];
  /** The table's second year (a change column), or null. */
  year2: number | null;
  /** In the counties view: the area drilled into (outlined and zoomed), or null. */
  area: string | null;
}

export type Field = keyof AtlasState;

export const VIEWS: readonly ViewId[] = ['areas', 'sichuan', 'counties'];
export const LANGS: readonly Lang[] = ['zh', 'en'];
export const TABS: readonly Tab[] = ['map', 'table', 'sources'];
export const MAX_PINNED = 4;

/** State as it arrives from attributes, properties or the URL: unchecked. */
export type RawState = Partial<Record<Field, unknown>>;

/** What the data says is valid; built from the loaded files (see view-catalog.ts). */
export interface Catalog {
  /** Indicator ids shown in a view, best-covered first. */
  indicatorIds(view: ViewId): string[];
  /** The indicator a view opens on. */
  defaultIndicator(view: ViewId): string;
  /** The timeline's years for an indicator ([] for timeless ones). */
  yearRange(indicator: string): number[];
  /** The year an indicator opens on (its best-covered year; 0 for timeless ones). */
  defaultYear(view: ViewId, indicator: string): number;
  /** Whether any region of the view has a value of the indicator in that year. */
  hasValues(view: ViewId, indicator: string, year: number): boolean;
  /** Whether an entity id can be selected in a view. */
  isEntity(view: ViewId, id: string): boolean;
  /**
   * True while a view's own data is still loading (the counties' geometry):
   * its data fields are then kept as asked and checked when it arrives.
   */
  pending?(view: ViewId): boolean;
}

/** The state before any data has loaded. */
export const DEFAULT_VIEW: ViewId = 'areas';
export const DEFAULT_LANG: Lang = 'zh';

/** A field's value refused, with why (shown in the warning). */
export class InvalidValue extends Error {}

/** What a field's check can see: the catalog and the fields resolved before it. */
interface Ctx {
  catalog: Catalog;
  s: AtlasState;
}

interface FieldSpec<K extends Field> {
  /** Checks a raw value (text from a URL or attribute, or a typed property value); throws InvalidValue. */
  parse(v: unknown, ctx: Ctx): AtlasState[K];
  /** The value when none (or an invalid one) was given. */
  fallback(ctx: Ctx): AtlasState[K];
  /** The value as URL / attribute text. */
  format(v: AtlasState[K]): string;
  /** Checking needs the data (catalog): kept as asked until it has loaded. */
  data: boolean;
}

/** What a field is before the data can check it (also what the URL leaves out). */
export const EMPTY_STATE: AtlasState = {
  view: DEFAULT_VIEW,
  indicator: '',
  year: 0,
  lang: DEFAULT_LANG,
  selected: null,
  tab: 'map',
  camera: null,
  highlight: null,
  sort: null,
  pinned: [],
  year2: null,
  area: null,
};

const fail = (why: string): never => {
  throw new InvalidValue(why);
};

function oneOf<T extends string>(options: readonly T[]) {
  return (v: unknown): T => (typeof v === 'string' && (options as readonly string[]).includes(v.trim()) ? (v.trim() as T) : fail(`not one of ${options.join(', ')}`));
}

/** A four-digit year, as a number or text. */
export function parseYear(v: unknown): number {
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{4}\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 1000 && n <= 9999 ? n : fail('not a four-digit year');
}

/** A year the state's indicator has on its timeline. */
function indicatorYear(v: unknown, { catalog, s }: Ctx): number {
  const range = catalog.yearRange(s.indicator);
  if (range.length === 0) fail(`${s.indicator || 'the indicator'} has no years`);
  const y = parseYear(v);
  return range.includes(y) ? y : fail(`not a year of ${s.indicator} (${range[0]}–${range[range.length - 1]})`);
}

/** Text of a region id (ids are short codes such as 510100 or liupan). */
function idText(v: unknown): string {
  return typeof v === 'string' && /^[\w-]{1,40}$/.test(v.trim()) ? v.trim() : fail('not a region id');
}

/** Rounded to `digits` decimals (and never -0, which a URL cannot tell from 0). */
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits || 0;

/** `lng,lat,zoom` text or a `{lng, lat, zoom}` object; rounded to ~10 m and 1/100 zoom level. */
export function parseCamera(v: unknown): Camera {
  let parts: unknown[];
  if (typeof v === 'string') parts = v.split(',').map((x) => (/^\s*-?\d+(\.\d+)?\s*$/.test(x) ? Number(x) : NaN));
  else if (typeof v === 'object' && v !== null) {
    const o = v as Record<string, unknown>;
    parts = [o.lng, o.lat, o.zoom];
  } else parts = [];
  const [lng, lat, zoom] = parts;
  const ok = parts.length === 3 && [lng, lat, zoom].every((n) => typeof n === 'number' && Number.isFinite(n));
  if (!ok) fail('expected lng,lat,zoom');
  const c = { lng: round(lng as number, 4), lat: round(lat as number, 4), zoom: round(zoom as number, 2) };
  if (Math.abs(c.lng) > 180 || Math.abs(c.lat) > 85 || c.zoom < 0 || c.zoom > 22) fail('outside lng ±180, lat ±85, zoom 0–22');
  return c;
}

function parseHighlight(v: unknown): Highlight {
  if (v === 'nodata') return 'nodata';
  const n = typeof v === 'number' ? v : typeof v === 'string' && /^\s*\d{1,2}\s*$/.test(v) ? Number(v) : NaN;
  return Number.isInteger(n) && n >= 0 && n < 64 ? n : fail('expected a legend bin number or nodata');
}

const SORT_KEY = /^[a-z][a-z0-9_]{0,31}$/i;

/** `value` (ascending) or `-value` (descending), or `{key, dir}`. */
function parseSort(v: unknown): TableSort {
  if (typeof v === 'string') {
    const m = /^\s*(-?)([a-z][a-z0-9_]{0,31})\s*$/i.exec(v);
    return m ? { key: m[2], dir: m[1] ? 'desc' : 'asc' } : fail('expected a column key, "-" before it for descending');
  }
  const o = (typeof v === 'object' && v !== null ? v : {}) as Record<string, unknown>;
  const ok = typeof o.key === 'string' && SORT_KEY.test(o.key) && (o.dir === 'asc' || o.dir === 'desc');
  return ok ? { key: o.key as string, dir: o.dir as 'asc' | 'desc' } : fail('expected {key, dir: asc|desc}');
}

function parsePinned(v: unknown, { catalog, s }: Ctx): string[] {
  const list = typeof v === 'string' ? v.split(',') : Array.isArray(v) ? [...(v as unknown[])] : fail('expected region ids separated by commas');
  const ids = list.map(idText);
  if (ids.length > MAX_PINNED) fail(`more than ${MAX_PINNED} regions`);
  if (new Set(ids).size !== ids.length) fail('a region twice');
  const bad = ids.find((id) => !catalog.isEntity(s.view, id));
  return bad === undefined ? ids : fail(`${bad} is not a region of the ${s.view} view`);
}

const text = (v: string | null) => v ?? '';

/** The one field list: order matters (a field may depend on those before it). */
export const FIELDS: { [K in Field]: FieldSpec<K> } = {
  view: { parse: oneOf(VIEWS), fallback: () => DEFAULT_VIEW, format: String, data: false },
  indicator: {
    parse: (v, { catalog, s }) => (typeof v === 'string' && catalog.indicatorIds(s.view).includes(v.trim()) ? v.trim() : fail(`not an indicator of the ${s.view} view`)),
    fallback: ({ catalog, s }) => catalog.defaultIndicator(s.view),
    format: String,
    data: true,
  },
  year: {
    parse: indicatorYear,
    fallback: ({ catalog, s }) => (catalog.yearRange(s.indicator).length ? catalog.defaultYear(s.view, s.indicator) : 0),
    format: (y) => (y ? String(y) : ''),
    data: true,
  },
  lang: { parse: oneOf(LANGS), fallback: () => DEFAULT_LANG, format: String, data: false },
  selected: {
    parse: (v, { catalog, s }) => {
      const id = idText(v);
      return catalog.isEntity(s.view, id) ? id : fail(`not a region of the ${s.view} view`);
    },
    fallback: () => null,
    format: text,
    data: true,
  },
  tab: { parse: oneOf(TABS), fallback: () => 'map', format: String, data: false },
  camera: { parse: parseCamera, fallback: () => null, format: (c) => (c ? `${c.lng},${c.lat},${c.zoom}` : ''), data: false },
  highlight: { parse: parseHighlight, fallback: () => null, format: (h) => (h === null ? '' : String(h)), data: false },
  sort: { parse: parseSort, fallback: () => null, format: (o) => (o ? `${o.dir === 'desc' ? '-' : ''}${o.key}` : ''), data: false },
  pinned: { parse: parsePinned, fallback: () => [], format: (ids) => ids.join(','), data: true },
  year2: { parse: indicatorYear, fallback: () => null, format: (y) => (y ? String(y) : ''), data: true },
  area: {
    parse: (v, { catalog, s }) => {
      if (s.view !== 'counties') fail('only in the counties view');
      const id = idText(v);
      return catalog.isEntity('areas', id) ? id : fail('not one of the 14 areas');
    },
    fallback: () => null,
    format: text,
    data: true,
  },
};

export const FIELD_NAMES = Object.keys(FIELDS) as Field[];

/** A catalog that knows nothing: what a data field falls back to before the data has loaded. */
const NO_DATA: Catalog = {
  indicatorIds: () => [],
  defaultIndicator: () => '',
  yearRange: () => [],
  defaultYear: () => 0,
  hasValues: () => false,
  isEntity: () => false,
};

/**
 * What each field of `s` would be if it were left out, given the fields
 * before it (the same `fallback` as `resolveState`): for indicator, the
 * view's default; for year, the default of `s`'s view and indicator. Without
 * a catalog the data fields default to their empty value.
 */
export function defaultsFor(s: AtlasState, catalog: Catalog | null): AtlasState {
  const ctx: Ctx = { catalog: catalog ?? NO_DATA, s };
  const out = { ...s } as Record<Field, unknown>;
  for (const field of FIELD_NAMES) out[field] = (FIELDS[field] as FieldSpec<Field>).fallback(ctx);
  return out as unknown as AtlasState;
}

/** The field as attribute / URL text; '' for its empty value (then left out). */
export function formatField<K extends Field>(field: K, value: AtlasState[K]): string {
  return FIELDS[field].format(value);
}

/**
 * A value as a warning shows it: never throws (objects without a prototype,
 * throwing toString, cycles) and is cut at `max` characters.
 */
export function shownValue(v: unknown, max = 80): string {
  let s: string;
  try {
    if (typeof v === 'string') s = JSON.stringify(v).slice(1, -1);
    else if (typeof v === 'function') s = '(a function)';
    else if (typeof v === 'symbol' || typeof v === 'bigint') s = v.toString();
    else if (typeof v === 'object' && v !== null) s = JSON.stringify(v) ?? Object.prototype.toString.call(v);
    else s = String(v);
  } catch {
    try {
      s = Object.prototype.toString.call(v);
    } catch {
      s = '(an unprintable value)';
    }
  }
  return s.length > max ? `${s.slice(0, max)}… (${s.length} characters)` : s;
}

/** `catalog` with its `pending` replaced (the loader says which view still waits for its data). */
export function withPending(catalog: Catalog, pending: (view: ViewId) => boolean): Catalog {
  return {
    indicatorIds: (v) => catalog.indicatorIds(v),
    defaultIndicator: (v) => catalog.defaultIndicator(v),
    yearRange: (i) => catalog.yearRange(i),
    defaultYear: (v, i) => catalog.defaultYear(v, i),
    hasValues: (v, i, y) => catalog.hasValues(v, i, y),
    isEntity: (v, id) => catalog.isEntity(v, id),
    pending,
  };
}

/** Whether the data can check the data fields of `view` (loaded, and the view's own part too). */
export function canCheck(catalog: Catalog | null, view: ViewId): catalog is Catalog {
  return !!catalog && !catalog.pending?.(view);
}

/**
 * Turns raw input into a valid state. Every invalid field calls `warn` once
 * with `poverty-atlas: invalid <field>: <value> (<why>; using <fallback>)`
 * and falls back. Never throws. Data fields that cannot be checked yet
 * (no catalog, or the view's data pending) get their empty value.
 */
export function resolveState(raw: RawState, catalog: Catalog | null, warn: (message: string, field: Field) => void): AtlasState {
  const s: AtlasState = { ...EMPTY_STATE };
  for (const field of FIELD_NAMES) {
    const spec = FIELDS[field] as FieldSpec<Field>;
    const checkable = !spec.data || canCheck(catalog, s.view);
    if (!checkable) continue;
    const ctx: Ctx = { catalog: catalog ?? NO_DATA, s };
    const v = raw[field];
    let value: AtlasState[Field];
    if (v === undefined || v === null || v === '') value = spec.fallback(ctx);
    else {
      try {
        value = spec.parse(v, ctx);
      } catch (e) {
        value = spec.fallback(ctx);
        const why = e instanceof InvalidValue ? e.message : 'could not be read';
        const using = spec.format(value) || 'none';
        warn(`poverty-atlas: invalid ${field}: ${shownValue(v)} (${why}; using ${using})`, field);
      }
    }
    (s as unknown as Record<Field, unknown>)[field] = value;
  }
  return s;
}

/** Two states are the same (field by field, deep for camera, sort and pinned). */
export function sameState(a: AtlasState, b: AtlasState): boolean {
  return FIELD_NAMES.every((f) => formatField(f, a[f] as never) === formatField(f, b[f] as never));
}
