import { describe, expect, it } from 'vitest';
import { lineChartGeometry, splitRuns, yearTicks } from './line-chart-geometry';

// Real values only: Chengdu's GDP 2010–2016 (亿元, seed 004, table "单位：亿元");
// 六盘山's rural poor population 2011, 2014, 2018 (万人, sources S13 and S14 of
// the shared series tables); 资阳's GDP 2015–2016 (seed 004), the year 简阳
// moved from 资阳 to 成都.
const chengduGdp = [
  [2010, 5551.33],
  [2011, 6950.58],
  [2012, 8138.94],
  [2013, 9108.89],
  [2014, 10056.59],
  [2015, 10801.16],
  [2016, 12170.23],
].map(([year, value]) => ({ year, value, sourceId: 'seed004' }));

const liupanPoor = [
  { year: 2011, value: 642, sourceId: 'S13' },
  { year: 2014, value: 349, sourceId: 'S13' },
  { year: 2018, value: 96, sourceId: 'S14' },
];

const box = { width: 320, height: 160, margin: { top: 10, right: 10, bottom: 20, left: 40 } };

describe('lineChartGeometry', () => {
  it('draws one unbroken line through seven consecutive years of Chengdu GDP', () => {
    const g = lineChartGeometry(chengduGdp, { ...box, selectedYear: 2016 });
    expect(g.segments).toHaveLength(1);
    expect(g.segments[0].match(/[ML]/g)).toHaveLength(7);
    expect(g.points.map((p) => p.year)).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016]);
  });

  it('never draws a line across missing years: 六盘山 2011, 2014, 2018 stay three separate dots', () => {
    const g = lineChartGeometry(liupanPoor, { ...box, selectedYear: 2016 });
    expect(g.segments).toEqual([]);
    expect(g.points).toHaveLength(3);
  });

  it('splits the line at a series break and places the marker between the two years', () => {
    const ziyang = [
      { year: 2015, value: 1270.38, sourceId: 'seed004' },
      { year: 2016, value: 943.44, sourceId: 'seed004' },
    ];
    const g = lineChartGeometry(ziyang, { ...box, breakYears: [2016] });
    expect(g.segments).toEqual([]);
    expect(g.breaks).toHaveLength(1);
    const [p2015, p2016] = g.points;
    expect(g.breaks[0].x).toBeCloseTo((p2015.x + p2016.x) / 2, 1);
  });

  it('marks the selected year even when it has no value, inside the chart', () => {
    const g = lineChartGeometry(liupanPoor, { ...box, selectedYear: 2020 });
    expect(g.selected?.year).toBe(2020);
    expect(g.selected?.x).toBeCloseTo(box.width - box.margin.right, 5);
  });

  it('starts the y axis at zero and puts larger values higher up', () => {
    const g = lineChartGeometry(chengduGdp, box);
    expect(g.yTicks[0].value).toBe(0);
    expect(g.yTicks[0].y).toBe(box.height - box.margin.bottom);
    expect(g.points[6].y).toBeLessThan(g.points[0].y);
  });

  it('marks values whose source is trusted less', () => {
    const g = lineChartGeometry(liupanPoor, { ...box, isLowTrust: (id) => id === 'S14' });
    expect(g.points.map((p) => p.lowTrust)).toEqual([false, false, true]);
  });

  it('draws compared series on one scale: 乌蒙山区 and 大别山区 counties still designated, 2015–2020', () => {
    // area_counties_remaining (count, derived from the exit years in public/data/series.json).
    const wumeng = [38, 37, 32, 28, 12, 0].map((value, i) => ({ year: 2015 + i, value, sourceId: 'derived' }));
    const dabie = [36, 35, 30, 11, 0, 0].map((value, i) => ({ year: 2015 + i, value, sourceId: 'derived' }));
    const extent = { years: [...wumeng, ...dabie].map((d) => d.year), values: [...wumeng, ...dabie].map((d) => d.value) };
    const a = lineChartGeometry(wumeng, { ...box, extent });
    const b = lineChartGeometry(dabie, { ...box, extent });
    expect(b.yTicks).toEqual(a.yTicks);
    expect(b.xTicks).toEqual(a.xTicks);
    // Both reach 0 in 2020 at the same height; 大别山区 reaches it a year earlier.
    expect(b.points[5].y).toBe(a.points[5].y);
    expect(b.points[4].y).toBe(a.points[5].y);
    expect(a.points[4].y).toBeLessThan(a.points[5].y);
  });

  it('widens the axes to a compared series that is larger or longer (资阳 2015–2016 beside 成都 2010–2016 GDP)', () => {
    const ziyang = [
      { year: 2015, value: 1270.38, sourceId: 'seed004' },
      { year: 2016, value: 943.44, sourceId: 'seed004' },
    ];
    const extent = { years: chengduGdp.map((d) => d.year), values: chengduGdp.map((d) => d.value) };
    const alone = lineChartGeometry(ziyang, box);
    const widened = lineChartGeometry(ziyang, { ...box, extent });
    expect(widened.yTicks[widened.yTicks.length - 1].value).toBeGreaterThanOrEqual(12170.23);
    expect(widened.xTicks[0].year).toBe(2010);
    expect(widened.points[0].x).toBeGreaterThan(alone.points[0].x);
    expect(widened.points[0].y).toBeGreaterThan(alone.points[0].y);
  });

  it('returns an empty chart for an empty series without a selected year', () => {
    expect(lineChartGeometry([], box).points).toEqual([]);
  });
});

describe('splitRuns', () => {
  it('starts a new run after a missing year', () => {
    const runs = splitRuns([{ year: 2014 }, { year: 2015 }, { year: 2017 }]);
    expect(runs.map((r) => r.map((p) => p.year))).toEqual([[2014, 2015], [2017]]);
  });
});

describe('yearTicks', () => {
  it('labels every year of a short series and thins a long one, keeping the last year', () => {
    expect(yearTicks(2010, 2016)).toEqual([2010, 2011, 2012, 2013, 2014, 2015, 2016]);
    const long = yearTicks(1978, 2020);
    expect(long[0]).toBe(1978);
    expect(long[long.length - 1]).toBe(2020);
    expect(long.length).toBeLessThanOrEqual(10);
  });
});
