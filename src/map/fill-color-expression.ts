/**
 * The choropleth's `fill-color` as a MapLibre expression over feature state.
 * Each feature carries `v` in its state (a number, or null for no data); the
 * expression maps it through the same bins as the legend. Recolouring for a
 * new year only changes feature state; a new indicator swaps this expression.
 */
import type { ExpressionSpecification } from 'maplibre-gl';
import { NO_DATA_COLOR, type ColorScale } from '../data/color-scale';
import { DIMMED } from '../state/map-model';

export { DIMMED };

/** Feature-state key holding the value drawn (number, or null = no data). */
export const VALUE_STATE = 'v';

export function fillColorExpression(scale: ColorScale): ExpressionSpecification {
  const v: ExpressionSpecification = ['feature-state', VALUE_STATE];
  const hasValue: ExpressionSpecification = ['==', ['typeof', v], 'number'];
  if (scale.kind === 'ordinal') {
    const pairs = scale.bins.flatMap((b) => [b.value ?? b.from, b.color]);
    if (pairs.length === 0) return uniformFillExpression(NO_DATA_COLOR);
    // `to-number` turns null into 0: without the case, a region with no value would take code 0's colour.
    const match = ['match', ['to-number', v, -1], ...pairs, NO_DATA_COLOR] as unknown as ExpressionSpecification;
    return ['case', hasValue, match, NO_DATA_COLOR];
  }
  const steps = scale.breaks.flatMap((b, i) => [b, scale.bins[i + 1].color]);
  if (steps.length === 0) return ['case', hasValue, scale.bins[0].color, NO_DATA_COLOR];
  const colour = ['step', ['to-number', v, 0], scale.bins[0].color, ...steps] as ExpressionSpecification;
  return ['case', hasValue, colour, NO_DATA_COLOR];
}

/**
 * One colour for every feature, still written over feature state. `fill-color`
 * must stay data-driven at all times: switching a live layer between a
 * constant and a feature-state expression while tiles load makes MapLibre
 * throw "this.expression.evaluate is not a function" (seen in the browser
 * tests when moving from Sichuan to the counties view).
 */
export function uniformFillExpression(color: string): ExpressionSpecification {
  return ['case', ['==', ['typeof', ['feature-state', VALUE_STATE]], 'number'], color, color];
}

/** `fill-opacity` of the hatch layer: shown exactly where there is no value. */
export function noDataOpacityExpression(): ExpressionSpecification {
  return ['case', ['==', ['typeof', ['feature-state', VALUE_STATE]], 'number'], 0, 1];
}

/**
 * `fill-opacity` of the coloured regions while the reader points at a legend
 * bin (index into `scale.bins`), at "no data" (`'nodata'`), or at nothing
 * (`null`: everything opaque). Always a feature-state expression, never a
 * constant (see uniformFillExpression).
 */
export function highlightOpacityExpression(scale: ColorScale | null, bin: number | 'nodata' | null): ExpressionSpecification {
  const v: ExpressionSpecification = ['feature-state', VALUE_STATE];
  const hasValue: ExpressionSpecification = ['==', ['typeof', v], 'number'];
  const n: ExpressionSpecification = ['to-number', v, 0];
  if (bin === null || !scale) return ['case', hasValue, 1, 1];
  if (bin === 'nodata') return ['case', hasValue, DIMMED, 1];
  const b = scale.bins[bin];
  if (!b) return ['case', hasValue, 1, 1];
  if (scale.kind === 'ordinal') return ['case', ['all', hasValue, ['==', n, b.value ?? b.from]], 1, DIMMED];
  const last = bin === scale.bins.length - 1;
  const tests: ExpressionSpecification[] = [hasValue];
  if (bin > 0) tests.push(['>=', n, b.from]);
  if (!last) tests.push(['<', n, b.to]);
  return ['case', ['all', ...tests], 1, DIMMED];
}
