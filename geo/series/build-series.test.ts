/**
 * The committed public/data/series.json is what the pipeline writes today, and
 * every number in it names a source that exists. The series step reads
 * atlas.topo.json and counties.topo.json from its output folder (land area and
 * names from the geometry), so the test copies the committed ones into the
 * temp folder first, when there are any.
 */
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runPipeline } from '../build.ts';
import { joinBounds, joinSeries } from '../../src/data/join-series.ts';
import { csvRecords } from '../../src/data/csv.ts';
import { parseSeriesFile } from '../../src/data/parse-series-file.ts';
import type { SeriesFile } from '../../src/data/schema.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const COMMITTED = join(ROOT, 'public/data/series.json');
let tmp = '';
let built = '';

beforeAll(async () => {
  tmp = mkdtempSync(join(tmpdir(), 'series-'));
  for (const file of ['atlas.topo.json', 'counties.topo.json']) {
    const path = join(ROOT, 'public/data', file);
    if (existsSync(path)) copyFileSync(path, join(tmp, file));
  }
  await runPipeline(tmp, ['series'], () => {});
  built = readFileSync(join(tmp, 'series.json'), 'utf8');
});
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// Parsed and checked once (about 40 ms); the tests only read it.
let parsed: SeriesFile | undefined;
const committed = (): SeriesFile => (parsed ??= parseSeriesFile(JSON.parse(readFileSync(COMMITTED, 'utf8')), 'series.json'));
const csvRows = (file: string) => csvRecords(readFileSync(join(ROOT, 'geo/sources/series', file), 'utf8')).slice(1);

describe('series step', () => {
  it('committed series.json is not stale (rebuild gives the same bytes; run npm run build:data)', () => {
    expect(built === readFileSync(COMMITTED, 'utf8')).toBe(true);
  });

  it('every number in series.json names a source that exists', () => {
    const file = committed();
    const ids = new Set(file.sources.map((s) => s.id));
    expect(ids.size).toBe(file.sources.length);
    // One assertion listing every point without a source (one expect per point took 0.4 s).
    const unsourced: string[] = [];
    for (const [ind, byEntity] of Object.entries(file.values)) {
      for (const [entity, points] of Object.entries(byEntity)) {
        for (const [year, , s] of points) if (file.sources[s] === undefined) unsourced.push(`${ind} ${entity} ${year}`);
      }
    }
    expect(unsourced).toEqual([]);
  });

  it('every source has a title and a trust note a reader understands, in both languages, and none points at a search index', () => {
    const file = committed();
    expect(file.sources.filter((x) => !x.label?.zh || !x.label?.en || !x.trustNote?.zh || !x.trustNote?.en).map((x) => x.id)).toEqual([]);
    expect(file.sources.filter((x) => /index[- ]?(file[- ])?id|find_string/i.test(`${x.title} ${x.publisher} ${x.url}`)).map((x) => x.id)).toEqual([]);
    // A repost names who published the original and when.
    expect(file.sources.find((x) => x.id === 'S02')?.original).toEqual({ publisher: { zh: '新华社', en: 'Xinhua' }, date: '2018-02-01' });
  });

  it('every indicator offered has values (no empty choices in the picker)', () => {
    const file = committed();
    expect(file.indicators.filter((d) => !file.values[d.id]).map((d) => d.id)).toEqual([]);
  });

  it('every row of every series CSV names a source listed in sources.csv', () => {
    const known = new Set(csvRecords(readFileSync(join(ROOT, 'geo/sources/sources.csv'), 'utf8')).slice(1).map((r) => r[0]));
    const unknown = readdirSync(join(ROOT, 'geo/sources/series'))
      .filter((f) => f.endsWith('.csv'))
      .flatMap((file) => csvRows(file).filter((r) => !known.has(r[6])).map((r) => `${file}: ${r.join(',')}`));
    expect(unknown).toEqual([]);
  });

  it('round-trips seed 004 Chengdu and Ganzi GDP from CSV to JSON to the join exactly', () => {
    const file = committed();
    const seed = csvRows('sichuan_prefecture_gdp.csv').filter((r) => r[6] === 'SEED004' && ['510100', '513300'].includes(r[0]));
    expect(seed).toHaveLength(14);
    for (const [entity, , year, value] of seed) {
      const hit = joinSeries(file, 'gdp', [entity], Number(year)).get(entity);
      expect(hit, `${entity} ${year}`).toEqual({ value: Number(value), year: Number(year), sourceId: 'SEED004', basis: 'accounts' });
    }
    expect(joinSeries(file, 'gdp', ['510100'], 2016).get('510100')?.value).toBe(12170.23);
  });

  it("round-trips seed 003's 2010-standard rows, except the one misprint it shows with a note", () => {
    const file = committed();
    const seed = csvRows('national_poverty.csv').filter((r) => r[6] === 'SEED003' && r[1].endsWith('_2010std'));
    expect(seed.length).toBe(43);
    for (const [, indicator, year, value] of seed) {
      const hit = joinSeries(file, indicator, ['CN'], Number(year)).get('CN');
      if (indicator === 'rural_poor_pop_2010std' && year === '2013') {
        expect(hit?.value).toBe(8249);
        expect(file.notes?.find((n) => n.indicator === indicator && n.year === 2013)?.others).toContain('SEED003');
      } else {
        expect(hit?.value, `${indicator} ${year}`).toBe(Number(value));
      }
    }
  });

  it('keeps the three poverty standards as separate indicators, never one line', () => {
    const file = committed();
    const ids = ['1978std', '2008std', '2010std'].map((s) => `rural_poor_pop_${s}`);
    expect(ids.every((id) => file.indicators.some((d) => d.id === id))).toBe(true);
    expect(file.values.rural_poor_pop_1978std.CN.map(([y]) => y)).toEqual([1978, 1980, 1985, 1990, 1995, 2000, 2005]);
    expect(file.values.rural_poor_pop_2010std.CN.at(-1)).toEqual([2019, 551, expect.any(Number)]);
  });

  it('records the 简阳 transfer as a break and computes no growth across it', () => {
    const file = committed();
    for (const id of ['510100', '512000']) {
      expect(file.breaks.find((b) => b.entityId === id && b.year === 2016)?.note.en).toContain('Jianyang');
      expect(joinSeries(file, 'gdp_growth_nominal', [id], 2016).has(id)).toBe(false);
      expect(joinSeries(file, 'gdp_growth_nominal', [id], 2015).has(id)).toBe(true);
    }
    expect(joinSeries(file, 'gdp_growth_nominal', ['513300'], 2016).get('513300')?.value).toBe(7.87);
  });

  it('counts the counties still designated poor in every area 2015–2020, with southern Xinjiang 2018 only as a range', () => {
    const file = committed();
    const remaining = (id: string, y: number) => joinSeries(file, 'area_counties_remaining', [id], y).get(id)?.value;
    expect([2015, 2016, 2017, 2018, 2019, 2020].map((y) => remaining('tibet', y))).toEqual([74, 69, 44, 19, 0, 0]);
    expect([2015, 2016, 2017, 2018, 2019, 2020].map((y) => remaining('wumeng', y))).toEqual([38, 37, 32, 28, 12, 0]);
    expect(remaining('south_xinjiang', 2018)).toBeUndefined();
    expect(joinBounds(file, 'area_counties_remaining', ['south_xinjiang'], 2018).get('south_xinjiang')).toMatchObject({ low: 20, high: 23 });
    expect(remaining('south_xinjiang', 2019)).toBe(10);
    expect(joinSeries(file, 'poverty_counties_exited_share', ['wumeng'], 2019).get('wumeng')?.value).toBe(68.42);
    expect(joinSeries(file, 'exit_year_known_counties', ['tibet'], 2018).get('tibet')).toMatchObject({ value: 74, year: 2018 });
    expect(joinSeries(file, 'county_count_list', ['tibet'], 2018).get('tibet')?.value).toBe(74);
  });

  it('marks exit years derived by elimination and gives bounded counties a range, not a year', () => {
    const file = committed();
    // 江达县 (Tibet, 540321): the 2018 batch by elimination; 阿图什市 (southern Xinjiang): 2018 or 2019.
    expect(joinSeries(file, 'exit_year', ['540321'], 2020).get('540321')).toMatchObject({ value: 2018, method: 'elimination' });
    expect(joinSeries(file, 'exit_year', ['653001'], 2020).has('653001')).toBe(false);
    expect(joinBounds(file, 'exit_year', ['653001'], 2020).get('653001')).toMatchObject({ low: 2018, high: 2019 });
    expect(joinSeries(file, 'county_poverty_status', ['653001'], 2018).has('653001')).toBe(false);
    expect(joinSeries(file, 'county_poverty_status', ['653001'], 2019).get('653001')?.value).toBe(2);
    expect(file.exitCoverage?.find((c) => c.entityId === 'south_xinjiang')).toEqual({ entityId: 'south_xinjiang', named: 11, derived: 0, bounded: 13, missing: 0, total: 24 });
  });

  it('puts Sichuan 2018 GDP of the 2019 yearbook on the first-release line, apart from the revised figures', () => {
    const file = committed();
    const gdp = joinSeries(file, 'gdp', file.entities.filter((e) => e.kind === 'prefecture').map((e) => e.id), 2018);
    expect(gdp.size).toBe(21);
    expect(gdp.get('510100')).toMatchObject({ value: 15342.77, year: 2018 });
    expect(joinSeries(file, 'gdp_post_census', ['510100'], 2018).get('510100')?.value).toBe(15698.94);
    // The nine S43 "2017" values that repeat an earlier year stay out, each with its reason.
    const out = (file.notes ?? []).filter((n) => n.indicator === 'gdp' && n.year === 2017 && n.shown === null);
    expect(out).toHaveLength(9);
    for (const n of out) expect(joinSeries(file, 'gdp', [n.entityId], 2017).has(n.entityId)).toBe(false);
  });

  it('round-trips county exit years and counts Sichuan\'s 88 poverty counties down to zero', () => {
    const file = committed();
    expect(joinSeries(file, 'exit_year', ['513428'], 2020).get('513428')).toEqual({ value: 2020, year: 2020, sourceId: 'S23', basis: 'official_list' });
    expect(joinSeries(file, 'exit_year', ['511321'], 2020).get('511321')).toMatchObject({ value: 2016, year: 2016 });
    expect(joinSeries(file, 'exit_year', ['513428'], 2019).has('513428')).toBe(false);
    const remaining = (y: number) => joinSeries(file, 'poverty_counties_remaining', ['510000'], y).get('510000')?.value;
    expect([2015, 2016, 2017, 2018, 2019, 2020].map(remaining)).toEqual([88, 83, 68, 38, 7, 0]);
    const prefectures = file.entities.filter((e) => e.kind === 'prefecture').map((e) => e.id);
    const sum2015 = [...joinSeries(file, 'poverty_counties_remaining', prefectures, 2015).values()].reduce((n, v) => n + v.value, 0);
    expect(sum2015).toBe(88);
  });

  it('gives each county a status per year', () => {
    const file = committed();
    expect(joinSeries(file, 'county_poverty_status', ['513428'], 2019).get('513428')?.value).toBe(1);
    expect(joinSeries(file, 'county_poverty_status', ['513428'], 2020).get('513428')?.value).toBe(2);
    expect(joinSeries(file, 'county_poverty_status', ['540321'], 2017).get('540321')?.value).toBe(1);
    expect(joinSeries(file, 'county_poverty_status', ['540321'], 2018).get('540321')?.value).toBe(2);
    expect(joinSeries(file, 'county_poverty_status', ['510104'], 2018).get('510104')?.value).toBe(0); // 锦江区: not one of the 88
  });
});
