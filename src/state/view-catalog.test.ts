import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeriesFile } from '../data/parse-series-file';
import { ViewCatalog } from './view-catalog';
import { viewModel } from './view-model';
import { EMPTY_STATE } from './atlas-state';

// The committed series.json; geometry is left out, so regions come from its entities.
const series = parseSeriesFile(JSON.parse(readFileSync('public/data/series.json', 'utf8')), 'series.json');
const catalog = new ViewCatalog(series, {});

describe('ViewCatalog on the committed series.json', () => {
  it('opens the Sichuan view on GDP in 2016 with all 21 prefectures coloured', () => {
    const indicator = catalog.defaultIndicator('sichuan');
    const year = catalog.defaultYear('sichuan', indicator);
    expect([indicator, year]).toEqual(['gdp', 2016]);
    expect(catalog.coverage('sichuan', indicator, year)).toEqual({ n: 21, total: 21 });
  });

  it('gives Chengdu’s 2016 GDP as 12170.23 亿元 from its source', () => {
    const vm = viewModel(catalog, { ...EMPTY_STATE, view: 'sichuan', indicator: 'gdp', year: 2016 });
    expect(vm.values.get('510100')).toMatchObject({ value: 12170.23, year: 2016 });
    expect(vm.values.get('510100')?.sourceId).not.toBe('');
  });

  it('offers the areas view only indicators some area has, and keeps the 14-area total out of the colour domain', () => {
    const ids = catalog.indicatorIds('areas');
    expect(ids.length).toBeGreaterThan(0);
    for (const id of ids) expect(catalog.allValues('areas', id).length).toBeGreaterThan(0);
    const counts = catalog.allValues('areas', 'county_count_list');
    expect(counts).not.toContain(680);
  });

  it('spans the slider over every year from the first to the last with data', () => {
    const range = catalog.yearRange('gdp');
    expect(range[0]).toBe(catalog.dataYears('gdp')[0]);
    expect(range.every((y, i) => i === 0 || y === range[i - 1] + 1)).toBe(true);
  });
});
