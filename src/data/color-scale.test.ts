import { describe, expect, it } from 'vitest';
import { colorScale, palette } from './color-scale';
import { GDP_DEF, GDP_SEED_004, allGdpValues } from './test-fixtures';

describe('colorScale', () => {
  it('spans every year of the indicator, so the 2010 minimum and 2016 maximum both fall inside the domain', () => {
    const scale = colorScale(GDP_DEF, allGdpValues());
    expect(scale.extent).toEqual([523.99, 12170.23]);
    expect(scale.bins[0].from).toBeLessThanOrEqual(523.99);
    expect(scale.bins[scale.bins.length - 1].to).toBeGreaterThanOrEqual(12170.23);
  });

  it('gives the same colour to a value whatever year is selected (the legend does not jump)', () => {
    const scale = colorScale(GDP_DEF, allGdpValues());
    const again = colorScale(GDP_DEF, allGdpValues().reverse());
    expect(again.color(GDP_SEED_004['510100'][2016])).toBe(scale.color(GDP_SEED_004['510100'][2016]));
  });

  it('builds legend bins from the scale itself: contiguous, one per colour, breaks between them', () => {
    const scale = colorScale(GDP_DEF, allGdpValues());
    expect(scale.bins.length).toBe(scale.breaks.length + 1);
    for (let i = 1; i < scale.bins.length; i++) {
      expect(scale.bins[i].from).toBeCloseTo(scale.bins[i - 1].to);
      expect(scale.bins[i].from).toBeCloseTo(scale.breaks[i - 1]);
    }
    for (const bin of scale.bins) expect(scale.color((bin.from + bin.to) / 2)).toBe(bin.color);
  });

  it('colours a higher GDP darker than a lower one', () => {
    const scale = colorScale(GDP_DEF, allGdpValues());
    const luminance = (c: string) => {
      const [r, g, b] = (c.match(/\d+/g) ?? []).map(Number);
      return c.startsWith('#') ? parseInt(c.slice(1, 3), 16) + parseInt(c.slice(3, 5), 16) + parseInt(c.slice(5, 7), 16) : r + g + b;
    };
    expect(luminance(scale.color(12170.23))).toBeLessThan(luminance(scale.color(523.99)));
  });

  it('uses a quantile scale when the indicator asks for one, with as many bins as colours', () => {
    const scale = colorScale({ ...GDP_DEF, scale: 'quantile' }, allGdpValues());
    expect(scale.kind).toBe('quantile');
    expect(scale.bins).toHaveLength(5);
  });

  it('uses the indicator’s own thresholds for a threshold scale', () => {
    const scale = colorScale({ ...GDP_DEF, scale: 'threshold', thresholds: [1000, 5000] }, allGdpValues());
    expect(scale.breaks).toEqual([1000, 5000]);
    expect(scale.bins).toHaveLength(3);
    expect(scale.color(1014.68)).toBe(scale.bins[1].color);
  });

  it('gives each distinct value its own bin on an ordinal scale (exit years)', () => {
    const years = [2016, 2017, 2017, 2018, 2019, 2020];
    const scale = colorScale({ ...GDP_DEF, scale: 'ordinal', csvUnit: 'year', higherIsBetter: null }, years);
    expect(scale.bins.map((b) => b.value)).toEqual([2016, 2017, 2018, 2019, 2020]);
  });

  it('refuses to build a scale from no values at all', () => {
    expect(() => colorScale(GDP_DEF, [])).toThrow(/invalid values/);
  });

  it('samples a ramp light to dark with the requested number of colours', () => {
    expect(palette('better', 3)).toHaveLength(3);
    expect(palette('worse', 5)[0]).toBe('#ffffb2');
  });
});
