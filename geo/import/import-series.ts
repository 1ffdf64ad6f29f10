/**
 * The series CSVs other than county exits: Sichuan prefecture GDP (seed 004,
 * S43–S45, the 2019 yearbook S50), national poverty (seeds 002/003 and the
 * NBS releases), the 14 areas, and Sichuan's scattered poverty figures.
 */
import { AGGREGATES, AREA_IDS, SEED002, SEED003_TABLE, SEED004_TABLE } from './tables.ts';
import type { SharedReader } from './import-shared.ts';

type Rows = string[][];
const FIRST_RELEASE_REVISED = 'first release, on the post-census (2018 revised) basis';

export function importSeries(read: SharedReader): Map<string, Rows> {
  return new Map([
    ['sichuan_prefecture_gdp.csv', gdpRows(read)],
    ['national_poverty.csv', nationalRows(read)],
    ['areas.csv', areaRows(read)],
    ['sichuan_poverty.csv', sichuanPovertyRows(read)],
  ]);
}

function gdpRows(read: SharedReader): Rows {
  const out: Rows = [];
  const seed004 = new Map<string, string>();
  for (const line of SEED004_TABLE.trim().split('\n')) {
    const [code, ...vals] = line.trim().split(/\s+/);
    if (vals.length !== 7) throw new Error(`geo/import/tables.ts SEED004_TABLE: ${code} has ${vals.length} values`);
    vals.forEach((v, i) => {
      const y = 2010 + i;
      seed004.set(`${code}|${y}`, v);
      const note = y === 2016 && (code === '510100' || code === '512000') ? '2016 boundaries: 简阳 in 成都 (moved from 资阳 in 2016)' : '';
      out.push([code, 'gdp', String(y), v, '亿元', 'accounts', 'SEED004', note]);
    });
  }
  const suspect = (code: string, year: number, v: string): string => {
    if (year <= 2016) return '';
    for (const [key, sv] of seed004) {
      const [c, y] = key.split('|');
      if (c === code && Math.abs(Number(sv) - Number(v)) < 0.05) return `suspect: equals SEED004 ${y} value`;
    }
    return '';
  };
  const yearbook = read('series/sichuan_prefecture_gdp_2018_yearbook.csv').filter((r) => r.indicator === 'gdp_original_release');
  for (const r of [...read('series/sichuan_prefecture_gdp.csv'), ...yearbook]) {
    const { entity_id: code, value: v, source_id: src } = r;
    const y = Number(r.year);
    if (r.indicator === 'gdp_original_release') {
      // S45's 2019 Chengdu value is the first release on the revised basis (= S44), not an original-basis value.
      if (code === '510100' && y === 2019 && src === 'S45') out.push([code, 'gdp_post_census', r.year, v, '亿元', 'accounts', src, FIRST_RELEASE_REVISED]);
      else out.push([code, 'gdp', r.year, v, '亿元', 'accounts', src, src === 'S50' ? 'Sichuan Statistical Yearbook 2019, before the 4th economic census revision' : suspect(code, y, v)]);
    } else if (r.indicator === 'gdp_first_release') out.push([code, 'gdp_post_census', r.year, v, '亿元', 'accounts', src, FIRST_RELEASE_REVISED]);
    else if (r.indicator === 'gdp_revised_post_4th_census') out.push([code, 'gdp_post_census', r.year, v, '亿元', 'accounts', src, 'revised after the 4th economic census']);
  }
  return out;
}

/** 165.67 (million) → "16567" (万): the decimal point moves two places, no float arithmetic. */
export function millionToWan(v: string): string {
  const [whole, frac = ''] = v.split('.');
  const f = `${frac}00`.slice(0, 2) + frac.slice(2);
  const s = (whole + f.slice(0, 2)).replace(/^0+/, '') || '0';
  const rest = f.slice(2);
  return s + (rest ? `.${rest}` : '');
}

function nationalRows(read: SharedReader): Rows {
  const out: Rows = [];
  for (const line of SEED003_TABLE.trim().split('\n')) {
    const [yearPart, ...groups] = line.split('|').map((g) => g.trim().split(/\s+/));
    const y = yearPart[0];
    (['1978std', '2008std', '2010std'] as const).forEach((std, i) => {
      const [lineYuan, pop, hc] = groups[i];
      if (lineYuan !== '-') out.push(['CN', `poverty_line_${std}`, y, lineYuan, '元', 'nbs_survey', 'SEED003', '']);
      if (pop !== '-') out.push(['CN', `rural_poor_pop_${std}`, y, millionToWan(pop), '万人', 'nbs_survey', 'SEED003', `printed as ${pop} million`]);
      if (hc !== '-') out.push(['CN', `poverty_incidence_${std}`, y, hc, '%', 'nbs_survey', 'SEED003', '']);
    });
  }
  for (const [y, std, pop, hc] of SEED002) {
    out.push(['CN', `rural_poor_pop_${std}`, String(y), pop, '万人', 'nbs_survey', 'SEED002', '']);
    if (hc) out.push(['CN', `poverty_incidence_${std}`, String(y), hc, '%', 'nbs_survey', 'SEED002', '']);
  }
  for (const r of read('series/national_poverty_2010std.csv')) {
    const { entity_id: e, indicator: ind, year: y, value: v, source_id: src } = r;
    if (e === 'CN' && (ind === 'rural_poor_pop_2010std' || ind === 'poverty_incidence_2010std')) {
      if (y === '2020') continue; // declared, not an NBS estimate: carried as the indicator note instead
      out.push([e, ind, y, v, r.unit, 'nbs_survey', src, src === 'S12' ? 'stated rounded (1.66亿)' : '']);
    } else if (e === 'CN' && ind === 'rural_poor_pop_reduction_vs_prev_year') out.push([e, 'rural_poor_pop_reduction_2010std', y, v, '万人', 'nbs_survey', src, '']);
    else if (e === 'CN_PA' && ind === 'rural_income_disposable_pc') out.push([e, 'rural_income_disposable_pc', y, v, '元', 'nbs_survey', src, '']);
  }
  for (const r of read('series/derived_values.csv')) {
    if (r.entity_id === 'CN' && r.indicator === 'rural_poor_pop_2010std') {
      out.push(['CN', 'rural_poor_pop_2010std', r.year, r.value, '万人', 'nbs_survey', 'DERIVED', `arithmetic on NBS figures: ${r.source_id.replace('DER: ', '')}`]);
    }
  }
  return out;
}

/** Shared indicator → our id and basis (the unit is kept). */
const IND: Record<string, [string, string]> = {
  rural_poor_pop: ['rural_poor_pop', 'nbs_survey'], poverty_incidence: ['poverty_incidence', 'nbs_survey'],
  rural_income_net_pc: ['rural_income_net_pc', 'nbs_survey'],
  rural_income_disposable_pc: ['rural_income_disposable_pc', 'nbs_survey'],
  rural_income_disposable_pc_growth_nominal: ['rural_income_disposable_pc_growth', 'nbs_survey'],
  rural_poor_pop_registered: ['rural_poor_pop_registered', 'registration'],
  poverty_incidence_registered: ['poverty_incidence_registered', 'registration'],
  poor_hh_income_net_pc: ['poor_hh_income_net_pc_registered', 'registration'],
  counties: ['county_count_reported', 'plan'], land_area: ['land_area_plan', 'plan'],
  population_total: ['population_total_plan', 'plan'], population_rural: ['population_rural_plan', 'plan'],
  population_urban: ['population_urban_plan', 'plan'], counties_in_plan: ['county_count_reported', 'plan'],
  counties_as_reported_2017: ['county_count_reported', 'plan'], poverty_counties: ['county_count_reported', 'plan'],
  poverty_counties_exited_cumulative: ['poverty_counties_exited_reported', 'official_list'],
  deep_poverty_counties: ['deep_poverty_counties', 'official_list'],
  poverty_target_pop_2300std_huji: ['poverty_target_pop_2010', 'registration'],
  poverty_target_share_of_huji_rural_pop: ['poverty_target_share_2010', 'registration'],
};

/** '个 (as of 2020-08-21)' → ['count', 'as of 2020-08-21']; '万km2' → '万km²'. */
function unitAndNote(unit: string): [string, string] {
  const i = unit.indexOf(' ');
  const base = i < 0 ? unit : unit.slice(0, i);
  const rest = i < 0 ? '' : unit.slice(i + 1).trim().replace(/^\(+|\)+$/g, '');
  return [({ 个: 'count', 万km2: '万km²' } as Record<string, string>)[base] ?? base, rest];
}

function areaRows(read: SharedReader): Rows {
  const out: Rows = [];
  for (const r of [...read('series/contiguous_areas_facts.csv'), ...read('series/contiguous_areas_poverty_income.csv'), ...read('series-extra/values.csv')]) {
    const e = AREA_IDS[r.entity_id] ?? (r.entity_id in AGGREGATES ? r.entity_id : undefined);
    const ind = IND[r.indicator];
    if (!e || !ind) continue;
    let [our, basis] = ind;
    const [unit, unitNote] = unitAndNote(r.unit);
    if (r.basis === 'other' && basis !== 'plan') {
      if (r.source_id !== 'N05') continue; // basis not stated
      [our, basis] = ['rural_income_net_pc_plan', 'plan'];
    }
    if (r.source_id === 'S34' && r.indicator === 'rural_income_net_pc') [our, basis] = ['rural_income_net_pc_plan', 'plan'];
    let note = unitNote;
    if (our === 'county_count_reported' && e === 'wuling') note = '片区县 in the plan (the 2012 list has 64)';
    else if (our === 'poverty_counties_exited_reported' && e === 'wuling') note = `of the plan's 71 片区县, ${unitNote}`;
    else if (!unitNote && r.source_id === 'N08' && r.year === '2010') note = 'pre-2013 survey; the concept may be net income';
    out.push([e, our, String(Number(r.year)), r.value, unit, basis, r.source_id, note]);
  }
  // 14-area aggregate derived rows in shared data (2018 incidence from a "1.1 points above average" remark): not a published value, skipped.
  return out.sort((a, b) => cmp(a[1], b[1]) || cmp(a[0], b[0]) || Number(a[2]) - Number(b[2]) || cmp(a[6], b[6]));
}

function sichuanPovertyRows(read: SharedReader): Rows {
  const out: Rows = [];
  const KEEP = ['510000', '511100', '513200', '513300', '513400', 'SC_DEEP45'];
  for (const r of read('series/sichuan_poverty.csv')) {
    const ind = IND[r.indicator];
    // 510000 'poverty_counties' (88) is the count of our own county rows; SC_DEEP45's land area is not a plan figure.
    if (!ind || !KEEP.includes(r.entity_id) || r.indicator === 'poverty_counties' || (r.entity_id === 'SC_DEEP45' && r.indicator === 'land_area')) continue;
    const note = r.unit.includes('2019-04') ? 'as of 2019-04 (未脱贫人口)' : '';
    out.push([r.entity_id, ind[0], String(Number(r.year)), r.value, unitAndNote(r.unit)[0], ind[1], r.source_id, note]);
  }
  out.push(['513300', 'land_area_reported', '2019', '153000', 'km²', 'official_list', 'SEED003', 'total area 153,000 km² (31.76% of Sichuan)']);
  out.push(['513200', 'land_area_reported', '2017', '84242', 'km²', 'official_list', 'SEED003', 'total area 84,242 km²']);
  return out;
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
