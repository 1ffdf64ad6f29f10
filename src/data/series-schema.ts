/**
 * The valibot schema of `public/data/series.json`: what the app accepts at
 * load, with the enumerations of schema.ts. Objects are loose (a newer file
 * with more optional fields still loads), but every field the UI reads is
 * checked: an indicator without `kinds`, an unknown `basis` or `notes` that
 * is not an array is refused with its path.
 */
import * as v from 'valibot';
import { BASES, ENTITY_KINDS, SCALE_KINDS, TRUSTS, type SeriesFile } from './schema';

const text = v.looseObject({ zh: v.string(), en: v.string() });
const num = v.pipe(v.number(), v.finite());
const year = v.pipe(v.number(), v.integer());

export const IndicatorSchema = v.looseObject({
  id: v.string(),
  name: text,
  unit: text,
  csvUnit: v.string(),
  enFactor: num,
  basis: v.picklist(BASES),
  kinds: v.pipe(v.array(v.picklist(ENTITY_KINDS)), v.minLength(1, 'expected at least one entity kind')),
  scale: v.picklist(SCALE_KINDS),
  thresholds: v.optional(v.array(num)),
  decimals: v.pipe(v.number(), v.integer(), v.minValue(0)),
  higherIsBetter: v.nullable(v.boolean()),
  carryForward: v.pipe(v.number(), v.integer(), v.minValue(0)),
  formula: v.optional(text),
  note: v.optional(text),
  categories: v.optional(v.array(v.looseObject({ value: num, label: text }))),
});

export const SourceSchema = v.looseObject({
  id: v.string(),
  title: v.string(),
  publisher: v.string(),
  date: v.string(),
  url: v.string(),
  trust: v.picklist(TRUSTS),
  note: v.optional(v.string()),
  label: v.optional(text),
  trustNote: v.optional(text),
  original: v.optional(v.looseObject({ publisher: text, date: v.string() })),
});

export const EntitySchema = v.looseObject({
  id: v.string(),
  kind: v.picklist(ENTITY_KINDS),
  name: text,
  parents: v.optional(v.array(v.string())),
  short: v.optional(text),
  pinyin: v.optional(v.string()),
  listRows: v.optional(v.pipe(v.number(), v.integer(), v.minValue(0))),
});

const point = v.tuple([year, num, v.pipe(v.number(), v.integer(), v.minValue(0))]);

export const SeriesFileSchema = v.looseObject({
  generated: v.string(),
  indicators: v.array(IndicatorSchema),
  sources: v.array(SourceSchema),
  entities: v.array(EntitySchema),
  values: v.record(v.string(), v.record(v.string(), v.array(point))),
  breaks: v.array(v.looseObject({
    entityId: v.string(),
    year,
    indicators: v.union([v.array(v.string()), v.literal('all')]),
    note: text,
  })),
  notes: v.optional(v.array(v.looseObject({
    entityId: v.string(),
    indicator: v.string(),
    year,
    shown: v.nullable(v.string()),
    others: v.array(v.string()),
    note: text,
  }))),
  methods: v.optional(v.array(v.looseObject({
    entityId: v.string(),
    indicator: v.string(),
    year,
    method: v.picklist(['elimination', 'bounded']),
    bounds: v.optional(v.tuple([num, num])),
    confidence: v.optional(v.string()),
    sourceId: v.string(),
  }))),
  exitCoverage: v.optional(v.array(v.looseObject({
    entityId: v.string(),
    named: v.number(),
    derived: v.number(),
    bounded: v.number(),
    missing: v.number(),
    total: v.number(),
  }))),
});

/** What the schema gives back: SeriesFile, possibly with more (unknown) fields. */
export type ParsedSeriesFile = v.InferOutput<typeof SeriesFileSchema>;

// Compile-time: what the schema lets through is a SeriesFile (tsc fails here when schema.ts and this file drift apart).
type Assert<T extends true> = T;
export type SchemaMatchesTypes = Assert<ParsedSeriesFile extends SeriesFile ? true : false>;
