import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import type { SeriesFile } from '../data/schema';
import { CSV_COLUMNS, csvFileName, neutralise, tableCsv, type CsvRow } from './table-csv';

/** The committed series (what the atlas ships). */
const series = JSON.parse(readFileSync(join(import.meta.dirname, '../../public/data/series.json'), 'utf8')) as SeriesFile;
const gdp = series.indicators.find((d) => d.id === 'gdp')!;

/** Sichuan's prefectures with their GDP of exactly `year` from series.json (null when there is none). */
function prefectureRows(year: number): CsvRow[] {
  return series.entities
    .filter((e) => e.kind === 'prefecture')
    .map((e) => {
      const hit = (series.values.gdp[e.id] ?? []).find(([y]) => y === year);
      return { id: e.id, name: e.name, value: hit ? { value: hit[1], year: hit[0], sourceId: series.sources[hit[2]].id } : null };
    });
}

describe('tableCsv', () => {
  it('starts with a BOM and parses back to the rows with Chinese names and exact values (成都市 2016: 12170.23 亿元, seed 004)', () => {
    const rows = prefectureRows(2016);
    const text = tableCsv({ indicator: gdp, rows, sources: series.sources });
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const parsed = csvParse(text.slice(1));
    expect(parsed.columns).toEqual([...CSV_COLUMNS]);
    expect(parsed).toHaveLength(21);
    const chengdu = parsed.find((r) => r.id === '510100')!;
    expect(chengdu).toMatchObject({ name_zh: '成都市', name_en: 'Chengdu', indicator: 'gdp', value: '12170.23', unit: '亿元', year: '2016', basis: 'accounts' });
    expect(chengdu.source_title).toMatch(/^Industrial poverty alleviation in Aba/);
    parsed.forEach((r, i) => expect(Number(r.value)).toBe(rows[i].value!.value));
    expect(parsed.map((r) => r.name_zh)).toContain('凉山彝族自治州');
  });

  it('leaves a region without a value empty, never 0', () => {
    const rows = prefectureRows(2017);
    const missing = rows.filter((r) => r.value === null);
    expect(missing.length).toBeGreaterThan(0);
    const parsed = csvParse(tableCsv({ indicator: gdp, rows, sources: series.sources }).slice(1));
    for (const m of missing) {
      const r = parsed.find((p) => p.id === m.id)!;
      expect([r.value, r.unit, r.year, r.source_title]).toEqual(['', '', '', '']);
    }
  });

  it('neutralises cells a spreadsheet would run as formulas, in any column', () => {
    const [row] = prefectureRows(2016);
    const hostile = { ...row, name: { zh: '=HYPERLINK("page.html","y")', en: '@SUM(A1)' } };
    const sources = series.sources.map((s) => (s.id === row.value!.sourceId ? { ...s, title: '+cmd', url: '-1+2' } : s));
    const [r] = csvParse(tableCsv({ indicator: gdp, rows: [hostile], sources }).slice(1));
    expect([r.name_zh, r.name_en, r.source_title, r.source_url]).toEqual(["'=HYPERLINK(\"page.html\",\"y\")", "'@SUM(A1)", "'+cmd", "'-1+2"]);
  });

  it('keeps numbers as numbers and plain text as it is', () => {
    expect(neutralise('-12.5')).toBe('-12.5');
    expect(neutralise('1e3')).toBe('1e3');
    expect(neutralise('\tx')).toBe("'\tx");
    expect(neutralise('成都市')).toBe('成都市');
  });

  it('names the file by indicator and year', () => {
    expect(csvFileName('gdp', 2016)).toBe('poverty-atlas_gdp_2016.csv');
    expect(csvFileName('area_membership', 0)).toBe('poverty-atlas_area_membership.csv');
  });
});
