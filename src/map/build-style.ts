/**
 * The MapLibre style of a view, from plain options: a pure function of state.
 * No URL anywhere: sources are GeoJSON filled by the renderer after load
 * (`setData`), the hatch is an image added at run time, and labels are drawn
 * from the page's own fonts (no `glyphs` URL: MapLibre then rasterises every
 * character locally with TinySDF). Colours come from the theme
 * (`--atlas-map-*` custom properties, see map-theme.ts).
 */
import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Lang } from '../data/schema';
import type { ViewId } from '../state/atlas-state';
import { VIEW_DEFS, type GeoLayer } from '../state/views';
import { HATCH_IMAGE_ID } from './hatch-image';
import { highlightOpacityExpression, noDataOpacityExpression } from './fill-color-expression';
import { DEFAULT_THEME, type MapTheme } from './map-theme';

export { DEFAULT_THEME, type MapTheme };

export interface StyleOptions {
  view: ViewId;
  lang: Lang;
  /** `fill-color` of the coloured regions (see fillColorExpression). */
  fillColor: ExpressionSpecification | string;
  /** Whether counties.topo.json has loaded (its source exists only then). */
  hasCounties: boolean;
  /** False when the reader prefers reduced motion: colours change without fading. */
  motion?: boolean;
  theme?: MapTheme;
  /** Area id outlined on top (the counties view drilled into one area). */
  outline?: string | null;
}

/** Source ids: one per geometry layer, plus label points. */
export const LABEL_SOURCE = 'labels';
export const REGIONS_LAYER = 'regions-fill';
export const LABELS_LAYER = 'labels';

const EMPTY = { type: 'FeatureCollection', features: [] } as const;

function geojsonSource() {
  return { type: 'geojson' as const, data: EMPTY as never, promoteId: 'id' };
}

const fs = (key: string): ExpressionSpecification => ['boolean', ['feature-state', key], false];

/** The geometry layer a view colours (the areas until counties have loaded). */
export function regionLayer(view: ViewId, hasCounties: boolean): GeoLayer {
  const def = VIEW_DEFS[view];
  return def.regions === 'counties' && !hasCounties ? 'areas' : def.regions;
}

export function buildStyle(opts: StyleOptions): StyleSpecification {
  const theme = opts.theme ?? DEFAULT_THEME;
  const regions = regionLayer(opts.view, opts.hasCounties);
  const sources: StyleSpecification['sources'] = {
    provinces: geojsonSource(),
    areas: geojsonSource(),
    prefectures: geojsonSource(),
    [LABEL_SOURCE]: geojsonSource(),
  };
  if (opts.hasCounties) sources.counties = geojsonSource();
  const layers: LayerSpecification[] = [
    { id: 'background', type: 'background', paint: { 'background-color': theme.background } },
    { id: 'provinces-fill', type: 'fill', source: 'provinces', paint: { 'fill-color': theme.land } },
    {
      id: REGIONS_LAYER,
      type: 'fill',
      source: regions,
      paint: {
        'fill-color': opts.fillColor as ExpressionSpecification,
        'fill-color-transition': { duration: opts.motion === false ? 0 : 300 },
        // Data-driven from the start: the legend's highlight only swaps the expression.
        'fill-opacity': highlightOpacityExpression(null, null),
      },
    },
    {
      id: 'regions-nodata',
      type: 'fill',
      source: regions,
      paint: { 'fill-pattern': HATCH_IMAGE_ID, 'fill-opacity': noDataOpacityExpression() },
    },
    {
      id: 'regions-line',
      type: 'line',
      source: regions,
      // Areas are outlined dark so that one without data still reads as an area.
      paint: {
        'line-color': regions === 'areas' ? theme.areaLine : theme.regionLine,
        'line-width': regions === 'counties' ? 0.3 : regions === 'areas' ? 0.7 : 0.8,
        'line-opacity': 0.9,
      },
    },
    {
      id: 'provinces-line',
      type: 'line',
      source: 'provinces',
      paint: {
        'line-color': opts.view === 'areas' ? theme.provinceLineStrong : theme.provinceLine,
        'line-width': opts.view === 'sichuan' ? 1 : 0.6,
      },
    },
  ];
  if (opts.view === 'counties') {
    layers.push({ id: 'areas-outline', type: 'line', source: 'areas', paint: { 'line-color': theme.areaLine, 'line-width': 1 } });
  }
  if (opts.view === 'counties' && opts.outline) {
    layers.push({
      id: 'area-drill-outline',
      type: 'line',
      source: 'areas',
      filter: ['==', ['get', 'id'], opts.outline],
      paint: { 'line-color': theme.outline, 'line-width': 2.5 },
    });
  }
  // Above the drilled area's outline, on a light band: the selection stands out from that outline.
  layers.push({
    id: 'regions-selected-halo',
    type: 'line',
    source: regions,
    layout: { 'line-join': 'round' },
    paint: {
      'line-color': theme.halo,
      'line-width': ['case', fs('selected'), 6, 0],
      'line-opacity': ['case', fs('selected'), 1, 0],
    },
  });
  layers.push({
    id: 'regions-highlight',
    type: 'line',
    source: regions,
    paint: {
      'line-color': theme.focus,
      'line-width': ['case', fs('focus'), 3, fs('selected'), 2.5, fs('hover'), 1.8, 0],
      'line-opacity': ['case', ['any', fs('focus'), fs('selected'), fs('hover')], 1, 0],
    },
  });
  layers.push(labelLayer(opts, theme));
  return { version: 8, name: `poverty-atlas ${opts.view}`, sources, layers };
}

/** Label size in px at the fitted zooms (the SVG renderer uses the same sizes). */
export function labelSize(view: ViewId): number {
  return view === 'sichuan' ? 11 : 12;
}

function labelLayer(opts: StyleOptions, theme: MapTheme): LayerSpecification {
  const small = labelSize(opts.view);
  return {
    id: LABELS_LAYER,
    type: 'symbol',
    source: LABEL_SOURCE,
    layout: {
      'text-field': ['get', opts.lang === 'zh' ? 'text_zh' : 'text_en'],
      'text-font': [theme.fonts.join(',')],
      'text-size': ['interpolate', ['linear'], ['zoom'], 3, small, 7, small + 3],
      'text-max-width': opts.lang === 'zh' ? 6 : 8,
      'text-line-height': 1.15,
      'text-padding': 1,
      'text-allow-overlap': false,
      // A label that does not fit on its point may sit just beside it.
      'text-variable-anchor': ['center', 'top', 'bottom', 'left', 'right'],
      'text-radial-offset': 0.4,
    },
    paint: { 'text-color': theme.text, 'text-halo-color': theme.halo, 'text-halo-width': 1.6, 'text-halo-blur': 0.4 },
  };
}
