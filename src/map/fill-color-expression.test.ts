import { describe, expect, it } from 'vitest';
import { DIMMED, fillColorExpression, highlightOpacityExpression, noDataOpacityExpression, uniformFillExpression } from './fill-color-expression';
import { colorScale, NO_DATA_COLOR } from '../data/color-scale';
import { GDP_DEF, allGdpValues } from '../data/test-fixtures';

describe('fillColorExpression', () => {
  it('steps through the legend’s breaks and colours, reading the value from feature state', () => {
    const scale = colorScale(GDP_DEF, allGdpValues());
    const expr = fillColorExpression(scale) as unknown[];
    expect(expr[0]).toBe('case');
    const step = expr[2] as unknown[];
    expect(step[0]).toBe('step');
    expect(JSON.stringify(step[1])).toContain('feature-state');
    expect(step[2]).toBe(scale.bins[0].color);
    expect(step.slice(3)).toEqual(scale.breaks.flatMap((b, i) => [b, scale.bins[i + 1].color]));
  });

  it('paints a feature without a value in the no-data colour, never the lowest bin', () => {
    const expr = fillColorExpression(colorScale(GDP_DEF, allGdpValues())) as unknown[];
    expect(expr[expr.length - 1]).toBe(NO_DATA_COLOR);
    expect(JSON.stringify(expr[1])).toContain('"typeof"');
  });

  it('paints an indicator with a single value (Chengdu 2016 only) in one colour, without a step', () => {
    const scale = colorScale(GDP_DEF, [12170.23]);
    expect(fillColorExpression(scale)).toEqual(['case', ['==', ['typeof', ['feature-state', 'v']], 'number'], scale.bins[0].color, NO_DATA_COLOR]);
  });

  it('matches exact values on an ordinal scale (exit years)', () => {
    const scale = colorScale({ ...GDP_DEF, scale: 'ordinal', csvUnit: 'year' }, [2016, 2018, 2020]);
    const expr = fillColorExpression(scale) as unknown[];
    expect(expr[0]).toBe('match');
    expect(expr.slice(2, -1)).toEqual([2016, scale.bins[0].color, 2018, scale.bins[1].color, 2020, scale.bins[2].color]);
  });

  it('keeps fill-color a feature-state expression even when everything gets one colour', () => {
    const expr = uniformFillExpression(NO_DATA_COLOR) as unknown[];
    expect(JSON.stringify(expr)).toContain('feature-state');
    expect(expr.slice(2)).toEqual([NO_DATA_COLOR, NO_DATA_COLOR]);
  });

  it('shows the hatch exactly where the value is missing', () => {
    expect(noDataOpacityExpression()).toEqual(['case', ['==', ['typeof', ['feature-state', 'v']], 'number'], 0, 1]);
  });
});

describe('highlightOpacityExpression', () => {
  it('keeps the regions of the pointed bin opaque and dims the rest (Zigong 2016 lies in its bin)', () => {
    const scale = colorScale(GDP_DEF, allGdpValues());
    const bin = scale.bins.findIndex((b) => 1234.56 >= b.from && 1234.56 < b.to);
    const expr = highlightOpacityExpression(scale, bin) as unknown[];
    expect(expr[0]).toBe('case');
    expect(JSON.stringify(expr[1])).toContain(String(scale.bins[bin].to));
    expect(expr.slice(2)).toEqual([1, DIMMED]);
  });

  it('dims every region with a value when "no data" is pointed at', () => {
    const scale = colorScale(GDP_DEF, allGdpValues());
    expect((highlightOpacityExpression(scale, 'nodata') as unknown[]).slice(2)).toEqual([DIMMED, 1]);
  });

  it('stays a feature-state expression with nothing pointed at', () => {
    expect(JSON.stringify(highlightOpacityExpression(null, null))).toContain('feature-state');
  });
});
