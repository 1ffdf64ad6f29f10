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

describe('the exit-year palette', () => {
  /** CIE L*a*b* of a #rrggbb or rgb() colour (D65), for a colour difference a reader can see. */
  const lab = (color: string) => {
    const rgb = color.startsWith('#') ? [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16)) : color.match(/\d+/g)!.map(Number);
    const lin = rgb.map((v) => v / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    const [r, g, b] = lin;
    const xyz = [(0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047, 0.2126 * r + 0.7152 * g + 0.0722 * b, (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883];
    const f = xyz.map((v) => (v > 216 / 24389 ? Math.cbrt(v) : (24389 / 27 * v + 16) / 116));
    return [116 * f[1] - 16, 500 * (f[0] - f[1]), 200 * (f[1] - f[2])];
  };
  const deltaE = (a: string, b: string) => Math.hypot(...lab(a).map((v, i) => v - lab(b)[i]));
  const EXIT_YEAR = { ...GDP_DEF, id: 'exit_year', csvUnit: 'year', scale: 'ordinal' as const, higherIsBetter: null,
    categories: [2016, 2017, 2018, 2019, 2020].map((y) => ({ value: y, label: { zh: `${y}年度`, en: `${y}` } })) };

  it('keeps neighbouring exit years clearly apart (colour difference ΔE ≥ 25), so 2018 and 2019 read as two batches on a projector', () => {
    const scale = colorScale(EXIT_YEAR, [2016, 2017, 2018, 2019, 2020]);
    const colors = scale.bins.map((b) => b.color);
    expect(new Set(colors).size).toBe(5);
    for (let i = 1; i < colors.length; i++) expect(deltaE(colors[i - 1], colors[i]), `${2015 + i}→${2016 + i}`).toBeGreaterThanOrEqual(25);
  });

  it('still reads in order: each later year is darker', () => {
    const colors = colorScale(EXIT_YEAR, [2016, 2020]).bins.map((b) => b.color);
    for (let i = 1; i < colors.length; i++) expect(lab(colors[i])[0]).toBeLessThan(lab(colors[i - 1])[0]);
  });
});
