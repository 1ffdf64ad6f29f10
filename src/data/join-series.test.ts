import { describe, expect, it } from 'vitest';
import { indicatorById, joinSeries, seriesFor, sourceById, yearsOf } from './join-series';
import type { IndicatorDef, SeriesFile } from './schema';

// Tiny hand-made file: real seed-004 GDP values, a sparse area indicator with
// a carry-forward of 2 years, and two sources.
const def = (id: string, carryForward: number, basis: IndicatorDef['basis']): IndicatorDef => ({
  id, name: { zh: id, en: id }, unit: { zh: '', en: '' }, csvUnit: '', enFactor: 1, basis, kinds: ['prefecture', 'area'],
  scale: 'quantile', decimals: 2, higherIsBetter: true, carryForward,
});

const file: SeriesFile = {
  generated: 'test',
  indicators: [def('gdp', 0, 'accounts'), def('sparse', 2, 'nbs_survey')],
  sources: [
    { id: 'SEED004', title: 't', publisher: 'p', date: '2018', url: '', trust: 'medium' },
    { id: 'S13', title: 't', publisher: 'p', date: '2015', url: '', trust: 'medium' },
  ],
  entities: [],
  values: {
    gdp: {
      '510100': [[2015, 10801.16, 0], [2016, 12170.23, 0]],
      '513300': [[2016, 229.8, 0]],
      '512000': [[2015, 1270.38, 0]],
    },
    sparse: { liupan: [[2014, 19.2, 1]], wuling: [[2019, 1.7, 1]] },
  },
  breaks: [],
};

describe('joinSeries', () => {
  it('returns the exact value, its year, source and basis', () => {
    const m = joinSeries(file, 'gdp', ['510100', '513300'], 2016);
    expect(m.get('510100')).toEqual({ value: 12170.23, year: 2016, sourceId: 'SEED004', basis: 'accounts' });
    expect(m.get('513300')).toEqual({ value: 229.8, year: 2016, sourceId: 'SEED004', basis: 'accounts' });
  });

  it('keeps a missing year as missing, not zero', () => {
    const m = joinSeries(file, 'gdp', ['512000', '510100', 'nowhere'], 2016);
    expect(m.has('512000')).toBe(false);
    expect(m.has('nowhere')).toBe(false);
    expect([...m.keys()]).toEqual(['510100']);
  });

  it('lets a value stand in for a later year within the tolerance and says which year it is from', () => {
    expect(joinSeries(file, 'sparse', ['liupan'], 2016).get('liupan')).toEqual({ value: 19.2, year: 2014, sourceId: 'S13', basis: 'nbs_survey' });
  });

  it('drops a value older than the tolerance', () => {
    expect(joinSeries(file, 'sparse', ['liupan'], 2017).has('liupan')).toBe(false);
  });

  it('never lets a later value stand in for an earlier year', () => {
    expect(joinSeries(file, 'sparse', ['wuling'], 2018).has('wuling')).toBe(false);
    expect(joinSeries(file, 'gdp', ['513300'], 2015).has('513300')).toBe(false);
  });

  it('returns an empty map for an unknown indicator', () => {
    expect(joinSeries(file, 'nope', ['510100'], 2016).size).toBe(0);
  });
});

describe('series helpers', () => {
  it('seriesFor lists one entity by year with source ids', () => {
    expect(seriesFor(file, 'gdp', '510100')).toEqual([
      { year: 2015, value: 10801.16, sourceId: 'SEED004' },
      { year: 2016, value: 12170.23, sourceId: 'SEED004' },
    ]);
    expect(seriesFor(file, 'gdp', 'nowhere')).toEqual([]);
  });

  it('yearsOf lists every year with a value, ascending', () => {
    expect(yearsOf(file, 'sparse')).toEqual([2014, 2019]);
  });

  it('looks up indicators and sources by id', () => {
    expect(indicatorById(file, 'sparse')?.carryForward).toBe(2);
    expect(sourceById(file, 'S13')?.date).toBe('2015');
    expect(sourceById(file, 'S99')).toBeUndefined();
  });
});
