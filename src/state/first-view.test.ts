/**
 * The early first view (public/data/first-view.json, drawn while the full
 * files are read) shows what the full files show a moment later: the same
 * indicator and year, the same colour in every area, the same legend,
 * timeline, labels and sources, and the map fitted to the same box. A reader
 * sees one picture, not two.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataError } from '../data/data-error';
import { AtlasController } from './atlas-controller';
import { AtlasSession } from './atlas-session';
import { EMPTY_STATE, defaultsFor, type AtlasState } from './atlas-state';
import { DataStore, type FirstView, type Simplified } from './data-store';

const DATA = join(import.meta.dirname, '../../public/data');
const read = (file: string) => JSON.parse(readFileSync(join(DATA, file), 'utf8')) as unknown;

/** A store that serves `files` (name → JSON) from memory. */
function storeOf(files: Record<string, unknown>): DataStore {
  return new DataStore('file:///data-root/', async (url) => {
    const name = new URL(url).pathname.split('/').pop()!;
    if (!(name in files)) return { ok: false, status: 404, json: async () => null };
    return { ok: true, status: 200, json: async () => structuredClone(files[name]) };
  });
}

let full: AtlasSession;
let early: AtlasSession;
let fv: FirstView;
let s: AtlasState;

beforeAll(async () => {
  const store = storeOf({ 'series.json': read('series.json'), 'atlas.topo.json': read('atlas.topo.json'), 'first-view.json': read('first-view.json') });
  full = new AtlasSession(store, await store.loadSeries(), await store.loadAtlas());
  fv = await store.loadFirstView();
  early = new AtlasSession(store, fv.series, fv.geo);
  // As the page resolves a state: the year's default follows the indicator's.
  s = defaultsFor(defaultsFor({ ...EMPTY_STATE }, full.catalog), full.catalog);
});

describe('first-view.json', () => {
  it('draws the default first view: the areas, with the indicator and year a reader opening the atlas gets', () => {
    expect(s.view).toBe('areas');
    expect({ indicator: fv.indicator, year: fv.year }).toEqual({ indicator: s.indicator, year: s.year });
  });

  it('colours every area as the full data does, with the same legend and the same areas without data', () => {
    const a = full.mapProps(s, null).model;
    const b = early.mapProps(s, null).model;
    expect([...b.colors]).toEqual([...a.colors]);
    expect([...b.values]).toEqual([...a.values]);
    expect([...b.noData]).toEqual([...a.noData]);
    expect(b.scale?.bins).toEqual(a.scale?.bins);
    expect(b.colors.size).toBe(14);
  });

  it('says the same in the legend, the timeline and the labels: coverage, sources, years, names', () => {
    const a = full.viewModel(s);
    const b = early.viewModel(s);
    expect(b.coverage).toEqual(a.coverage);
    expect(b.years).toEqual(a.years);
    expect(b.dataYears).toEqual(a.dataYears);
    expect(b.indicator).toEqual(a.indicator);
    expect(early.sourceNames(s)).toEqual(full.sourceNames(s));
    expect(early.mapProps(s, null).model.labels).toEqual(full.mapProps(s, null).model.labels);
    expect(early.mapProps(s, null).label).toBe(full.mapProps(s, null).label);
  });

  it('fits the map to the same box (within 0.002°, its coarser grid), so nothing moves when the full map replaces it', () => {
    const a = full.mapProps(s, null).model.bounds!;
    const b = early.mapProps(s, null).model.bounds!;
    b.forEach((v, i) => expect(Math.abs(v - a[i])).toBeLessThanOrEqual(0.002));
  });

  it('is small: its geometry is simplified for the China-wide zoom, and marked so the map does not simplify it again', () => {
    const points = (fc: Simplified) => fc.features.reduce((n, f) => n + JSON.stringify(f.geometry).split('],[').length, 0);
    expect(points(fv.geo.areas!)).toBeLessThan(points(full.catalog.geo.areas!) / 4);
    expect((fv.geo.areas as Simplified).simplifiedFor).toBe(2);
  });

  it('names the file and the field when it is not what the page expects', async () => {
    const good = read('first-view.json') as Record<string, unknown>;
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...good, view: 'counties' }, 'view'],
      [{ ...good, indicator: 7 }, 'indicator'],
      [{ ...good, year: '2017' }, 'year'],
      [{ ...good, level: null }, 'level'],
      [{ ...good, series: { ...(good.series as object), indicators: 'none' } }, 'indicators'],
    ];
    for (const [json, field] of cases) {
      const err = await storeOf({ 'first-view.json': json })
        .loadFirstView()
        .then(() => null, (e: unknown) => e);
      expect(err).toBeInstanceOf(DataError);
      expect((err as DataError).message).toContain('data/first-view.json');
      expect((err as DataError).message).toContain(field);
    }
  });
});

describe('when the early first view applies', () => {
  const untouched = (...requests: Array<Record<string, unknown>>) => {
    const atlas = new AtlasController(() => {});
    for (const r of requests) atlas.request(r);
    return atlas.untouched;
  };

  it('a page opened without a link, or with one that asks for the language only, gets it', () => {
    expect(untouched()).toBe(true);
    expect(untouched({ lang: 'en' })).toBe(true);
    // #v=1&lang=en: the link states the fields it leaves out as empty.
    expect(untouched({ view: 'areas', indicator: '', year: '', lang: 'en', selected: '', pinned: '', year2: '', area: '' })).toBe(true);
  });

  it('a link or attribute asking for another year, indicator, view, region, tab or camera does not', () => {
    expect(untouched({ year: '2019' })).toBe(false);
    expect(untouched({ indicator: 'gdp' })).toBe(false);
    expect(untouched({ view: 'counties' })).toBe(false);
    expect(untouched({ selected: 'wuling' })).toBe(false);
    expect(untouched({ tab: 'table' })).toBe(false);
    expect(untouched({ camera: '104,30,5' })).toBe(false);
  });
});
