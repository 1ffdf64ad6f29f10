/**
 * The one CSV reader of the app and the pipeline: d3-dsv (RFC 4180), a BOM
 * strip, and errors as DataError naming file, row (line of the record; header
 * = row 1) and field. Blank lines are skipped; a record with more or fewer
 * fields than the header fails. Pure; no DOM, no Node.
 */
import { csvFormatRows, csvParseRows } from 'd3-dsv';
import { DataError } from './data-error';

/** Records as arrays of strings, header included. A leading BOM is ignored. */
export function csvRecords(text: string): string[][] {
  return csvParseRows(text.replace(/^\uFEFF/, ''));
}

export interface CsvTable {
  header: string[];
  /** Data records, each with the line number of the record in the file (header = 1). */
  rows: Array<{ line: number; fields: string[]; record: Record<string, string> }>;
}

/**
 * Parses a CSV with a header. `expect` names columns that must lead the
 * header in this order (more may follow). A ragged record throws, or with
 * `collect` is skipped and its error pushed there.
 */
export function csvTable(text: string, file: string, expect: readonly string[] = [], collect?: DataError[]): CsvTable {
  const records = csvRecords(text);
  const header = records[0] ?? [];
  if (records.length === 0) throw new DataError(file, 1, '(header)', 'empty file');
  expect.forEach((name, i) => {
    if (header[i] !== name) throw new DataError(file, 1, name, `expected column ${i + 1} to be "${name}", found "${header[i] ?? ''}"`);
  });
  const rows: CsvTable['rows'] = [];
  let line = 1 + lineBreaks(records[0]);
  for (let r = 1; r < records.length; r++) {
    const fields = records[r];
    line += 1;
    const at = line;
    line += lineBreaks(fields);
    if (fields.length === 1 && fields[0] === '') continue; // blank line
    if (fields.length !== header.length) {
      const err = new DataError(file, at, '*', `expected ${header.length} fields as in the header, found ${fields.length}`);
      if (!collect) throw err;
      collect.push(err);
      continue;
    }
    rows.push({ line: at, fields, record: Object.fromEntries(header.map((h, i) => [h, fields[i]])) });
  }
  return { header, rows };
}

/** Objects keyed by the header (the usual case). */
export function csvObjects(text: string, file: string, expect: readonly string[] = []): Array<Record<string, string>> {
  return csvTable(text, file, expect).rows.map((r) => r.record);
}

/** Rows as CSV text with a final newline, quoting only where needed. */
export function formatCsv(rows: ReadonlyArray<ReadonlyArray<string | number>>): string {
  return `${csvFormatRows(rows.map((r) => r.map(String)))}\n`;
}

/** Line breaks inside quoted fields, so row numbers stay line numbers. */
function lineBreaks(fields: string[]): number {
  let n = 0;
  for (const f of fields) for (let i = 0; i < f.length; i++) if (f[i] === '\n') n++;
  return n;
}
