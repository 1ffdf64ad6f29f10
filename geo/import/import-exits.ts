/**
 * County exits: series/county_exits.csv (exit_year by the 年度 of the batch,
 * and each poverty county's designation, 2015) and exit-methods.csv, which
 * says how each exit year not named by a source was found:
 * - `elimination`: the province's other batches are named and its official
 *   count per batch leaves exactly this county (the year is in county_exits.csv);
 * - `bounded`: only a range of years is known (no exit_year row; the range is here).
 * A county whose year a source names has no row in exit-methods.csv.
 */
import type { ImportedEntities } from './import-entities.ts';
import type { SharedReader } from './import-shared.ts';

const HAIXI = '632825';
/** 南部县 and 广安区 are on the national 2016 exit list (E01). */
const NATIONAL_ON_E01 = ['511321', '511602'];
const METHOD_HEADER = ['entity_id', 'method', 'confidence', 'year_low', 'year_high', 'source_id', 'note'];

export function importExits(read: SharedReader, entities: ImportedEntities): { rows: string[][]; methods: string[][] } {
  const rows: string[][] = [];
  const methods: string[][] = [];
  const level = new Set<string>();
  const designation = new Map(read('series/sichuan_county_exits.csv').filter((r) => r.indicator === 'designation').map((r) => [r.entity_id, r]));
  for (const [g, r] of entities.sichuan) {
    rows.push([g, 'exit_year', r.value, r.value, 'year', 'official_list', 'S23', '年度 of the exit batch']);
    const d = designation.get(r.entity_id);
    if (d) {
      rows.push([g, 'poverty_county_level', '2015', d.value === '国家级' ? '1' : '2', 'code', 'official_list', d.source_id, d.value]);
      level.add(g);
    }
  }
  for (const g of NATIONAL_ON_E01) {
    rows.push([g, 'poverty_county_level', '2015', '1', 'code', 'official_list', 'E01', '国家级 (national 2016 exit list)']);
    level.add(g);
  }
  const haixi: Array<Record<string, string>> = [];
  for (const r of read('county-exits/area_county_exits.csv')) {
    const g = !r.code_2012 || r.code_2012 === HAIXI ? HAIXI : entities.geomOf2012.get(r.code_2012);
    if (!g) throw new Error(`../shared/data/county-exits/area_county_exits.csv: ${r.county_zh_2012} (${r.code_2012}) is not in contiguous-counties.csv`);
    if (!level.has(g)) {
      level.add(g);
      rows.push([g, 'poverty_county_level', '2015', '1', 'code', 'official_list', 'CPA2012', 'area county (all 680 are national poverty counties)']);
    }
    const srcs = r.source_id.split(';');
    if (r.method === 'bounded') {
      const [low, high] = r.year_bounds.split('-');
      if (!/^\d{4}$/.test(low) || !/^\d{4}$/.test(high)) throw new Error(`../shared/data/county-exits/area_county_exits.csv: ${r.county_zh_2012}: year_bounds "${r.year_bounds}"`);
      methods.push([g, 'bounded', r.confidence, low, high, srcs[0], r.note]);
      continue;
    }
    if (!r.batch_year) throw new Error(`../shared/data/county-exits/area_county_exits.csv: ${r.county_zh_2012}: no batch_year and not bounded`);
    if (r.method === 'elimination') methods.push([g, 'elimination', r.confidence, r.batch_year, r.batch_year, srcs[0], r.note]);
    else if (r.method !== 'named') throw new Error(`../shared/data/county-exits/area_county_exits.csv: ${r.county_zh_2012}: unknown method "${r.method}"`);
    const sichuan = entities.sichuan.get(g);
    if (sichuan) {
      if (sichuan.value !== r.batch_year) throw new Error(`exit year of ${g}: ${r.batch_year} in area_county_exits.csv, ${sichuan.value} in sichuan_county_exits.csv`);
      continue;
    }
    if (g === HAIXI) {
      haixi.push(r);
      continue;
    }
    const also = srcs.length > 1 ? `; also ${srcs.slice(1).join(', ')}` : '';
    rows.push([g, 'exit_year', r.batch_year, r.batch_year, 'year', 'official_list', srcs[0], `年度 of the exit batch${also}`]);
  }
  const years = new Set(haixi.map((r) => r.batch_year));
  if (haixi.length === 3 && years.size === 1 && haixi.every((r) => r.method === 'named')) {
    rows.push([HAIXI, 'exit_year', haixi[0].batch_year, haixi[0].batch_year, 'year', 'official_list', haixi[0].source_id.split(';')[0], '冷湖、大柴旦、茫崖 行委 (one geometry), all three in this batch']);
  }
  rows.sort((a, b) => cmp(a[1], b[1]) || cmp(a[0], b[0]) || Number(a[2]) - Number(b[2]) || cmp(a[6], b[6]));
  methods.sort((a, b) => cmp(a[0], b[0]));
  return { rows, methods: [METHOD_HEADER, ...methods] };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
