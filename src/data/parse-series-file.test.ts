import { describe, expect, it } from 'vitest';
import { DataError } from './data-error';
import { parseSeriesFile } from './parse-series-file';

const good = () => ({
  generated: 'x',
  indicators: [{ id: 'gdp', name: { zh: '地区生产总值', en: 'GDP' }, carryForward: 0, basis: 'accounts' }],
  sources: [{ id: 'SEED004', trust: 'medium' }],
  entities: [{ id: '510100', kind: 'prefecture', name: { zh: '成都市', en: 'Chengdu' } }],
  values: { gdp: { '510100': [[2016, 12170.23, 0]] } },
  breaks: [],
});

describe('parseSeriesFile', () => {
  it('accepts a well-formed file', () => {
    expect(parseSeriesFile(good(), 'series.json').values.gdp['510100']).toEqual([[2016, 12170.23, 0]]);
  });

  it('names the field when the file is not an object', () => {
    expect(() => parseSeriesFile('<html>', 'series.json')).toThrow('series.json: row 0, field (root): expected an object');
  });

  it('names the path of a malformed point', () => {
    const json = good();
    (json.values.gdp['510100'] as unknown[]).push([2017, '13889.39', 0]);
    expect(() => parseSeriesFile(json, 'series.json')).toThrow('series.json: row 0, field values.gdp.510100[1]: expected [year, value, sourceIndex]');
  });

  it('rejects a point whose source does not exist', () => {
    const json = good();
    json.values.gdp['510100'][0][2] = 5;
    expect(() => parseSeriesFile(json, 'series.json')).toThrow(DataError);
    expect(() => parseSeriesFile(json, 'series.json')).toThrow('source index 5 out of range');
  });

  it('rejects values of an indicator that is not defined', () => {
    const json = { ...good(), values: { gdp_typo: {} } };
    expect(() => parseSeriesFile(json, 'series.json')).toThrow('field values.gdp_typo: unknown indicator "gdp_typo"');
  });

  it('rejects a trust level other than high, medium or low', () => {
    const json = { ...good(), sources: [{ id: 'S1', trust: 'certain' }] };
    expect(() => parseSeriesFile(json, 'series.json')).toThrow('field sources[0].trust: expected high, medium or low');
  });
});
