import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SeriesFile } from './schema';
import { formatChange, hasChange, yearChange } from './year-change';

const SERIES = JSON.parse(readFileSync(new URL('../../public/data/series.json', import.meta.url), 'utf8')) as SeriesFile;
const ind = (id: string) => SERIES.indicators.find((d) => d.id === id)!;
const at = (id: string, entity: string, year: number) => {
  const p = SERIES.values[id][entity].find(([y]) => y === year)!;
  return { value: p[1], year: p[0] };
};

describe('yearChange', () => {
  it('gives 成都’s GDP change 2010→2015 as later minus earlier, whichever year comes first', () => {
    const a = at('gdp', '510100', 2010);
    const b = at('gdp', '510100', 2015);
    const forward = yearChange(a, b, SERIES.breaks, '510100', 'gdp');
    expect(forward).toEqual({ kind: 'change', delta: b.value - a.value });
    expect(yearChange(b, a, SERIES.breaks, '510100', 'gdp')).toEqual(forward);
  });

  it('refuses a change across 成都’s 2016 boundary change (简阳 moved from 资阳)', () => {
    const brk = SERIES.breaks.find((b) => b.entityId === '510100' && b.year === 2016)!;
    expect(brk).toBeDefined();
    expect(yearChange(at('gdp', '510100', 2015), at('gdp', '510100', 2016), SERIES.breaks, '510100', 'gdp')).toEqual({ kind: 'break', year: 2016 });
  });

  it('says missing, never zero, when one year has no value', () => {
    expect(yearChange(at('gdp', '510100', 2015), null, SERIES.breaks, '510100', 'gdp')).toEqual({ kind: 'missing' });
  });

  it('counts 乌蒙山区’s counties still designated poor down from 38 (2015) to 0 (2020)', () => {
    const c = yearChange(at('area_counties_remaining', 'wumeng', 2015), at('area_counties_remaining', 'wumeng', 2020), SERIES.breaks, 'wumeng', 'area_counties_remaining');
    expect(c).toEqual({ kind: 'change', delta: -38 });
    expect(formatChange(-38, ind('area_counties_remaining'), 'zh')).toBe('−38');
  });
});

describe('formatChange / hasChange', () => {
  it('writes a GDP change with its sign and every digit, in 亿元 and in billion yuan', () => {
    const gdp = ind('gdp');
    expect(formatChange(12170.23 - 10801.16, gdp, 'zh')).toBe('+1,369.07');
    expect(formatChange(12170.23 - 10801.16, gdp, 'en')).toBe('+136.907');
  });

  it('has no change for coded values (exit years, statuses)', () => {
    expect(hasChange(ind('exit_year'))).toBe(false);
    expect(hasChange(ind('county_poverty_status'))).toBe(false);
    expect(hasChange(ind('gdp'))).toBe(true);
  });
});
