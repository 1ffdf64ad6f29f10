/**
 * Validated loading of the long-format series CSVs
 * (`entity_id,indicator,year,value,unit,basis,source_id,note`). Every problem
 * throws a DataError naming file, row (line in the file; header = row 1),
 * field and reason. Pure; the pipeline and the tests share it.
 */
import { DataError } from './data-error';
import { csvTable } from './csv';
import type { Basis, EntityKind, IndicatorDef, Row } from './schema';

export const SERIES_HEADER = ['entity_id', 'indicator', 'year', 'value', 'unit', 'basis', 'source_id', 'note'] as const;

const BASES: readonly Basis[] = ['nbs_survey', 'registration', 'official_list', 'accounts', 'plan', 'geometry', 'derived'];

/** What rows are checked against. `seen` and `basisSeen` may be shared across files. */
export interface ValidationContext {
  indicators: ReadonlyMap<string, IndicatorDef>;
  /** Entity id → kind. */
  entities: ReadonlyMap<string, EntityKind>;
  sourceIds: ReadonlySet<string>;
  /** Keys `entity|indicator|year|source` already read, with where they were first seen. */
  seen?: Map<string, string>;
  /** First basis seen per indicator (to report mixed bases), with where. */
  basisSeen?: Map<string, { basis: string; at: string }>;
}

/** Builds a context from lists (the usual case). */
export function validationContext(indicators: IndicatorDef[], entities: Array<{ id: string; kind: EntityKind }>, sourceIds: Iterable<string>): ValidationContext {
  return {
    indicators: new Map(indicators.map((d) => [d.id, d])),
    entities: new Map(entities.map((e) => [e.id, e.kind])),
    sourceIds: new Set(sourceIds),
    seen: new Map(),
    basisSeen: new Map(),
  };
}

const NUMBER = /^-?(?:\d+)(?:\.\d+)?$/;
/** Plausible years for this atlas; a typo like 2106 is caught here. */
const FIRST_YEAR = 1949;
const LAST_YEAR = 2049;

/**
 * Parses and checks one CSV file; returns its rows or throws the first
 * DataError. With `collect`, bad rows are skipped and their errors pushed
 * there instead (a bad header still throws), so a caller can keep working.
 */
export function validateRows(csvText: string, fileName: string, ctx: ValidationContext, collect?: DataError[]): Row[] {
  const table = csvTable(csvText, fileName, SERIES_HEADER, collect);
  if (table.header.length !== SERIES_HEADER.length) throw new DataError(fileName, 1, '(header)', `expected ${SERIES_HEADER.length} columns, found ${table.header.length}`);
  const seen = ctx.seen ?? new Map<string, string>();
  const basisSeen = ctx.basisSeen ?? new Map<string, { basis: string; at: string }>();
  const rows: Row[] = [];
  for (const { line, fields } of table.rows) {
    try {
      rows.push(checkRow(fields, fileName, line, ctx, seen, basisSeen));
    } catch (err) {
      if (!collect || !(err instanceof DataError)) throw err;
      collect.push(err);
    }
  }
  return rows;
}

function checkRow(rec: string[], file: string, n: number, ctx: ValidationContext, seen: Map<string, string>, basisSeen: Map<string, { basis: string; at: string }>): Row {
  const fail = (field: string, reason: string): never => {
    throw new DataError(file, n, field, reason);
  };
  const [entityId, indicator, yearText, valueText, unit, basis, sourceId, note = ''] = rec;
  const kind = ctx.entities.get(entityId);
  if (!kind) fail('entity_id', `unknown entity "${entityId}"`);
  const def = ctx.indicators.get(indicator);
  if (!def) return fail('indicator', `unknown indicator "${indicator}"`);
  if (!def.kinds.includes(kind as EntityKind)) fail('entity_id', `indicator "${indicator}" is not defined for ${kind} "${entityId}"`);
  if (!/^\d{4}$/.test(yearText)) fail('year', `not a year: "${yearText}"`);
  if (Number(yearText) < FIRST_YEAR || Number(yearText) > LAST_YEAR) fail('year', `year ${yearText} outside ${FIRST_YEAR}–${LAST_YEAR}`);
  if (!NUMBER.test(valueText)) fail('value', `not a number: "${valueText}"`);
  if (unit !== def.csvUnit) fail('unit', `unit "${unit}" does not match indicator "${indicator}" (expects "${def.csvUnit}")`);
  if (!BASES.includes(basis as Basis)) fail('basis', `unknown basis "${basis}"`);
  const first = basisSeen.get(indicator);
  if (first && first.basis !== basis) fail('basis', `mixed bases in indicator "${indicator}": "${basis}" here, "${first.basis}" at ${first.at}`);
  if (basis !== def.basis) fail('basis', `basis "${basis}" does not match indicator "${indicator}" (expects "${def.basis}")`);
  if (!first) basisSeen.set(indicator, { basis, at: `${file} row ${n}` });
  if (!ctx.sourceIds.has(sourceId)) fail('source_id', `unknown source id "${sourceId}"`);
  const key = `${entityId}|${indicator}|${yearText}|${sourceId}`;
  const dup = seen.get(key);
  if (dup) fail('entity_id', `duplicate key (${entityId}, ${indicator}, ${yearText}, ${sourceId}), first at ${dup}`);
  seen.set(key, `${file} row ${n}`);
  const row: Row = { entityId, indicator, year: Number(yearText), value: Number(valueText), unit, basis: basis as Basis, sourceId };
  if (note) row.note = note;
  return row;
}
