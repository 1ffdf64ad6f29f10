/**
 * sources.csv: the S… (series), N… (series-extra) and E…/T…/R… (county exits)
 * sources of ../shared/data, then our own (seeds, the 2012 list, derived,
 * geometry). Reader-facing titles in both languages are not made here: they
 * live in geo/sources/source-texts.csv and are joined by the series step.
 */
import type { SharedReader, Table } from './import-shared.ts';

const HEADER = ['id', 'title', 'publisher', 'date', 'url', 'trust', 'trust_note'];

/** "Trust: high (…)" or a note starting with the level → high / medium / low. */
export function trustOf(note: string): 'high' | 'medium' | 'low' {
  const t = note.toLowerCase();
  const m = t.match(/trust:\s*([a-z-]+)/);
  const word = m ? m[1] : (t.trim().split(' ')[0] ?? '').replace(/^[(;,]+|[(;,]+$/g, '');
  if (word.startsWith('high')) return 'high';
  if (word.startsWith('medium')) return 'medium';
  return 'low';
}

export function importSources(read: SharedReader, cc: Table): string[][] {
  const rows: string[][] = [];
  for (const r of read('series/sources.csv')) {
    if (r.source_id === 'DER') continue;
    rows.push([r.source_id, r.title, r.publisher, r.year, r.url_or_repo_path, trustOf(r.notes), r.notes]);
  }
  for (const r of read('series-extra/sources.csv')) rows.push([r.source_id, r.title, r.publisher, r.date, r.url, trustOf(r.trust_note), r.trust_note]);
  for (const r of read('county-exits/sources.csv')) rows.push([r.source_id, r.title, r.publisher, r.date, r.url, trustOf(r.trust), r.trust]);
  const mix = { V: 0, K: 0, D: 0, R: 0 } as Record<string, number>;
  for (const r of cc) mix[r.status] = (mix[r.status] ?? 0) + 1;
  rows.push(
    ['SEED002', "China's poverty alleviation development: transition and experience summary (Hou Junqi)",
      'Beijing Information Science and Technology University (paper; venue not stated in the seed text)',
      'c. 2018 (not stated; figures run to end-2017)', '../shared/seeds/002_34875dc8bc997323.txt', 'medium',
      'Prose summary quoting NBS national figures (1978, 1985, 2000, 2010, 2012, 2017).'],
    ['SEED003', 'Experiences and Enlightenments from Targeted Poverty Alleviation Measures of China (Guo Hongxu, master thesis), Chart 1',
      'ISCTE-IUL, Lisbon (Master of International Studies); table source: NBS Department of Household Surveys (2016)',
      'c. 2020 (not stated; fieldwork summer 2019)', '../shared/seeds/003_335620b545f26f3c.txt', 'medium',
      'Chart 1 copies the NBS table of rural poverty under the 1978, 2008 and 2010 standards, 1978-2016. 2013 population printed as 92.49 million (NBS: 82.49).'],
    ['SEED004', 'Industrial poverty alleviation in Aba Prefecture (conference paper; title not in the seed text), Figure 1: GDP of the prefectures of Sichuan 2010-2016',
      'Paper on poverty alleviation in Aba (English-language conference paper; publisher not stated in the seed text)',
      'c. 2018 (not stated; reports 2017 as last year)', '../shared/seeds/004_5e754142fa46a1f3.txt', 'medium',
      'Table of 21 prefectures x 2010-2016, 100 million yuan; transcribed by hand. 2016 values are on 2016 boundaries (简阳 moved from 资阳 to 成都).'],
    ['CPA2012', 'The 680 counties of the 14 contiguous poverty-stricken areas (June 2012 list), as compiled with verification status',
      'poverty-atlas shared data (contiguous-counties.csv, from 国务院扶贫办 2012 list and provincial sources)', '2012-06',
      '../shared/data/contiguous-counties.csv', 'medium',
      `Membership status: V ${mix.V} confirmed, K ${mix.K} consistent, D ${mix.D} derived, R ${mix.R} unverified.`],
    ['DERIVED', 'Computed by the poverty-atlas pipeline from other rows (formula in the indicator definition and row note)',
      'poverty-atlas geo/series', '2026', 'geo/series/', 'medium',
      'Not primary data. Derived only from inputs of medium or high trust unless the note says otherwise.'],
    ['GEOMETRY', 'Measured from the atlas geometry (public/data/atlas.topo.json, RegionProps.area_km2)',
      'poverty-atlas geo/geometry', '2026', 'public/data/atlas.topo.json', 'medium',
      'Planimetric area of simplified boundaries; differs from official land area by a few per cent.'],
  );
  const seen = new Set<string>();
  for (const r of rows) {
    if (seen.has(r[0])) throw new Error(`sources: duplicate id ${r[0]} in ../shared/data`);
    seen.add(r[0]);
  }
  return [HEADER, ...rows];
}
