/**
 * One colour scale per indicator, shared by the map (fill expression) and the
 * legend (bins). The domain spans ALL years of the indicator so colours and
 * legend stay put while the timeline plays. Bins come from the d3 scale
 * itself (`thresholds()` / `quantiles()` / `invertExtent()`).
 *
 * Palettes are ColorBrewer sequential ramps (colour-blind safe); darker always
 * means "more". The hue tells the direction: indicators where more is worse
 * (poverty) use yellow→red, where more is better (income, GDP) yellow→blue,
 * neutral ones (land area) a purple ramp. Years (exit batches) use a
 * wider ramp through several hues, so neighbouring years stay apart on a
 * projector (viridis: ordered, colour-blind safe).
 */
import { scaleLinear, scaleQuantile, scaleQuantize, scaleThreshold } from 'd3-scale';
import type { IndicatorDef } from './schema';

/** Colour for "no data" fills where no hatch can be drawn (legend swatch background). */
export const NO_DATA_COLOR = '#fbfbfa';
export const HATCH_COLOR = '#8f8f8f';

const RAMPS = {
  worse: ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'],
  better: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'],
  neutral: ['#f2f0f7', '#cbc9e2', '#9e9ac8', '#756bb1', '#54278f'],
} as const;

/** Ordered years (exit batches), earliest light: viridis sampled at 5 points, neighbours far apart in lightness and hue. */
const YEAR_RAMP = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'];

/** Qualitative colours for categories (the 14 areas, then "outside"): from Tableau 20. */
export const CATEGORY_COLORS = [
  '#4e79a7', '#f28e2b', '#59a14f', '#e15759', '#76b7b2', '#edc948', '#b07aa1',
  '#ff9da7', '#9c755f', '#bab0ac', '#a0cbe8', '#ffbe7d', '#8cd17d', '#d37295', '#79706e',
];

export type RampName = keyof typeof RAMPS;

/** The ramp an indicator uses, from its `higherIsBetter`. */
export function rampFor(ind: Pick<IndicatorDef, 'higherIsBetter'>): RampName {
  if (ind.higherIsBetter === true) return 'better';
  if (ind.higherIsBetter === false) return 'worse';
  return 'neutral';
}

/** `n` colours sampled evenly along a ramp (n ≥ 1), light to dark. */
export function palette(ramp: RampName, n: number): string[] {
  const stops = RAMPS[ramp];
  if (n === stops.length) return [...stops];
  const along = scaleLinear<string>()
    .domain(stops.map((_, i) => i / (stops.length - 1)))
    .range([...stops]);
  if (n === 1) return [stops[2]];
  return Array.from({ length: n }, (_, i) => along(i / (n - 1)));
}

/** One legend bin: values in [from, to) get `color`; `value` set for ordinal bins. */
export interface LegendBin {
  color: string;
  from: number;
  to: number;
  /** For ordinal scales: the exact value (e.g. an exit year). */
  value?: number;
}

/** A colour scale ready for the map and the legend. */
export interface ColorScale {
  kind: IndicatorDef['scale'];
  /** Colour for a value (values outside the domain clamp to the end bins). */
  color(value: number): string;
  /** Breaks between bins, ascending; bins.length === breaks.length + 1 (not for ordinal). */
  breaks: number[];
  bins: LegendBin[];
  /** [min, max] of the values the scale was built on. */
  extent: [number, number];
}

const MAX_BINS = 5;

/**
 * Builds the colour scale of an indicator from every value it has in every
 * year (`values`, CSV units). Throws when there is nothing to scale.
 */
export function colorScale(ind: IndicatorDef, values: number[]): ColorScale {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) throw new Error(`invalid values: indicator ${ind.id} has none`);
  const extent: [number, number] = [Math.min(...finite), Math.max(...finite)];
  const distinct = [...new Set(finite)].sort((a, b) => a - b);
  const ramp = rampFor(ind);
  switch (ind.scale) {
    case 'ordinal':
      return ordinalScale(ind, distinct, ramp, extent);
    case 'threshold':
      return thresholdScale(ind, ramp, extent);
    case 'quantile':
      return quantileScale(finite, distinct, ramp, extent);
    default:
      return quantizeScale(distinct, ramp, extent);
  }
}

function quantizeScale(distinct: number[], ramp: RampName, extent: [number, number]): ColorScale {
  const n = Math.min(MAX_BINS, distinct.length);
  const scale = scaleQuantize<string>().domain(extent).nice(n).range(palette(ramp, n));
  const bins = scale.range().map((color) => {
    const [from, to] = scale.invertExtent(color);
    return { color, from, to };
  });
  return { kind: 'quantize', color: (v) => scale(v), breaks: scale.thresholds(), bins, extent };
}

function quantileScale(all: number[], distinct: number[], ramp: RampName, extent: [number, number]): ColorScale {
  const n = Math.min(MAX_BINS, distinct.length);
  const scale = scaleQuantile<string>().domain(all).range(palette(ramp, n));
  const bins = scale.range().map((color) => {
    const [from, to] = scale.invertExtent(color);
    return { color, from, to };
  });
  return { kind: 'quantile', color: (v) => scale(v), breaks: scale.quantiles(), bins, extent };
}

function thresholdScale(ind: IndicatorDef, ramp: RampName, extent: [number, number]): ColorScale {
  const breaks = ind.thresholds ?? [];
  if (breaks.length === 0) throw new Error(`invalid thresholds: indicator ${ind.id} has none`);
  const scale = scaleThreshold<number, string>().domain(breaks).range(palette(ramp, breaks.length + 1));
  const bins = scale.range().map((color) => {
    const [from, to] = scale.invertExtent(color);
    return { color, from: from ?? Math.min(extent[0], breaks[0]), to: to ?? Math.max(extent[1], breaks[breaks.length - 1]) };
  });
  return { kind: 'threshold', color: (v) => scale(v), breaks, bins, extent };
}

/** Ordinal numbers (e.g. exit year): one colour per distinct value. */
function ordinalScale(ind: IndicatorDef, found: number[], ramp: RampName, extent: [number, number]): ColorScale {
  // Declared categories keep their order and colours whatever the data holds.
  const distinct = ind.categories ? ind.categories.map((c) => c.value) : found;
  // Ordered values skip the ramp's palest colour, which would read as empty land.
  const colors =
    distinct.length <= CATEGORY_COLORS.length && ind.categories && ind.csvUnit === 'code'
      ? CATEGORY_COLORS.slice(0, distinct.length)
      : ind.csvUnit === 'year'
        ? yearColors(distinct.length)
        : palette(ramp, distinct.length + 1).slice(1);
  const byValue = new Map(distinct.map((v, i) => [v, colors[i]]));
  const bins = distinct.map((v, i) => ({ color: colors[i], from: v, to: v, value: v }));
  return {
    kind: 'ordinal',
    color: (v) => byValue.get(v) ?? NO_DATA_COLOR,
    breaks: [],
    bins,
    extent,
  };
}

/** `n` colours for ordered years along the viridis stops, earliest light. */
function yearColors(n: number): string[] {
  if (n === YEAR_RAMP.length) return [...YEAR_RAMP];
  const along = scaleLinear<string>()
    .domain(YEAR_RAMP.map((_, i) => i / (YEAR_RAMP.length - 1)))
    .range(YEAR_RAMP);
  return n === 1 ? [YEAR_RAMP[2]] : Array.from({ length: n }, (_, i) => along(i / (n - 1)));
}
