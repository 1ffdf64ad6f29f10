/**
 * The map's expressions and styles as MapLibre itself reads them, checked
 * against the committed data: for every indicator of every view and every
 * year, MapLibre's own expression evaluator (from
 * @maplibre/maplibre-gl-style-spec) paints each region's value in the colour
 * the legend's scale gives it (and the SVG map draws); the legend's
 * highlight dims exactly the regions the SVG map dims; every style the atlas
 * builds passes the style-spec validator; and each colour scale spans the
 * values of all years, so colours hold still while the timeline plays.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateStyleMin } from '@maplibre/maplibre-gl-style-spec';
import { beforeAll, describe, expect, it } from 'vitest';
import { NO_DATA_COLOR, type ColorScale } from '../data/color-scale';
import { VIEWS, type AtlasState } from '../state/atlas-state';
import { DataStore } from '../state/data-store';
import { AtlasSession } from '../state/atlas-session';
import { inHighlight } from '../state/map-model';
import { buildStyle } from './build-style';
import { fillColorExpression, highlightOpacityExpression, noDataOpacityExpression, uniformFillExpression } from './fill-color-expression';
import { DEFAULT_THEME } from './map-theme';
import { evaluator, hex } from './test-evaluate';

const DATA = join(import.meta.dirname, '../../public');

async function session(): Promise<AtlasSession> {
  const store = new DataStore('file:///data-root/', async (url) => {
    const body = JSON.parse(readFileSync(join(DATA, new URL(url).pathname.replace('/data-root/', '')), 'utf8'));
    return { ok: true, status: 200, json: async () => body };
  });
  const s = new AtlasSession(store, await store.loadSeries(), await store.loadAtlas());
  await s.loadCounties();
  return s;
}

const same = (a: unknown, css: string) => a === hex(css);

let atlas: AtlasSession;
beforeAll(async () => {
  atlas = await session();
});

/** Every (view, indicator) the picker offers, with its slider's years (a timeless indicator: one pass, year 0). */
function cases(): Array<{ view: (typeof VIEWS)[number]; indicator: string; years: number[] }> {
  return VIEWS.flatMap((view) =>
    atlas.catalog.indicatorIds(view).map((indicator) => {
      const years = atlas.catalog.yearRange(indicator);
      return { view, indicator, years: years.length ? years : [0] };
    }),
  );
}

const state = (view: AtlasState['view'], indicator: string, year: number) =>
  ({ ...({} as AtlasState), view, indicator, year, lang: 'zh', selected: null }) as AtlasState;

describe('fill colours as MapLibre evaluates them', () => {
  it('equal the legend scale’s colour for every region value of every indicator, view and year, and the no-data colour where there is none', () => {
    let checked = 0;
    for (const { view, indicator, years } of cases()) {
      for (const year of years) {
        const { model } = atlas.mapProps(state(view, indicator, year));
        const scale = model.scale;
        const fill = evaluator(scale ? fillColorExpression(scale) : uniformFillExpression(NO_DATA_COLOR), 'fill-color');
        for (const [id, v] of model.values) {
          const colour = fill(v);
          const want = v === null || !scale ? NO_DATA_COLOR : scale.color(v);
          if (!same(colour, want)) throw new Error(`${view} ${indicator} ${year} ${id}: MapLibre ${colour}, scale ${want} (value ${v})`);
          // …and the SVG map's colour is the model's, the same one.
          expect(same(colour, model.colors.get(id)!)).toBe(true);
          checked++;
        }
      }
    }
    // The counties alone give 802 regions a year for several indicators.
    expect(checked).toBeGreaterThan(5000);
  });

  it('hatch exactly the regions without a value', () => {
    const hatch = evaluator(noDataOpacityExpression(), 'fill-opacity');
    expect(hatch(null)).toBe(1);
    expect(hatch(0)).toBe(0);
    expect(hatch(12170.23)).toBe(0);
  });

  it('dim, for each legend bin and "no data", exactly the regions the SVG map dims', () => {
    for (const { view, indicator, years } of cases()) {
      const { model } = atlas.mapProps(state(view, indicator, years[years.length - 1]));
      const scale = model.scale as ColorScale | null;
      if (!scale) continue;
      for (const bin of [...scale.bins.map((_, i) => i), 'nodata' as const, null]) {
        const opacity = evaluator(highlightOpacityExpression(scale, bin), 'fill-opacity');
        for (const v of [...model.values.values(), null]) {
          const lit = opacity(v) === 1;
          if (lit !== inHighlight(scale, bin, v)) throw new Error(`${view} ${indicator} bin ${bin} value ${v}: MapLibre ${lit ? 'lit' : 'dimmed'}`);
        }
      }
    }
  });
});

describe('colour scales', () => {
  it('span every year’s values, so a region keeps its colour for its value whatever year is shown', () => {
    for (const { view, indicator, years } of cases()) {
      const all = years.flatMap((year) => [...atlas.mapProps(state(view, indicator, year)).model.values.values()].filter((v): v is number => v !== null));
      if (all.length === 0) continue;
      const scale = atlas.mapProps(state(view, indicator, years[0])).model.scale!;
      // One scale for all years: the same bins whatever the year.
      for (const year of years) expect(atlas.mapProps(state(view, indicator, year)).model.scale?.bins, `${view} ${indicator} ${year}`).toEqual(scale.bins);
      expect(scale.extent[0], `${view} ${indicator}`).toBeLessThanOrEqual(Math.min(...all));
      expect(scale.extent[1], `${view} ${indicator}`).toBeGreaterThanOrEqual(Math.max(...all));
      if (scale.kind === 'ordinal') for (const v of all) expect(scale.bins.some((b) => b.value === v), `${view} ${indicator} ${v}`).toBe(true);
    }
  });
});

describe('generated styles', () => {
  it('pass the style-spec validator for every view, language, counties loaded or not, and drilled-down outline', () => {
    for (const view of VIEWS) {
      for (const lang of ['zh', 'en'] as const) {
        for (const hasCounties of [false, true]) {
          for (const outline of [null, 'wumeng']) {
            for (const { indicator } of cases().filter((c) => c.view === view).slice(0, 3)) {
              const scale = atlas.mapProps(state(view, indicator, atlas.catalog.yearRange(indicator).at(-1) ?? 0)).model.scale;
              const style = buildStyle({
                view,
                lang,
                hasCounties,
                outline,
                theme: DEFAULT_THEME,
                fillColor: scale ? fillColorExpression(scale) : uniformFillExpression(NO_DATA_COLOR),
              });
              const errors = validateStyleMin(style);
              expect(errors.map((e) => e.message), `${view} ${lang} ${hasCounties} ${outline} ${indicator}`).toEqual([]);
            }
          }
        }
      }
    }
  });
});
