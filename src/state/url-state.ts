/**
 * The atlas state in a URL hash: `#v=1&view=sichuan&indicator=gdp&year=2016`.
 * Opt-in per instance (the `url-state` attribute) so embeds do not fight over
 * the page's URL. Fields come from the one field list (atlas-state.ts);
 * a field equal to its default is left out, so `#v=1&view=sichuan` is
 * Sichuan on its default indicator and year (the defaults of the view, read
 * from the data: `defaultsFor`). Parsing returns raw values; validation
 * happens in `resolveState`, like for attributes, and a field left out
 * resolves to that same default.
 *
 * Old links are upgraded by a list of migrations, each taking the
 * parameters of one version to the next (modelled on OWID grapher's
 * GrapherUrlMigrations): a link without `v` is version 0.
 */
import { FIELD_NAMES, defaultsFor, formatField, shownValue, type AtlasState, type Catalog, type Field, type RawState } from './atlas-state';

export const URL_VERSION = 1;

export interface UrlMigration {
  /** The version this migration reads; it writes `from + 1`. */
  from: number;
  /** What changed, for the reader of this list. */
  note: string;
  migrate(params: URLSearchParams): URLSearchParams;
}

/** v0: the five fields before `v` existed (view, indicator, year, lang, selected). */
const V0_FIELDS: readonly Field[] = ['view', 'indicator', 'year', 'lang', 'selected'];

export const URL_MIGRATIONS: readonly UrlMigration[] = [
  {
    from: 0,
    note: 'v0 read only its five fields and ignored other keys; keep just those, so a key the page itself uses is not read as tab, camera, sort…',
    migrate: (params) => new URLSearchParams([...params].filter(([k]) => (V0_FIELDS as string[]).includes(k))),
  },
];

/** Parameters of any version, brought up to URL_VERSION. */
export function migrateUrlParams(params: URLSearchParams, warn: (message: string) => void = () => {}): URLSearchParams {
  const given = params.get('v');
  let version = given === null ? 0 : /^\d{1,3}$/.test(given) ? Number(given) : NaN;
  if (!(version <= URL_VERSION)) {
    warn(`poverty-atlas: invalid v: ${shownValue(given)} (not a link version this atlas knows; reading it as v=${URL_VERSION})`);
    version = URL_VERSION;
  }
  let out = new URLSearchParams(params);
  out.delete('v');
  for (const m of URL_MIGRATIONS) if (m.from >= version) out = m.migrate(out);
  return out;
}

/**
 * `#v=1&view=…`: every field not at its default, in field-list order. The
 * data's defaults (the view's indicator, the indicator's year) need its
 * `catalog`; without one, indicator and year are written whenever set.
 */
export function serializeUrlState(state: AtlasState, catalog: Catalog | null = null): string {
  const params = new URLSearchParams({ v: String(URL_VERSION) });
  const defaults = defaultsFor(state, catalog);
  for (const field of FIELD_NAMES) {
    const value = formatField(field, state[field] as never);
    if (value !== '' && value !== formatField(field, defaults[field] as never)) params.set(field, value);
  }
  // Commas (camera, pinned) stay readable: they need no escaping in a fragment.
  return `#${params.toString().replace(/%2C/gi, ',')}`;
}

/**
 * Raw state from a hash (with or without the leading `#`, any version);
 * unknown keys are ignored. A versioned link is the whole state: a field it
 * leaves out is '' (its default). An unversioned one gives only its fields.
 */
export function parseUrlState(hash: string, warn?: (message: string) => void): RawState {
  const given = new URLSearchParams(hash.replace(/^#/, ''));
  const params = migrateUrlParams(given, warn);
  const raw: RawState = {};
  for (const field of FIELD_NAMES) {
    const value = params.get(field);
    if (value !== null) raw[field] = value;
    else if (given.has('v')) raw[field] = '';
  }
  return raw;
}
