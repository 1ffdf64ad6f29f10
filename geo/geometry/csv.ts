/**
 * A small RFC 4180 CSV reader for the pipeline's own tables: quoted fields,
 * doubled quotes, CRLF or LF. Rows come back as objects keyed by the header.
 */
import { readFileSync } from 'node:fs';

export type CsvRow = Record<string, string>;

/** Parse CSV text into rows of strings. Throws naming the line on a ragged row. */
export function parseCsv(text: string, file = 'csv'): CsvRow[] {
  const records = splitRecords(text.replace(/^\uFEFF/, ''));
  const header = records.shift();
  if (!header) throw new Error(`${file}: empty file`);
  return records
    .filter((r) => !(r.length === 1 && r[0] === ''))
    .map((r, i) => {
      if (r.length !== header.length) {
        throw new Error(`${file}: row ${i + 2} has ${r.length} fields, header has ${header.length}`);
      }
      return Object.fromEntries(header.map((h, j) => [h, r[j] ?? '']));
    });
}

/** Read and parse a CSV file, checking that the named columns exist. */
export function readCsv(path: string, columns: string[] = []): CsvRow[] {
  const rows = parseCsv(readFileSync(path, 'utf8'), path);
  const first = rows[0];
  for (const c of columns) {
    if (first && !(c in first)) throw new Error(`${path}: missing column "${c}"`);
  }
  return rows;
}

function splitRecords(text: string): string[][] {
  const out: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(field), out.push(row), (row = []), (field = '');
    } else field += c;
  }
  if (field !== '' || row.length) row.push(field), out.push(row);
  return out;
}
