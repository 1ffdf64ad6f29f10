/**
 * The fill and opacity expressions as MapLibre evaluates them (see
 * test-evaluate.ts), on GDP values of Sichuan's prefectures from the fixtures
 * (committed data): what colour and opacity a region with a value, or
 * without one, gets on the map.
 */
import { describe, expect, it } from 'vitest';
import { DIMMED, fillColorExpression, highlightOpacityExpression, uniformFillExpression } from './fill-color-expression';
import { colorScale, NO_DATA_COLOR } from '../data/color-scale';
import { GDP_DEF, allGdpValues } from '../data/test-fixtures';
import { evaluator, hex } from './test-evaluate';

describe('fillColorExpression', () => {
  it('paints each GDP value in its legend bin’s colour (Zigong 2016, 1,234.56 亿元, and every other value)', () => {
    const scale = colorScale(GDP_DEF, allGdpValues());
    const fill = evaluator(fillColorExpression(scale), 'fill-color');
    for (const v of [...allGdpValues(), 1234.56]) expect(fill(v), String(v)).toBe(hex(scale.color(v)));
  });

  it('paints a region without a value in the no-data colour, never the lowest bin', () => {
    const fill = evaluator(fillColorExpression(colorScale(GDP_DEF, allGdpValues())), 'fill-color');
    expect(fill(null)).toBe(hex(NO_DATA_COLOR));
  });

  it('paints an indicator with a single value (Chengdu 2016 only) in one colour', () => {
    const scale = colorScale(GDP_DEF, [12170.23]);
    const fill = evaluator(fillColorExpression(scale), 'fill-color');
    expect(fill(12170.23)).toBe(hex(scale.bins[0].color));
    expect(fill(null)).toBe(hex(NO_DATA_COLOR));
  });

  it('matches exact values on an ordinal scale (exit years), and a region with no value is not taken for code 0', () => {
    const scale = colorScale({ ...GDP_DEF, scale: 'ordinal', csvUnit: 'year' }, [2016, 2018, 2020]);
    const fill = evaluator(fillColorExpression(scale), 'fill-color');
    expect([2016, 2018, 2020].map(fill)).toEqual(scale.bins.map((b) => hex(b.color)));
    expect(fill(2017)).toBe(hex(NO_DATA_COLOR));
    const coded = colorScale({ ...GDP_DEF, scale: 'ordinal', csvUnit: 'code', categories: [0, 1].map((value) => ({ value, label: { zh: '', en: '' } })) }, [0, 1]);
    expect(evaluator(fillColorExpression(coded), 'fill-color')(null)).toBe(hex(NO_DATA_COLOR));
  });

  it('keeps fill-color data-driven (over feature state) even when everything gets one colour', () => {
    const expr = uniformFillExpression(NO_DATA_COLOR);
    expect(JSON.stringify(expr)).toContain('feature-state');
    const fill = evaluator(expr, 'fill-color');
    expect([fill(null), fill(5)]).toEqual([hex(NO_DATA_COLOR), hex(NO_DATA_COLOR)]);
  });
});

describe('highlightOpacityExpression', () => {
  it('keeps the regions of the pointed bin opaque and dims the rest (Zigong 2016 lies in its bin)', () => {
    const scale = colorScale(GDP_DEF, allGdpValues());
    const bin = scale.bins.findIndex((b) => 1234.56 >= b.from && 1234.56 < b.to);
    const opacity = evaluator(highlightOpacityExpression(scale, bin), 'fill-opacity');
    expect(opacity(1234.56)).toBe(1);
    expect(opacity(null)).toBe(DIMMED);
    const other = allGdpValues().find((v) => scale.color(v) !== scale.bins[bin].color)!;
    expect(opacity(other)).toBe(DIMMED);
  });

  it('dims every region with a value when "no data" is pointed at', () => {
    const opacity = evaluator(highlightOpacityExpression(colorScale(GDP_DEF, allGdpValues()), 'nodata'), 'fill-opacity');
    expect([opacity(1234.56), opacity(null)]).toEqual([DIMMED, 1]);
  });

  it('leaves every region opaque with nothing pointed at', () => {
    const opacity = evaluator(highlightOpacityExpression(null, null), 'fill-opacity');
    expect([opacity(1234.56), opacity(null)]).toEqual([1, 1]);
  });
});
