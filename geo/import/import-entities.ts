/**
 * entities.csv: every entity series.json can name, with its kind and parents
 * (an area's provinces; a county's prefecture and area). Names are not
 * written here except for the nation and the aggregates: areas, provinces,
 * prefectures and counties get theirs from geo/names (one table), joined by
 * the series step. Counties keep their Chinese name as the geometry package
 * spells it, from which the English name is made.
 *
 * `list_rows`: how many rows of the 2012 list a county unit stands for — 1
 * as a rule, 3 for 海西州直辖 (three 行委), 0 for a unit split off a listed
 * county later (叶集区 from 霍邱县, 恩阳区 from 巴州区); empty outside the areas.
 */
import { AGGREGATES, OTHER_PROVINCES, PROVINCES, SICHUAN_PREFECTURES } from './tables.ts';
import type { SharedReader, Table } from './import-shared.ts';

const HEADER = ['id', 'kind', 'name_zh', 'name_en', 'parents', 'list_rows'];

export interface ImportedEntities {
  rows: string[][];
  /** 2012 code (or the county's 2012 name where it has none) → its first geometry code. */
  geomOf2012: Map<string, string>;
  /** Geometry codes of Sichuan's 88 poverty counties → the exit rows of sichuan_county_exits.csv. */
  sichuan: Map<string, Record<string, string>>;
}

interface CountyRow {
  name: string;
  parents: Set<string>;
  listRows: number | null;
}

export function importEntities(read: SharedReader, cc: Table, sichuanFiles: Array<{ name: string; code: string }>): ImportedEntities {
  const areaProvinces = new Map<string, Set<string>>();
  for (const r of cc) {
    const code = PROVINCES[r.province_zh];
    if (!code) throw new Error(`../shared/data/contiguous-counties.csv: unknown province ${r.province_zh} (add it to geo/import/tables.ts)`);
    areaProvinces.set(r.area_id, (areaProvinces.get(r.area_id) ?? new Set()).add(code));
  }
  const rows: string[][] = [HEADER, ['CN', 'nation', '全国', 'China', '', ''], ['CPA_ALL14', 'aggregate', '14个集中连片特困地区合计', 'The 14 contiguous areas together', '', '']];
  for (const [id, [zh, en]] of Object.entries(AGGREGATES)) rows.push([id, 'aggregate', zh, en, '', '']);
  for (const area of [...areaProvinces.keys()].sort()) rows.push([area, 'area', '', '', [...areaProvinces.get(area)!].sort().join(';'), '']);
  for (const code of Object.values({ ...PROVINCES, ...OTHER_PROVINCES }).sort()) rows.push([code, 'province', '', '', '', '']);
  for (const code of SICHUAN_PREFECTURES) rows.push([code, 'prefecture', '', '', '510000', '']);

  const counties = new Map<string, CountyRow>();
  const geomOf2012 = new Map<string, string>();
  for (const r of cc) {
    const geoms = r.geom_code.split(';');
    const names = r.geom_name.split(';');
    if (!geomOf2012.has(r.code_2012 || r.county_zh_2012)) geomOf2012.set(r.code_2012 || r.county_zh_2012, geoms[0]);
    geoms.forEach((g, i) => {
      const c = counties.get(g) ?? { name: names[i] ?? names[0], parents: new Set([`${g.slice(0, 4)}00`]), listRows: 0 };
      c.parents.add(r.area_id);
      if (i === 0) c.listRows = (c.listRows ?? 0) + 1;
      counties.set(g, c);
    });
  }
  const byName = new Map(sichuanFiles.map((f) => [f.name, f.code]));
  const sichuan = new Map<string, Record<string, string>>();
  for (const r of read('series/sichuan_county_exits.csv').filter((x) => x.indicator === 'exit_year_niandu')) {
    const [pref, name] = r.entity_id.split(':');
    const g = byName.get(name === '元坝区' ? '昭化区' : name);
    if (!g || !g.startsWith(pref.slice(0, 4))) throw new Error(`../shared/data/series/sichuan_county_exits.csv: ${r.entity_id} has no county file in ${pref}`);
    const c = counties.get(g) ?? { name, parents: new Set<string>(), listRows: null };
    c.parents.add(pref);
    counties.set(g, c);
    sichuan.set(g, r);
  }
  if (sichuan.size !== 88) throw new Error(`../shared/data/series/sichuan_county_exits.csv: ${sichuan.size} poverty counties, expected 88`);
  // Every other Sichuan county too: the 88 list is complete, so they are known not to be poverty counties.
  for (const f of sichuanFiles) if (!counties.has(f.code)) counties.set(f.code, { name: f.name, parents: new Set([`${f.code.slice(0, 4)}00`]), listRows: null });
  for (const g of [...counties.keys()].sort()) {
    const c = counties.get(g)!;
    rows.push([g, 'county', c.name, '', [...c.parents].sort().join(';'), c.listRows === null ? '' : String(c.listRows)]);
  }
  return { rows, geomOf2012, sichuan };
}
