import { describe, expect, it, vi } from 'vitest';
import { AtlasController } from './atlas-controller';
import fc from 'fast-check';
import { EMPTY_STATE, FIELD_NAMES, resolveState, shownValue, type Catalog } from './atlas-state';

/** A catalog shaped like the Sichuan GDP data of seed 004 (2010–2016). */
const catalog: Catalog = {
  indicatorIds: (view) => (view === 'sichuan' ? ['gdp'] : view === 'areas' ? ['rural_poor_pop'] : ['membership']),
  defaultIndicator: (view) => (view === 'sichuan' ? 'gdp' : view === 'areas' ? 'rural_poor_pop' : 'membership'),
  yearRange: (ind) => (ind === 'gdp' ? [2010, 2011, 2012, 2013, 2014, 2015, 2016] : ind === 'membership' ? [] : [2011, 2012, 2013, 2014]),
  defaultYear: (_v, ind) => (ind === 'gdp' ? 2016 : ind === 'membership' ? 0 : 2014),
  hasValues: () => true,
  isEntity: (view, id) => view === 'sichuan' && /^51\d{4}$/.test(id),
};

describe('resolveState', () => {
  it('accepts a valid state as it is', () => {
    const warn = vi.fn();
    const s = resolveState({ view: 'sichuan', indicator: 'gdp', year: '2016', lang: 'en', selected: '510100' }, catalog, warn);
    expect(s).toEqual({ ...EMPTY_STATE, view: 'sichuan', indicator: 'gdp', year: 2016, lang: 'en', selected: '510100' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('falls back to the default view with one warning for an unknown view', () => {
    const warn = vi.fn();
    const s = resolveState({ view: 'world' }, catalog, warn);
    expect(s.view).toBe('areas');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/invalid view: world/);
  });

  it('opens each view on its default indicator and year', () => {
    expect(resolveState({ view: 'sichuan' }, catalog, () => {})).toMatchObject({ indicator: 'gdp', year: 2016, lang: 'zh' });
  });

  it('rejects a year outside the indicator’s years', () => {
    const warn = vi.fn();
    expect(resolveState({ view: 'sichuan', year: '1999' }, catalog, warn).year).toBe(2016);
    expect(warn).toHaveBeenCalledTimes(1);
  });
});

describe('AtlasController', () => {
  it('warns once for an invalid attribute, even when the data arrives later and re-checks it', () => {
    const warn = vi.fn();
    const c = new AtlasController(warn);
    c.request({ lang: 'fr', view: 'sichuan' });
    c.setCatalog(catalog);
    c.request({ year: '2016' });
    expect(c.state).toMatchObject({ lang: 'zh', view: 'sichuan', year: 2016 });
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('keeps an attribute given before the data loaded and applies it after', () => {
    const c = new AtlasController(() => {});
    c.request({ view: 'sichuan', indicator: 'gdp', year: '2012' });
    expect(c.state.indicator).toBe('');
    c.setCatalog(catalog);
    expect(c.state).toMatchObject({ indicator: 'gdp', year: 2012 });
  });

  it('drops the selection and picks the new view’s indicator when the view changes, silently', () => {
    const warn = vi.fn();
    const c = new AtlasController(warn);
    c.setCatalog(catalog);
    c.update({ view: 'sichuan', selected: '510100' });
    c.update({ view: 'areas' });
    expect(c.state).toMatchObject({ view: 'areas', indicator: 'rural_poor_pop', selected: null, year: 2014 });
    expect(warn).not.toHaveBeenCalled();
  });

  it('fires change with the state, and not when nothing changed', () => {
    const c = new AtlasController(() => {});
    c.setCatalog(catalog);
    const seen: unknown[] = [];
    c.addEventListener('change', (e) => seen.push((e as CustomEvent).detail));
    c.update({ lang: 'en' });
    c.update({ lang: 'en' });
    expect(seen).toHaveLength(1);
  });
});

describe('AtlasController, set property by property', () => {
  it('does not warn when view and indicator are set one after the other on a loaded atlas', () => {
    const warn = vi.fn();
    const c = new AtlasController(warn);
    c.setCatalog(catalog);
    c.request({ view: 'sichuan' });
    c.request({ indicator: 'gdp' });
    c.request({ year: 2012 });
    expect(c.state).toMatchObject({ view: 'sichuan', indicator: 'gdp', year: 2012 });
    expect(warn).not.toHaveBeenCalled();
  });

  it('still warns once for a bad value given directly', () => {
    const warn = vi.fn();
    const c = new AtlasController(warn);
    c.setCatalog(catalog);
    c.request({ indicator: 'nonsense' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(c.state.indicator).toBe('rural_poor_pop');
  });
});

describe('bad input never throws', () => {
  it('an unknown view from a URL or restore() falls back to areas with one warning, also after the data loaded', () => {
    const warn = vi.fn();
    const c = new AtlasController(warn);
    c.setCatalog(catalog);
    c.request({ view: 'areas' });
    c.request({ view: 'bogus', indicator: 'poverty_incidence' });
    expect(c.state.view).toBe('areas');
    expect(warn.mock.calls.map((m) => m[0]).join('\n')).toMatch(/invalid view: bogus/);
  });

  it('objects, a throwing toString and a 1 MB string as values: no throw, each warning names its field and shows at most ~80 characters', () => {
    const hostile = [Object.create(null), { toString: () => { throw new Error('no'); } }, 'x'.repeat(1_000_000), [1, [2]], Symbol('s'), () => 1, 10n];
    for (const v of hostile) {
      const warn = vi.fn();
      const c = new AtlasController(warn);
      c.setCatalog(catalog);
      for (const f of FIELD_NAMES) c.request({ [f]: v });
      const messages = warn.mock.calls.map((m) => m[0] as string);
      expect(messages.length).toBeGreaterThan(0);
      for (const m of messages) {
        expect(m).toMatch(/^poverty-atlas: invalid (\w+): /);
        expect(m.length).toBeLessThan(300);
      }
    }
  });

  it('shownValue cuts long values at 80 characters and says how long they were', () => {
    expect(shownValue('y'.repeat(1000))).toBe(`${'y'.repeat(80)}… (1000 characters)`);
    expect(shownValue(Object.create(null))).toBe('{}');
  });

  it('a timeless indicator keeps no year: year=1e21 is refused with one warning and the state says year 0', () => {
    const warn = vi.fn();
    const c = new AtlasController(warn);
    c.setCatalog(catalog);
    c.request({ view: 'counties', indicator: 'membership', year: 1e21 });
    expect(c.state).toMatchObject({ view: 'counties', indicator: 'membership', year: 0 });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/invalid year: 1e\+21/);
    c.request({ year: '2016' });
    expect(c.state.year).toBe(0);
  });

  it('generated junk for every field: resolveState never throws and warns at most once per field, naming it', () => {
    fc.assert(
      fc.property(fc.dictionary(fc.constantFrom(...FIELD_NAMES), fc.anything({ withObjectString: true, withNullPrototype: true, withBigInt: true })), (raw) => {
        const calls: Array<[string, string]> = [];
        resolveState(raw, catalog, (m, f) => calls.push([m, f]));
        const fields = calls.map(([, f]) => f);
        expect(new Set(fields).size).toBe(fields.length);
        for (const [m, f] of calls) expect(m.startsWith(`poverty-atlas: invalid ${f}: `)).toBe(true);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('UI state: tab, highlight, sort, camera, pinned', () => {
  it('keeps the tab, sort and camera when the year changes; drops camera, highlight and pins with the view', () => {
    const c = new AtlasController(() => {});
    c.setCatalog(catalog);
    c.update({ view: 'sichuan', tab: 'table', sort: { key: 'name', dir: 'asc' }, camera: { lng: 104.07, lat: 30.67, zoom: 7 }, highlight: 2, pinned: ['510100'] });
    c.update({ year: 2012 });
    expect(c.state).toMatchObject({ tab: 'table', sort: { key: 'name', dir: 'asc' }, camera: { lng: 104.07, lat: 30.67, zoom: 7 }, highlight: 2, pinned: ['510100'] });
    c.update({ view: 'areas' });
    expect(c.state).toMatchObject({ tab: 'table', sort: { key: 'name', dir: 'asc' }, camera: null, highlight: null, pinned: [] });
  });

  it('a new view opens on its default year, even when its indicator also has the old one', () => {
    const c = new AtlasController(() => {});
    c.setCatalog(catalog);
    c.update({ view: 'sichuan', year: 2012 });
    c.update({ view: 'areas' });
    expect(c.state).toMatchObject({ indicator: 'rural_poor_pop', year: 2014 });
  });

  it('pins up to four regions, the oldest dropping first', () => {
    const c = new AtlasController(() => {});
    c.setCatalog(catalog);
    c.update({ view: 'sichuan' });
    for (const id of ['510100', '510300', '510400', '510500', '510600']) c.pin(id, true);
    expect(c.state.pinned).toEqual(['510300', '510400', '510500', '510600']);
    c.pin('510400', false);
    expect(c.state.pinned).toEqual(['510300', '510500', '510600']);
  });
});
