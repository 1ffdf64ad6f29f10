/**
 * Reads a CSV file with the one CSV reader (src/data/csv.ts): records keyed
 * by the header; errors name the file, row and field. `columns` must be in
 * the header (in any order).
 */
import { readFileSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { csvTable } from '../src/data/csv.ts';
import { DataError } from '../src/data/data-error.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** Records of the file at `path` (absolute), each with its line number (header = 1). */
export function readCsvLines(path: string, columns: readonly string[] = []): Array<{ line: number; r: Record<string, string> }> {
  const file = relative(ROOT, path);
  const table = csvTable(readFileSync(path, 'utf8'), file);
  const missing = columns.find((c) => !table.header.includes(c));
  if (missing) throw new DataError(file, 1, missing, `missing column "${missing}"`);
  return table.rows.map((x) => ({ line: x.line, r: x.record }));
}

/** Records of the file at `path` (absolute). */
export function readCsv(path: string, columns: readonly string[] = []): Array<Record<string, string>> {
  return readCsvLines(path, columns).map((x) => x.r);
}
