import { describe, expect, it } from 'vitest';
import { parseUrlState, serializeUrlState } from './url-state';
import { resolveState, type AtlasState, type Catalog } from './atlas-state';

describe('URL state', () => {
  it('round-trips a state through the hash', () => {
    const state: AtlasState = { view: 'sichuan', indicator: 'gdp', year: 2016, lang: 'en', selected: '510100' };
    const hash = serializeUrlState(state);
    expect(hash).toBe('#view=sichuan&indicator=gdp&year=2016&lang=en&selected=510100');
    const catalog: Catalog = {
      indicatorIds: () => ['gdp'],
      defaultIndicator: () => 'gdp',
      yearRange: () => [2015, 2016],
      defaultYear: () => 2016,
      hasValues: () => true,
      isEntity: () => true,
    };
    expect(resolveState(parseUrlState(hash), catalog, () => {})).toEqual(state);
  });

  it('leaves out an empty selection and ignores unknown keys', () => {
    const hash = serializeUrlState({ view: 'areas', indicator: 'x', year: 2014, lang: 'zh', selected: null });
    expect(hash).not.toContain('selected');
    expect(parseUrlState('#foo=1&view=counties')).toEqual({ view: 'counties' });
  });
});
