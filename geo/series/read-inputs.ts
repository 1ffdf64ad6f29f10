/**
 * Reads the pipeline's own inputs under geo/sources/: sources.csv,
 * entities.csv, breaks.csv, crosscheck.csv and every series CSV, validating
 * the series with the same code the app uses (src/data/validate-series.ts).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DataError } from '../../src/data/data-error.ts';
import { INDICATORS } from '../../src/data/indicators.ts';
import { parseCsv } from '../../src/data/parse-csv.ts';
import type { EntityDef, EntityKind, Row, SeriesBreak, SourceDef, Trust } from '../../src/data/schema.ts';
import { validateRows, validationContext, type ValidationContext } from '../../src/data/validate-series.ts';

export interface CrossCheck {
  entityId: string;
  indicator: string;
  year: number;
  /** Source shown, or null when none of the rows is shown. */
  shown: string | null;
  note: { zh: string; en: string };
}

export interface Inputs {
  sources: SourceDef[];
  entities: EntityDef[];
  breaks: SeriesBreak[];
  crossChecks: CrossCheck[];
  rows: Row[];
  ctx: ValidationContext;
}

/** Reads a CSV with a header into objects, checking the header names. */
export function readTable(path: string, fileName: string, header: string[]): Array<Record<string, string>> {
  const records = parseCsv(readFileSync(path, 'utf8'));
  header.forEach((name, i) => {
    if (records[0]?.[i] !== name) throw new DataError(fileName, 1, name, `expected column ${i + 1} to be "${name}"`);
  });
  return records.slice(1).filter((r) => r.length > 1).map((r) => Object.fromEntries(records[0].map((h, i) => [h, r[i] ?? ''])));
}

const TRUSTS: Trust[] = ['high', 'medium', 'low'];
const KINDS: EntityKind[] = ['nation', 'aggregate', 'area', 'province', 'prefecture', 'county'];

function readSources(dir: string): SourceDef[] {
  return readTable(join(dir, 'sources.csv'), 'sources.csv', ['id', 'title', 'publisher', 'date', 'url', 'trust']).map((r, i) => {
    if (!TRUSTS.includes(r.trust as Trust)) throw new DataError('sources.csv', i + 2, 'trust', `expected high, medium or low, found "${r.trust}"`);
    const source: SourceDef = { id: r.id, title: r.title, publisher: r.publisher, date: r.date, url: r.url, trust: r.trust as Trust };
    if (r.trust_note) source.note = r.trust_note;
    return source;
  });
}

function readEntities(dir: string): EntityDef[] {
  return readTable(join(dir, 'entities.csv'), 'entities.csv', ['id', 'kind', 'name_zh', 'name_en', 'parents']).map((r, i) => {
    if (!KINDS.includes(r.kind as EntityKind)) throw new DataError('entities.csv', i + 2, 'kind', `unknown kind "${r.kind}"`);
    const e: EntityDef = { id: r.id, kind: r.kind as EntityKind, name: { zh: r.name_zh, en: r.name_en } };
    if (r.parents) e.parents = r.parents.split(';');
    return e;
  });
}

function readBreaks(dir: string): SeriesBreak[] {
  return readTable(join(dir, 'breaks.csv'), 'breaks.csv', ['entity_id', 'year', 'indicators', 'note_zh', 'note_en']).map((r) => ({
    entityId: r.entity_id,
    year: Number(r.year),
    indicators: r.indicators === 'all' ? 'all' : r.indicators.split(';'),
    note: { zh: r.note_zh, en: r.note_en },
  }));
}

function readCrossChecks(dir: string): CrossCheck[] {
  return readTable(join(dir, 'crosscheck.csv'), 'crosscheck.csv', ['entity_id', 'indicator', 'year', 'shown_source', 'note_zh', 'note_en']).map((r) => ({
    entityId: r.entity_id,
    indicator: r.indicator,
    year: Number(r.year),
    shown: r.shown_source || null,
    note: { zh: r.note_zh, en: r.note_en },
  }));
}

/** Reads and validates everything under `<root>/geo/sources`. */
export function readInputs(root: string): Inputs {
  const dir = join(root, 'geo', 'sources');
  const sources = readSources(dir);
  const entities = readEntities(dir);
  const ctx = validationContext(INDICATORS, entities, sources.map((s) => s.id));
  const seriesDir = join(dir, 'series');
  const rows: Row[] = [];
  for (const file of readdirSync(seriesDir).filter((f) => f.endsWith('.csv')).sort()) {
    rows.push(...validateRows(readFileSync(join(seriesDir, file), 'utf8'), `geo/sources/series/${file}`, ctx));
  }
  return { sources, entities, breaks: readBreaks(dir), crossChecks: readCrossChecks(dir), rows, ctx };
}
