/**
 * The one schema shared by the `geo/` pipeline and the app: entity kinds and
 * ids, indicator definitions, and the shape of every file in `public/data/`.
 * Pure types and constants; no DOM, no Node. series.json is checked at load
 * by the valibot schema in series-schema.ts, whose output type must match
 * SeriesFile here (a compile-time check there keeps the two together).
 */

/** Bilingual text. Every string a reader sees exists in both languages. */
export interface I18nText {
  zh: string;
  en: string;
}

export type Lang = keyof I18nText;

/**
 * Entity kinds.
 * - `nation`: id `CN`.
 * - `aggregate`: a group whose figures are published as one number
 *   (`CPA_ALL14`, the 14 areas taken together). Not drawn on the map.
 * - `area`: one of the 14 contiguous areas; id = `area_id` of
 *   `geo/sources/contiguous-counties.csv` (`liupan`, `qinba`, …).
 * - `province`: GB/T 2260 code, six digits (`510000`).
 * - `prefecture`: GB/T 2260 code, six digits (`513400` = 凉山).
 * - `county`: GB/T 2260 code of the geometry (vintage ~2016), six digits.
 */
export const ENTITY_KINDS = ['nation', 'aggregate', 'area', 'province', 'prefecture', 'county'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];

/** Statistical basis. Values on different bases never share a colour scale. */
export const BASES = [
  'nbs_survey', // NBS rural household survey (国家统计局住户调查)
  'registration', // 建档立卡 registration by the poverty alleviation offices
  'official_list', // administrative lists: designations, exit batches, memberships
  'accounts', // national / regional accounts (GDP)
  'plan', // figures quoted in the regional development plans
  'geometry', // measured from the atlas geometry by the pipeline
  'derived', // computed by the pipeline from other rows; formula in the indicator
] as const;
export type Basis = (typeof BASES)[number];

/** How an indicator is binned into colours (d3-scale). */
export const SCALE_KINDS = ['quantize', 'threshold', 'quantile', 'ordinal'] as const;
export type ScaleKind = (typeof SCALE_KINDS)[number];

/** How far a source is trusted, carried to the UI. */
export const TRUSTS = ['high', 'medium', 'low'] as const;
export type Trust = (typeof TRUSTS)[number];

export interface IndicatorDef {
  /** Stable id, used in CSVs, URLs and `public/data/series.json`. */
  id: string;
  name: I18nText;
  /** Short unit label per language, e.g. {zh: '亿元', en: 'billion yuan'}. */
  unit: I18nText;
  /** Unit as written in the source CSVs (`亿元`, `万人`, `%`, `year`, …); rows must match it. */
  csvUnit: string;
  /**
   * Factor from the CSV unit to the English display unit
   * (亿元 → billion yuan: 0.1; 万人 → million: 0.01; otherwise 1).
   */
  enFactor: number;
  basis: Basis;
  /** Which entity kinds carry this indicator. */
  kinds: EntityKind[];
  scale: ScaleKind;
  /** For `threshold` scales: the break points, in CSV units. */
  thresholds?: number[];
  /** Decimal places shown (in CSV units for zh, display units for en). */
  decimals: number;
  /** True when a higher value is better for people (colours read accordingly). */
  higherIsBetter: boolean | null;
  /**
   * How many years a value may stand in for a later selected year.
   * 0 = only the exact year. The join reports the year the value is from.
   */
  carryForward: number;
  /** For derived indicators: the formula, in both languages. */
  formula?: I18nText;
  /** A note the UI can display (cross-check disagreements, breaks, caveats). */
  note?: I18nText;
  /** For coded values (ordinal scales): the label of each code. Additive (DATA helper). */
  categories?: Array<{ value: number; label: I18nText }>;
}

/** One observation as it leaves the CSVs (long format). */
export interface Row {
  entityId: string;
  indicator: string;
  year: number;
  value: number;
  unit: string;
  basis: Basis;
  sourceId: string;
  note?: string;
}

export interface SourceDef {
  id: string;
  title: string;
  publisher: string;
  /** ISO date or year as published. */
  date: string;
  /** A link for people to follow; never fetched by the app. */
  url: string;
  trust: Trust;
  /** Why it is trusted so far (from sources.csv `trust_note`), for the sources panel. Additive (DATA helper). */
  note?: string;
  /** A title a reader understands, in both languages (geo/sources/source-texts.csv). Optional. */
  label?: I18nText;
  /** The trust note in both languages, one sentence. Optional. */
  trustNote?: I18nText;
  /** Where the source is a repost: who published the original, and when. Optional. */
  original?: { publisher: I18nText; date: string };
}

/** A break in a series: an administrative change that makes years incomparable. */
export interface SeriesBreak {
  entityId: string;
  /** First year on the new boundaries. */
  year: number;
  indicators: string[] | 'all';
  note: I18nText;
}

/** Per-entity facts the UI names and groups by. */
export interface EntityDef {
  id: string;
  kind: EntityKind;
  name: I18nText;
  /** Parent ids: an area's provinces, a prefecture's province, a county's prefecture/area. */
  parents?: string[];
  /** A shorter name for map labels where the full one is long ("Wuling Mts."). Optional. */
  short?: I18nText;
  /** Toneless lowercase pinyin of the Chinese name, no spaces ("zhaojue"), for search. Optional. */
  pinyin?: string;
  /**
   * County units of the areas: how many rows of the 2012 list the unit stands
   * for (3 for 海西州直辖, 0 for a district split off a listed county later). Optional.
   */
  listRows?: number;
}

/**
 * `public/data/series.json`, written by the pipeline.
 * `values[indicatorId][entityId]` is a list of [year, value, sourceIndex]
 * sorted by year, where sourceIndex points into `sources`.
 * Values are in CSV units (see IndicatorDef.csvUnit).
 */
export interface SeriesFile {
  /** "generated by geo/build.ts — do not edit" */
  generated: string;
  indicators: IndicatorDef[];
  sources: SourceDef[];
  entities: EntityDef[];
  values: Record<string, Record<string, Array<[year: number, value: number, source: number]>>>;
  breaks: SeriesBreak[];
  /**
   * Notes on single values (cross-check disagreements: which source is shown
   * and why). Optional, additive (DATA helper).
   */
  notes?: ValueNote[];
  /** Values not named by a source: derived by elimination, or known only as a range. Optional. */
  methods?: ValueMethod[];
  /** Per area: how each county's exit year is known. Optional. */
  exitCoverage?: ExitCoverage[];
}

/**
 * How a value was found where no source names it.
 * - `elimination`: the value in `values` at this key was derived (e.g. an exit
 *   year left over once a province's other batches are named and its batch
 *   counts are official).
 * - `bounded`: there is no value; the sources give only `bounds` (inclusive),
 *   e.g. an exit year "2018 or 2019", or a count "20–23". Never coloured.
 * Like values, an entry stands for later years up to the indicator's carryForward.
 */
export interface ValueMethod {
  entityId: string;
  indicator: string;
  year: number;
  method: 'elimination' | 'bounded';
  bounds?: [number, number];
  /** As the compiler judged it ("high", "medium-high", "high for ≤2019"). */
  confidence?: string;
  sourceId: string;
}

/** One area's exit-year coverage, counted by row of the 2012 list. */
export interface ExitCoverage {
  entityId: string;
  /** A source names the county in a batch. */
  named: number;
  /** Derived by elimination. */
  derived: number;
  /** Known only as a range of years. */
  bounded: number;
  missing: number;
  total: number;
}

/** A note on one value, e.g. where two sources disagree. */
export interface ValueNote {
  entityId: string;
  indicator: string;
  year: number;
  /** Id of the source whose value is shown, or null when none is shown. */
  shown: string | null;
  /** Ids of the other sources kept in the CSVs for this key. */
  others: string[];
  note: I18nText;
}

/** Membership status of a county in its area (see geo/sources/contiguous-counties.csv). */
export type MembershipStatus = 'V' | 'K' | 'D' | 'R';

/** Properties of a feature in the `counties` object of counties.topo.json. */
export interface CountyProps {
  /** GB/T 2260 code of the geometry (~2016). Also the feature id. */
  id: string;
  name_zh: string;
  name_en: string;
  /** Province GB code (`510000`). */
  province: string;
  /** Prefecture GB code (`513400`). */
  prefecture: string;
  /** Area id, or null for a Sichuan county outside the 14 areas. */
  area: string | null;
  /** GB code at the end of 2012, or null where the 2012 list has none. */
  code_2012: string | null;
  status: MembershipStatus | null;
}

/**
 * Top-level `membership` of counties.topo.json: the status mix of the rows of
 * the 2012 list (680 counties), counted by row, not by drawn unit (one row
 * can be drawn as two units, and three rows share one unit).
 */
export interface MembershipSummary {
  rows: number;
  status: Record<MembershipStatus, number>;
}

/** Properties of `areas`, `prefectures` and `provinces` features in atlas.topo.json. */
export interface RegionProps {
  id: string;
  name_zh: string;
  name_en: string;
  /** Land area measured from the geometry, km², rounded to 1 km². */
  area_km2: number;
  /** Label anchor [lon, lat] inside the polygon. */
  label: [number, number];
}

/** Files the app fetches, relative to the page. */
export const DATA_FILES = {
  /** First view: objects `areas`, `provinces`, `prefectures`. ≤ 200 KB gzipped. */
  atlas: 'data/atlas.topo.json',
  /** County detail, loaded only when a county view opens. ≤ 600 KB gzipped. */
  counties: 'data/counties.topo.json',
  series: 'data/series.json',
  /**
   * The first view alone (the areas, their default indicator cut from
   * series.json, geometry simplified for the China-wide zoom), drawn while
   * the two files above are read: geo/first-view/build-first-view.ts.
   */
  firstView: 'data/first-view.json',
} as const;
