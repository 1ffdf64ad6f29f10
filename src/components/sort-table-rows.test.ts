import { describe, expect, it } from 'vitest';
import { sortTableRows } from './sort-table-rows';

// GDP 2016 (亿元) of four Sichuan prefectures, seed 004. 凉山 is given no
// value here to stand for a region without data (not a claim about 凉山).
const rows = [
  { id: '510100', name: { zh: '成都市', en: 'Chengdu' }, value: { value: 12170.23 } },
  { id: '513200', name: { zh: '阿坝藏族羌族自治州', en: 'Aba' }, value: { value: 281.32 } },
  { id: '513400', name: { zh: '凉山彝族自治州', en: 'Liangshan' }, value: null },
  { id: '513300', name: { zh: '甘孜藏族自治州', en: 'Ganzi' }, value: { value: 229.8 } },
];
const ids = (r: typeof rows) => r.map((d) => d.id);

describe('sortTableRows', () => {
  it('sorts values from largest to smallest and keeps "no data" last', () => {
    expect(ids(sortTableRows(rows, 'value', 'descending', 'zh'))).toEqual(['510100', '513200', '513300', '513400']);
  });

  it('keeps "no data" last when sorting values from smallest to largest too', () => {
    expect(ids(sortTableRows(rows, 'value', 'ascending', 'en'))).toEqual(['513300', '513200', '510100', '513400']);
  });

  it('sorts English names alphabetically', () => {
    expect(ids(sortTableRows(rows, 'name', 'ascending', 'en'))).toEqual(['513200', '510100', '513300', '513400']);
  });

  it('sorts Chinese names in pinyin order (阿坝 a, 成都 c, 甘孜 g, 凉山 l)', () => {
    expect(ids(sortTableRows(rows, 'name', 'ascending', 'zh'))).toEqual(['513200', '510100', '513300', '513400']);
    expect(ids(sortTableRows(rows, 'name', 'descending', 'zh'))).toEqual(['513400', '513300', '510100', '513200']);
  });

  it('sorts by the change between two years, largest rise first, regions without a change last', () => {
    // Counties still designated poor in 2015 and 2018 (area_counties_remaining): 乌蒙山区 38 → 28,
    // 大别山区 36 → 11; 南疆三地州 has no single 2018 figure (only a range), so no change.
    const areas = [
      { id: 'wumeng', name: { zh: '乌蒙山区', en: 'Wumeng' }, value: { value: 38 }, value2: { value: 28 }, change: -10 },
      { id: 'dabie', name: { zh: '大别山区', en: 'Dabie' }, value: { value: 36 }, value2: { value: 11 }, change: -25 },
      { id: 'south_xinjiang', name: { zh: '南疆三地州', en: 'Southern Xinjiang' }, value: { value: 24 }, value2: null, change: null },
    ];
    expect(sortTableRows(areas, 'change', 'descending', 'en').map((r) => r.id)).toEqual(['wumeng', 'dabie', 'south_xinjiang']);
    expect(sortTableRows(areas, 'change', 'ascending', 'en').map((r) => r.id)).toEqual(['dabie', 'wumeng', 'south_xinjiang']);
    expect(sortTableRows(areas, 'value2', 'descending', 'en').map((r) => r.id)).toEqual(['wumeng', 'dabie', 'south_xinjiang']);
  });

  it('does not change the input array', () => {
    const before = ids(rows);
    sortTableRows(rows, 'value', 'descending', 'zh');
    expect(ids(rows)).toEqual(before);
  });
});
