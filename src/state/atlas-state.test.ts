import { describe, expect, it, vi } from 'vitest';
import { AtlasController } from './atlas-controller';
import { resolveState, type Catalog } from './atlas-state';

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
    expect(s).toEqual({ view: 'sichuan', indicator: 'gdp', year: 2016, lang: 'en', selected: '510100' });
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
