/**
 * Reads the pipeline's own inputs under geo/sources/: sources.csv (with the
 * reader-facing texts of source-texts.csv joined in), entities.csv (names
 * joined from the name tables), breaks.csv, crosscheck.csv, exit-methods.csv,
 * exit-batch-counts.csv and every series CSV, validating the series with the
 * same code the app uses (src/data/validate-series.ts). Every input is named
 * explicitly: a missing one stops the build with its path.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../../src/data/data-error.ts';
import { INDICATORS } from '../../src/data/indicators.ts';
import type { EntityDef, EntityKind, Row, SeriesBreak, SourceDef, Trust } from '../../src/data/schema.ts';
import { validateRows, validationContext, type ValidationContext } from '../../src/data/validate-series.ts';
import { readCsvLines } from '../read-csv.ts';
import { nameEntities } from './entity-names.ts';

export interface CrossCheck {
  entityId: string;
  indicator: string;
  year: number;
  /** Source shown, or null when none of the rows is shown. */
  shown: string | null;
  note: { zh: string; en: string };
}

/** How an exit year not named by a source was found (exit-methods.csv). */
export interface ExitMethod {
  entityId: string;
  method: 'elimination' | 'bounded';
  confidence: string;
  low: number;
  high: number;
  sourceId: string;
}

/** An official count of exits in one province's batch (exit-batch-counts.csv): caps a bounded range. */
export interface BatchCount {
  province: string;
  year: number;
  exits: number;
  sourceId: string;
}

export interface Inputs {
  sources: SourceDef[];
  entities: EntityDef[];
  breaks: SeriesBreak[];
  crossChecks: CrossCheck[];
  exitMethods: ExitMethod[];
  batchCounts: BatchCount[];
  rows: Row[];
  ctx: ValidationContext;
}

export const SOURCES_DIR = 'geo/sources';

/** Reads one input table, checking its leading columns; a missing file names itself. */
export function readTable(root: string, file: string, header: string[]): Array<{ line: number; r: Record<string, string> }> {
  const path = join(root, SOURCES_DIR, file);
  if (!existsSync(path)) throw new Error(`series: missing input ${SOURCES_DIR}/${file}`);
  const rows = readCsvLines(path, header);
  return rows;
}

const TRUSTS: Trust[] = ['high', 'medium', 'low'];
const KINDS: EntityKind[] = ['nation', 'aggregate', 'area', 'province', 'prefecture', 'county'];

function readSources(root: string): SourceDef[] {
  const texts = new Map(readTable(root, 'source-texts.csv', ['id', 'title_zh', 'title_en', 'trust_note_zh', 'trust_note_en', 'original_publisher_zh', 'original_publisher_en', 'original_date']).map(({ r }) => [r.id, r]));
  const sources = readTable(root, 'sources.csv', ['id', 'title', 'publisher', 'date', 'url', 'trust', 'trust_note']).map(({ line, r }) => {
    if (!TRUSTS.includes(r.trust as Trust)) throw new DataError('sources.csv', line, 'trust', `expected high, medium or low, found "${r.trust}"`);
    const source: SourceDef = { id: r.id, title: r.title, publisher: r.publisher, date: r.date, url: r.url, trust: r.trust as Trust };
    if (r.trust_note) source.note = r.trust_note;
    const t = texts.get(r.id);
    if (t) {
      if (t.title_zh && t.title_en) source.label = { zh: t.title_zh, en: t.title_en };
      if (t.trust_note_zh && t.trust_note_en) source.trustNote = { zh: t.trust_note_zh, en: t.trust_note_en };
      if (t.original_publisher_zh && t.original_publisher_en) source.original = { publisher: { zh: t.original_publisher_zh, en: t.original_publisher_en }, date: t.original_date };
    }
    return source;
  });
  const ids = new Set(sources.map((s) => s.id));
  for (const id of texts.keys()) if (!ids.has(id)) throw new Error(`${SOURCES_DIR}/source-texts.csv: "${id}" is not in sources.csv`);
  return sources;
}

function readEntities(root: string): EntityDef[] {
  const raw = readTable(root, 'entities.csv', ['id', 'kind', 'name_zh', 'name_en', 'parents', 'list_rows']).map(({ line, r }) => {
    if (!KINDS.includes(r.kind as EntityKind)) throw new DataError('entities.csv', line, 'kind', `unknown kind "${r.kind}"`);
    const e: EntityDef = { id: r.id, kind: r.kind as EntityKind, name: { zh: r.name_zh, en: r.name_en } };
    if (r.parents) e.parents = r.parents.split(';');
    if (r.list_rows) e.listRows = Number(r.list_rows);
    return e;
  });
  return nameEntities(root, raw);
}

function readBreaks(root: string): SeriesBreak[] {
  return readTable(root, 'breaks.csv', ['entity_id', 'year', 'indicators', 'note_zh', 'note_en']).map(({ r }) => ({
    entityId: r.entity_id,
    year: Number(r.year),
    indicators: r.indicators === 'all' ? 'all' : r.indicators.split(';'),
    note: { zh: r.note_zh, en: r.note_en },
  }));
}

function readCrossChecks(root: string): CrossCheck[] {
  return readTable(root, 'crosscheck.csv', ['entity_id', 'indicator', 'year', 'shown_source', 'note_zh', 'note_en']).map(({ r }) => ({
    entityId: r.entity_id,
    indicator: r.indicator,
    year: Number(r.year),
    shown: r.shown_source || null,
    note: { zh: r.note_zh, en: r.note_en },
  }));
}

function readExitMethods(root: string, ctx: ValidationContext): ExitMethod[] {
  return readTable(root, 'exit-methods.csv', ['entity_id', 'method', 'confidence', 'year_low', 'year_high', 'source_id', 'note']).map(({ line, r }) => {
    const fail = (field: string, reason: string): never => {
      throw new DataError('exit-methods.csv', line, field, reason);
    };
    if (ctx.entities.get(r.entity_id) !== 'county') fail('entity_id', `not a county: "${r.entity_id}"`);
    if (r.method !== 'elimination' && r.method !== 'bounded') fail('method', `expected elimination or bounded, found "${r.method}"`);
    const low = Number(r.year_low);
    const high = Number(r.year_high);
    if (!Number.isInteger(low) || !Number.isInteger(high) || low > high) fail('year_low', `not a year range: ${r.year_low}–${r.year_high}`);
    if (r.method === 'elimination' && low !== high) fail('year_high', 'an elimination gives one year');
    if (!ctx.sourceIds.has(r.source_id)) fail('source_id', `unknown source id "${r.source_id}"`);
    return { entityId: r.entity_id, method: r.method as ExitMethod['method'], confidence: r.confidence, low, high, sourceId: r.source_id };
  });
}

function readBatchCounts(root: string, ctx: ValidationContext): BatchCount[] {
  return readTable(root, 'exit-batch-counts.csv', ['province', 'batch_year', 'exits', 'source_id', 'note']).map(({ line, r }) => {
    if (ctx.entities.get(r.province) !== 'province') throw new DataError('exit-batch-counts.csv', line, 'province', `not a province: "${r.province}"`);
    if (!ctx.sourceIds.has(r.source_id)) throw new DataError('exit-batch-counts.csv', line, 'source_id', `unknown source id "${r.source_id}"`);
    return { province: r.province, year: Number(r.batch_year), exits: Number(r.exits), sourceId: r.source_id };
  });
}

/** Reads and validates everything under `<root>/geo/sources`. */
export function readInputs(root: string): Inputs {
  const sources = readSources(root);
  const entities = readEntities(root);
  const ctx = validationContext(INDICATORS, entities, sources.map((s) => s.id));
  const seriesDir = join(root, SOURCES_DIR, 'series');
  if (!existsSync(seriesDir)) throw new Error(`series: missing input ${SOURCES_DIR}/series/`);
  const rows: Row[] = [];
  for (const file of readdirSync(seriesDir).filter((f) => f.endsWith('.csv')).sort()) {
    rows.push(...validateRows(readFileSync(join(seriesDir, file), 'utf8'), `${SOURCES_DIR}/series/${file}`, ctx));
  }
  return {
    sources, entities, breaks: readBreaks(root), crossChecks: readCrossChecks(root), exitMethods: readExitMethods(root, ctx),
    batchCounts: readBatchCounts(root, ctx), rows, ctx,
  };
}
