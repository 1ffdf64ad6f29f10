import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SeriesFile } from './schema';
import { buildSearchIndex, foldLatin, searchEntries, searchPlaces } from './search-index';

const SERIES = JSON.parse(readFileSync(new URL('../../public/data/series.json', import.meta.url), 'utf8')) as SeriesFile;
const ENTRIES = searchEntries(SERIES.entities);
const INDEX = buildSearchIndex(ENTRIES);
const first = (q: string) => searchPlaces(INDEX, q)[0];

describe('foldLatin', () => {
  it('drops tone marks, tone numbers, case, spaces and apostrophes', () => {
    expect(foldLatin('Zhāojué')).toBe('zhaojue');
    expect(foldLatin('zhao1jue2')).toBe('zhaojue');
    expect(foldLatin("Daxing'anling")).toBe('daxinganling');
    expect(foldLatin('Wu Meng')).toBe('wumeng');
  });

  it('reads ü and v alike, as pinyin keyboards write ü', () => {
    expect(foldLatin('lǜ')).toBe(foldLatin('lv4'));
  });
});

describe('searchPlaces', () => {
  it('finds 昭觉县 (Zhaojue, in 凉山 and 乌蒙山区) from "zhaojue", with or without tones', () => {
    for (const q of ['zhaojue', 'Zhāojué', 'zhao1jue2', 'Zhao Jue', '昭觉', '昭觉县']) {
      const hit = first(q);
      expect(hit, q).toMatchObject({ id: '513431', kind: 'county', view: 'counties' });
      expect(hit.name.zh).toBe('昭觉县');
    }
    expect(first('zhaojue').context?.zh).toContain('凉山');
    expect(first('zhaojue').context?.zh).toContain('乌蒙山区');
  });

  it('puts an area before the counties whose names start the same ("wumeng" → 乌蒙山区)', () => {
    expect(first('wumeng')).toMatchObject({ id: 'wumeng', kind: 'area', view: 'areas' });
    expect(first('乌蒙')).toMatchObject({ id: 'wumeng' });
  });

  it('finds a Sichuan prefecture by its English or Chinese name, shown in the Sichuan view', () => {
    expect(first('Chengdu')).toMatchObject({ id: '510100', kind: 'prefecture', view: 'sichuan' });
    expect(first('成都')).toMatchObject({ id: '510100' });
  });

  it('matches a word inside an English name ("Tibetan" finds the Four-Province Tibetan Areas)', () => {
    const hits = searchPlaces(INDEX, 'tibetan');
    expect(hits.some((h) => h.kind === 'area' && h.name.zh === '四省藏区')).toBe(true);
  });

  it('uses the pinyin field when an entity has one (乌蒙山区 as "wumeng shanqu")', () => {
    const wumeng = ENTRIES.find((e) => e.id === 'wumeng')!;
    const withPinyin = buildSearchIndex([{ ...wumeng, pinyin: 'wumeng shanqu' }]);
    const without = buildSearchIndex([{ ...wumeng, pinyin: undefined }]);
    expect(searchPlaces(withPinyin, 'wumengshanqu').map((h) => h.id)).toEqual(['wumeng']);
    expect(searchPlaces(without, 'wumengshanqu')).toEqual([]);
  });

  it('tells apart two counties of one name by where they lie (市中区 in 乐山 and in 内江)', () => {
    const hits = searchPlaces(INDEX, '市中区');
    expect(hits.length).toBe(2);
    expect(new Set(hits.map((h) => h.context?.zh)).size).toBe(2);
  });

  it('finds every area, prefecture and county by its full Chinese name among the first hits', () => {
    for (const e of ENTRIES) expect(searchPlaces(INDEX, e.name.zh).map((h) => h.id), e.name.zh).toContain(e.id);
    expect(ENTRIES.filter((e) => e.kind === 'area')).toHaveLength(14);
  });

  it('returns nothing for an empty query, one latin letter or a name that is not there', () => {
    expect(searchPlaces(INDEX, '  ')).toEqual([]);
    expect(searchPlaces(INDEX, 'z')).toEqual([]);
    expect(searchPlaces(INDEX, 'qqqq')).toEqual([]);
  });
});
