import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { joinBounds, joinSeries } from './join-series';
import { parseSeriesFile } from './parse-series-file';
import { derivedCount, qualifierSummary, valueText } from './value-text';

const series = parseSeriesFile(JSON.parse(readFileSync(new URL('../../public/data/series.json', import.meta.url), 'utf8')), 'series.json');
const ind = (id: string) => series.indicators.find((d) => d.id === id)!;
const show = (indicator: string, id: string, year: number, lang: 'zh' | 'en') =>
  valueText(joinSeries(series, indicator, [id], year).get(id), joinBounds(series, indicator, [id], year).get(id), ind(indicator), lang);

describe('valueText', () => {
  it('shows a year a source names as itself', () => {
    // 昭觉县: named in Sichuan's 2020 list (S23).
    expect(show('exit_year', '513431', 2020, 'en')).toMatchObject({ text: '2020', label: '2020', derived: false, bounded: false, note: '' });
  });

  it('marks a year derived by elimination as derived, in both languages', () => {
    // 江达县 (Tibet, 540321): the 2018 batch, left once the 2016, 2017 and 2019 lists are named.
    expect(show('exit_year', '540321', 2020, 'en')).toMatchObject({ text: '2018', label: '2018 (derived)', derived: true });
    expect(show('exit_year', '540321', 2020, 'zh')).toMatchObject({ label: '2018年度（推算）', mark: '推算', derived: true });
    expect(show('exit_year', '540321', 2020, 'zh')!.note).toContain('排除法');
  });

  it('shows a bounded county as "2018 or 2019", never as one year', () => {
    // 阿图什市 (南疆三地州): the sources give counts only.
    const en = show('exit_year', '653001', 2020, 'en')!;
    expect(en).toMatchObject({ text: '2018 or 2019', bounded: true, derived: false });
    expect(en.label).not.toMatch(/^\d{4}$/);
    expect(show('exit_year', '653001', 2019, 'zh')).toMatchObject({ text: '2018或2019年度', bounded: true });
  });

  it('shows southern Xinjiang at the end of 2018 as the range 20–23, and exact counts elsewhere', () => {
    expect(show('area_counties_remaining', 'south_xinjiang', 2018, 'en')).toMatchObject({ text: '20–23 counties', label: '20–23 counties (range)', bounded: true });
    expect(show('area_counties_remaining', 'south_xinjiang', 2018, 'zh')).toMatchObject({ text: '20–23个', bounded: true });
    expect(show('area_counties_remaining', 'south_xinjiang', 2019, 'en')).toMatchObject({ text: '10 counties', bounded: false });
    expect(show('area_counties_remaining', 'tibet', 2018, 'en')).toMatchObject({ text: '19 counties', bounded: false });
  });

  it('gives nothing where there is neither a value nor a range (the caller says "no data")', () => {
    expect(show('exit_year', '513431', 2019, 'en')).toBeNull();
  });

  it('counts derived values and ranges for the legend', () => {
    const tibet = series.entities.filter((e) => e.parents?.includes('tibet')).map((e) => e.id);
    const values = joinSeries(series, 'exit_year', tibet, 2020).values();
    expect(qualifierSummary(derivedCount(values), 0, 'en')).toBe('17 derived');
    expect(qualifierSummary(0, 13, 'zh')).toBe('其中13个仅知区间（不着色）');
    expect(qualifierSummary(0, 0, 'en')).toBe('');
  });
});
