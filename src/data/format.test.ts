import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatBound, formatNumber, formatValue } from './format';
import type { IndicatorDef, Lang, SeriesFile } from './schema';
import { GDP_DEF } from './test-fixtures';

const SERIES = JSON.parse(readFileSync(new URL('../../public/data/series.json', import.meta.url), 'utf8')) as SeriesFile;
const indicator = (id: string) => SERIES.indicators.find((d) => d.id === id)!;
const stored = (id: string, entity: string, year: number) => SERIES.values[id][entity].find(([y]) => y === year)![1];

/** The number at the start of a formatted value, grouping removed ("1,217.023 billion yuan" → 1217.023). */
const parse = (text: string) => Number(text.replace(/[,\u00a0\u202f]/g, '').match(/^-?\d+(\.\d+)?/)![0]);

describe('formatValue', () => {
  it('shows Chengdu’s 2016 GDP as 12,170.23亿元 in Chinese and keeps every digit in billions in English', () => {
    expect(formatValue(12170.23, GDP_DEF, 'zh')).toBe('12,170.23亿元');
    expect(formatValue(12170.23, GDP_DEF, 'en')).toBe('1,217.023 billion yuan');
  });

  it('shows Wuling’s 49万 rural poor of 2019 as 0.49 million, not "0 million", and Daxing’anling’s 59万 (2015) as 0.59 million', () => {
    const ind = indicator('rural_poor_pop');
    expect(stored('rural_poor_pop', 'wuling', 2019)).toBe(49);
    expect(formatValue(49, ind, 'zh')).toBe('49万人');
    expect(formatValue(49, ind, 'en')).toBe('0.49 million people');
    expect(formatValue(stored('rural_poor_pop', 'daxinganling', 2015), ind, 'en')).toBe('0.59 million people');
  });

  it('writes percentages without a space and with the indicator’s decimals', () => {
    const ind = indicator('poverty_incidence');
    expect(formatValue(17.1, ind, 'en')).toBe('17.1%');
    expect(formatValue(17.1, ind, 'zh')).toBe('17.1%');
  });

  it('never groups the digits of a year', () => {
    expect(formatValue(2016, { ...GDP_DEF, csvUnit: 'year', unit: { zh: '年', en: 'year' }, enFactor: 1, decimals: 0 }, 'en')).toBe('2016');
  });

  it('gives back, for every value of every indicator in series.json and in both languages, the stored value to the indicator’s decimals', () => {
    let checked = 0;
    for (const ind of SERIES.indicators) {
      const byLabel = new Map((ind.categories ?? []).flatMap((c) => [[c.label.zh, c.value], [c.label.en, c.value]] as const));
      for (const rows of Object.values(SERIES.values[ind.id] ?? {})) {
        for (const [, value] of rows) {
          for (const lang of ['zh', 'en'] as Lang[]) {
            const text = formatValue(value, ind, lang);
            const factor = lang === 'en' ? ind.enFactor : 1;
            const back = byLabel.get(text) ?? parse(text) / factor;
            // Within half a unit of the indicator's last decimal (14.45 at one decimal may read 14.5).
            const slack = 0.5 * 10 ** -ind.decimals + 1e-9 * Math.max(1, Math.abs(value));
            expect(Math.abs(back - value), `${ind.id} ${value} (${lang}) shown as "${text}"`).toBeLessThanOrEqual(slack);
            checked++;
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(2000);
  });
});

describe('formatBound', () => {
  it('drops decimals from whole legend bounds', () => {
    expect(formatBound(2000, GDP_DEF, 'zh')).toBe('2,000');
    expect(formatBound(2000, GDP_DEF, 'en')).toBe('200');
  });

  it('reads the English rural-poor legend as 0.5, 1, 2, 4 million, never "1, 1, 2, 4"', () => {
    const ind = indicator('rural_poor_pop');
    expect(ind.thresholds!.map((b) => formatBound(b, ind, 'en'))).toEqual(['0.5', '1', '2', '4']);
  });

  it('gives back every legend break of every indicator exactly, in both languages, and never labels two breaks alike', () => {
    for (const ind of SERIES.indicators) {
      for (const lang of ['zh', 'en'] as Lang[]) {
        const labels = (ind.thresholds ?? []).map((b) => formatBound(b, ind, lang));
        (ind.thresholds ?? []).forEach((b, i) => expect(parse(labels[i]) / (lang === 'en' ? ind.enFactor : 1)).toBeCloseTo(b, 9));
        expect(new Set(labels).size, `${ind.id} ${lang}: ${labels.join(' | ')}`).toBe(labels.length);
      }
    }
  });

  it('labels an English axis 0, 0.5, 1, 1.5, 2 million, not "0, 1, 1, 2, 2"', () => {
    const ind: IndicatorDef = indicator('rural_poor_pop');
    expect([0, 50, 100, 150, 200].map((v) => formatBound(v, ind, 'en'))).toEqual(['0', '0.5', '1', '1.5', '2']);
  });
});

describe('formatNumber', () => {
  it('reuses its number formats: formatting a county table twice builds no new Intl.NumberFormat', () => {
    const ind = indicator('gdp');
    formatNumber(1, ind, 'en');
    const Original = Intl.NumberFormat;
    let built = 0;
    Intl.NumberFormat = new Proxy(Original, { construct: (t, a) => (built++, Reflect.construct(t, a)) }) as typeof Intl.NumberFormat;
    try {
      for (let i = 0; i < 800; i++) formatNumber(i * 1.5, ind, 'en');
    } finally {
      Intl.NumberFormat = Original;
    }
    expect(built).toBe(0);
  });
});
