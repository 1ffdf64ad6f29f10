import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { migrateUrlParams, parseUrlState, serializeUrlState } from './url-state';
import { EMPTY_STATE, FIELD_NAMES, TABS, VIEWS, resolveState, withPending, type AtlasState } from './atlas-state';
import { AtlasController } from './atlas-controller';
import { committedCatalog } from './committed-catalog';

/** The catalog of the committed data, counties loaded (802 drawn units), and as it is before they load. */
const full = committedCatalog(true);
const beforeCounties = withPending(committedCatalog(false), (v) => v === 'counties');

/** Opens a URL as a fresh page does: hash read at once, data checked when atlas + series arrive, counties later. */
function openUrl(hash: string, warn = vi.fn()): { state: AtlasState; warn: typeof warn } {
  const c = new AtlasController(warn);
  c.request(parseUrlState(hash, warn));
  c.setCatalog(beforeCounties);
  c.setCatalog(withPending(full, () => false));
  return { state: c.state, warn };
}

/** Any state the committed data allows. */
const validState: fc.Arbitrary<AtlasState> = fc.constantFrom(...VIEWS).chain((view) =>
  fc.constantFrom(...full.indicatorIds(view)).chain((indicator) => {
    const range = full.yearRange(indicator);
    const ids = full.regionsOf(view).map((r) => r.id);
    const areas = full.regionsOf('areas').map((r) => r.id);
    const scaled = (max: number, digits: number) => fc.integer({ min: -max * 10 ** digits, max: max * 10 ** digits }).map((n) => n / 10 ** digits);
    return fc.record<AtlasState>({
      view: fc.constant(view),
      indicator: fc.constant(indicator),
      year: range.length ? fc.constantFrom(...range) : fc.constant(0),
      lang: fc.constantFrom('zh' as const, 'en' as const),
      selected: fc.option(fc.constantFrom(...ids), { nil: null }),
      tab: fc.constantFrom(...TABS),
      camera: fc.option(fc.record({ lng: scaled(180, 4), lat: scaled(85, 4), zoom: fc.integer({ min: 0, max: 2200 }).map((n) => n / 100) }), { nil: null }),
      highlight: fc.option(fc.oneof(fc.integer({ min: 0, max: 63 }), fc.constant('nodata' as const)), { nil: null }),
      sort: fc.option(fc.record({ key: fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9_]{0,31}$/), dir: fc.constantFrom('asc' as const, 'desc' as const) }), { nil: null }),
      pinned: fc.uniqueArray(fc.constantFrom(...ids), { maxLength: 4 }),
      year2: range.length ? fc.option(fc.constantFrom(...range), { nil: null }) : fc.constant(null),
      area: view === 'counties' ? fc.option(fc.constantFrom(...areas), { nil: null }) : fc.constant(null),
    });
  }),
);

describe('URL state', () => {
  it('writes just v=1 for the state a bare page opens on, and each view at its defaults as just its name', () => {
    const opened = resolveState({}, full, () => {});
    expect(opened).toMatchObject({ view: 'areas', indicator: 'area_counties_remaining', year: 2017 });
    expect(serializeUrlState(opened, full)).toBe('#v=1');
    for (const view of ['sichuan', 'counties'] as const) expect(serializeUrlState(resolveState({ view }, full, () => {}), full)).toBe(`#v=1&view=${view}`);
    // Sichuan opens on GDP in 2016: a link to it names neither, and opens it.
    expect(openUrl('#v=1&view=sichuan').state).toEqual({ ...EMPTY_STATE, view: 'sichuan', indicator: 'gdp', year: 2016 });
  });

  it('writes v=1 and only the fields that differ from their default: the year against the default of the view and indicator shown', () => {
    const sichuan: AtlasState = { ...EMPTY_STATE, view: 'sichuan', indicator: 'gdp', year: 2016, lang: 'en', selected: '510100' };
    expect(serializeUrlState(sichuan, full)).toBe('#v=1&view=sichuan&lang=en&selected=510100');
    expect(serializeUrlState({ ...sichuan, year: 2012 }, full)).toBe('#v=1&view=sichuan&year=2012&lang=en&selected=510100');
    // The areas view opens on 2018 for GDP (its best-covered year), not on 2017 like its default indicator.
    expect(serializeUrlState({ ...EMPTY_STATE, indicator: 'gdp', year: 2018 }, full)).toBe('#v=1&indicator=gdp');
    expect(serializeUrlState({ ...EMPTY_STATE, indicator: 'gdp', year: 2017 }, full)).toBe('#v=1&indicator=gdp&year=2017');
    // Without the data (the Share dialog's link), indicator and year are written whenever set.
    expect(serializeUrlState(sichuan)).toBe('#v=1&view=sichuan&indicator=gdp&year=2016&lang=en&selected=510100');
  });

  it('opens links written before defaults were left out (indicator and year always there) on the same state', () => {
    for (const hash of ['#v=1&indicator=area_counties_remaining&year=2017', '#v=1&view=sichuan&indicator=gdp&year=2016&lang=en', '#view=counties&indicator=exit_year&year=2020']) {
      const { state, warn } = openUrl(hash);
      const short = openUrl(serializeUrlState(state, full));
      expect(short.state).toEqual(state);
      expect([warn, short.warn].every((w) => w.mock.calls.length === 0)).toBe(true);
    }
  });

  it('writes the table tab, a sorted column and a zoomed camera, and reads them back', () => {
    const state: AtlasState = { ...EMPTY_STATE, view: 'sichuan', indicator: 'gdp', year: 2016, tab: 'table', sort: { key: 'name', dir: 'desc' }, camera: { lng: 104.0665, lat: 30.5723, zoom: 7.25 } };
    const hash = serializeUrlState(state, full);
    expect(hash).toContain('tab=table');
    expect(hash).toContain('sort=-name');
    expect(hash).toContain('camera=104.0665,30.5723,7.25');
    expect(openUrl(hash).state).toEqual(state);
  });

  it('reads a link from before versions (no v) as it was meant, ignoring keys it never had', () => {
    const { state, warn } = openUrl('#view=sichuan&indicator=gdp&year=2016&lang=en&selected=510100&tab=table');
    expect(state).toEqual({ ...EMPTY_STATE, view: 'sichuan', indicator: 'gdp', year: 2016, lang: 'en', selected: '510100' });
    expect(warn).not.toHaveBeenCalled();
  });

  it('warns once, naming v, for a version it does not know, and reads the rest', () => {
    const warn = vi.fn();
    expect(migrateUrlParams(new URLSearchParams('v=99&view=counties'), warn).get('view')).toBe('counties');
    expect(warn).toHaveBeenCalledTimes(1);
    expect(warn.mock.calls[0][0]).toMatch(/invalid v: 99/);
  });

  it('restores every generated valid state exactly: resolve(parse(serialize(s))) = s, with no warning', () => {
    fc.assert(
      fc.property(validState, (s) => {
        const warn = vi.fn();
        expect(resolveState(parseUrlState(serializeUrlState(s, full)), full, warn)).toEqual(s);
        expect(warn).not.toHaveBeenCalled();
      }),
      { numRuns: 300 },
    );
  });

  it('restores a link to every region of every view when opened fresh, counties included (341504 叶集区 of the 802 drawn units)', () => {
    expect(full.regionsOf('counties')).toHaveLength(802);
    const failed: string[] = [];
    for (const view of VIEWS) {
      const base = resolveState({ view }, full, () => {});
      for (const { id } of full.regionsOf(view)) {
        const s = { ...base, selected: id };
        const { state, warn } = openUrl(serializeUrlState(s, full));
        if (JSON.stringify(state) !== JSON.stringify(s) || warn.mock.calls.length) failed.push(`${view}/${id}`);
      }
    }
    expect(failed).toEqual([]);
  });

  it('restores generated states when opened fresh, the counties arriving after the first check', () => {
    fc.assert(
      fc.property(validState, (s) => {
        const { state, warn } = openUrl(serializeUrlState(s, full));
        expect(state).toEqual(s);
        expect(warn).not.toHaveBeenCalled();
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on any hash, and warns at most once per field, naming it, with the value cut to ~80 characters', () => {
    const key = fc.constantFrom(...FIELD_NAMES, 'v', 'x');
    const hash = fc.oneof(
      fc.string({ maxLength: 300 }),
      fc.array(fc.tuple(key, fc.oneof(fc.string({ maxLength: 200 }), fc.constantFrom('bogus', '1e21', 'NaN', '-1', '2016', '510100', 'counties'))), { maxLength: 8 }).map((kv) => new URLSearchParams(kv).toString()),
    );
    fc.assert(
      fc.property(hash, (h) => {
        const messages: string[] = [];
        const { state } = openUrl(h, vi.fn((m: string) => messages.push(m)));
        expect(VIEWS).toContain(state.view);
        const fields = messages.map((m) => /^poverty-atlas: invalid (\w+): /.exec(m)?.[1]);
        expect(fields.every((f) => f !== undefined)).toBe(true);
        expect(new Set(fields).size).toBe(fields.length);
        for (const m of messages) expect(m.length).toBeLessThan(400);
      }),
      { numRuns: 1000 },
    );
  });
});

