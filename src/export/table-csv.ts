/**
 * The data table as a CSV file a reader can open in Excel or LibreOffice:
 * UTF-8 with a byte-order mark (so Excel reads the Chinese names right), one
 * row per region the map shows, the value in the unit of the source rows, the
 * year the value is from, its basis and its source. A region without a value
 * keeps an empty value, never 0. Text cells that a spreadsheet would run as a
 * formula (starting with = + - @, tab or carriage return) are neutralised
 * with a leading apostrophe. Pure; no DOM.
 */
import { csvFormatRows } from 'd3-dsv';
import type { I18nText, IndicatorDef, SourceDef } from '../data/schema';

export const CSV_COLUMNS = [
  'id',
  'name_zh',
  'name_en',
  'indicator',
  'value',
  'unit',
  'year',
  'basis',
  'source_title',
  'source_url',
] as const;

/** One region as the table shows it (TableRow of atlas-data-table). */
export interface CsvRow {
  id: string;
  name: I18nText;
  value: { value: number; year: number; sourceId: string } | null;
}

export interface TableCsvInput {
  indicator: IndicatorDef;
  rows: readonly CsvRow[];
  sources: readonly SourceDef[];
}

const BOM = '\uFEFF';
const FORMULA_START = /^[=+\-@\t\r]/;
const NUMBER = /^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i;

/** A text cell that cannot start a formula: `=1+1` → `'=1+1`; numbers (also negative ones) stay numbers. */
export function neutralise(cell: string): string {
  return FORMULA_START.test(cell) && !NUMBER.test(cell) ? `'${cell}` : cell;
}

/** The CSV text (BOM, header, one line per row in the order given, CRLF-free). */
export function tableCsv({ indicator, rows, sources }: TableCsvInput): string {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const records = rows.map((r) => {
    const source = r.value ? byId.get(r.value.sourceId) : undefined;
    return [
      r.id,
      r.name.zh,
      r.name.en,
      indicator.id,
      r.value ? String(r.value.value) : '',
      r.value ? indicator.csvUnit : '',
      r.value ? String(r.value.year) : '',
      r.value ? indicator.basis : '',
      source?.title ?? (r.value ? r.value.sourceId : ''),
      source?.url ?? '',
    ].map(neutralise);
  });
  return `${BOM}${csvFormatRows([[...CSV_COLUMNS], ...records])}\n`;
}

/** A file name that says what is in it: `poverty-atlas_gdp_2016.csv`. */
export function csvFileName(indicator: string, year: number): string {
  const safe = indicator.replace(/[^\w-]+/g, '_');
  return `poverty-atlas_${safe}${year ? `_${year}` : ''}.csv`;
}
