import { describe, expect, it } from 'vitest';
import type { SeriesBreak, ValueNote } from '../data/schema';
import { breakLabelPlace, breaksFor, labelWidth, notesFor, readingNotes, sourcesByUse, sparkline, valueAt } from './panel-data';
import { lineChartGeometry } from './line-chart-geometry';

// Real rows: 南部县 exited in the 2016 batch (S23); Chengdu's GDP 2015 and 2016
// (亿元, seed 004); the Jianyang break of geo/sources/breaks.csv.
const nanbuExit = [{ year: 2016, value: 2016, sourceId: 'S23' }];
const chengduGdp = [
  { year: 2015, value: 10801.16, sourceId: 'seed004' },
  { year: 2016, value: 12170.23, sourceId: 'seed004' },
];
const jianyang: SeriesBreak[] = [
  { entityId: '510100', year: 2016, indicators: ['gdp', 'gdp_growth_nominal'], note: { zh: '简阳划归成都', en: 'Jianyang moved to Chengdu' } },
  { entityId: '512000', year: 2016, indicators: ['gdp', 'gdp_growth_nominal'], note: { zh: '简阳划出资阳', en: 'Jianyang left Ziyang' } },
];

describe('valueAt', () => {
  it('gives the value of the selected year when there is one', () => {
    expect(valueAt(chengduGdp, 2016, 0)?.value).toBe(12170.23);
  });

  it('lets an exit year stand for later years within carryForward, saying which year it is from', () => {
    expect(valueAt(nanbuExit, 2018, 4)).toEqual({ year: 2016, value: 2016, sourceId: 'S23' });
  });

  it('never lets a later value stand for an earlier year', () => {
    expect(valueAt(nanbuExit, 2015, 4)).toBeNull();
  });

  it('shows no data for a year past the series when the indicator does not carry forward', () => {
    expect(valueAt(chengduGdp, 2017, 0)).toBeNull();
  });
});

describe('breaksFor', () => {
  it('keeps only the breaks of the region and indicator shown', () => {
    expect(breaksFor(jianyang, '510100', 'gdp').map((b) => b.entityId)).toEqual(['510100']);
    expect(breaksFor(jianyang, '510100', 'exit_year')).toEqual([]);
  });

  it('applies a break marked "all" to every indicator', () => {
    const all: SeriesBreak[] = [{ ...jianyang[0], indicators: 'all' }];
    expect(breaksFor(all, '510100', 'exit_year')).toHaveLength(1);
  });
});

describe('sourcesByUse', () => {
  it("lists the source behind most of Chengdu's GDP series first (seed 004: 2010–2016; S43 2017, S45 2018)", () => {
    const source = (id: string, trust: 'low' | 'medium') => ({ id, title: id, publisher: '', date: '', url: '', trust });
    // public/data/series.json, gdp / 510100 (亿元).
    const series = [5551.33, 6950.58, 8138.94, 9108.89, 10056.59, 10801.16, 12170.23]
      .map((value, i) => ({ year: 2010 + i, value, sourceId: 'SEED004' }))
      .concat([{ year: 2017, value: 13889.39, sourceId: 'S43' }, { year: 2018, value: 15342.77, sourceId: 'S45' }]);
    const ordered = sourcesByUse([source('S43', 'low'), source('S45', 'low'), source('SEED004', 'medium')], series);
    expect(ordered.map((s) => s.id)).toEqual(['SEED004', 'S43', 'S45']);
  });
});

describe('notesFor', () => {
  it("keeps the note explaining why 眉山's 2017 GDP is not shown, and no other region's", () => {
    // public/data/series.json notes: S43's "2017" values equal seed 004's 2016 values (suspected mislabels).
    const note = (entityId: string, value: string): ValueNote => ({
      entityId,
      indicator: 'gdp',
      year: 2017,
      shown: null,
      others: ['S43'],
      note: {
        zh: `S43所载“2017年”数值${value}与种子文献004的2016年数值完全相同，疑为错年，不予显示。`,
        en: `S43's “2017” value ${value} equals seed 004's 2016 value exactly: a suspected mislabel, not shown.`,
      },
    });
    const notes = [note('511400', '1117.23'), note('511500', '1653.05')];
    expect(notesFor(notes, '511400', 'gdp').map((n) => n.entityId)).toEqual(['511400']);
    expect(notesFor(notes, '511400', 'exit_year')).toEqual([]);
  });
});

describe('readingNotes', () => {
  it('marks Chengdu and Ziyang 2016 GDP with the Jianyang break, and no other year or region', () => {
    expect(readingNotes(jianyang, [], '510100', 'gdp', 2016, true).brk?.entityId).toBe('510100');
    expect(readingNotes(jianyang, [], '512000', 'gdp', 2016, true).brk?.entityId).toBe('512000');
    expect(readingNotes(jianyang, [], '510100', 'gdp', 2015, true).brk).toBeNull();
    expect(readingNotes(jianyang, [], '510300', 'gdp', 2016, true).brk).toBeNull();
  });

  it('explains a missing 2016 growth rate for Chengdu by the break, and a withheld 2017 GDP by its note', () => {
    expect(readingNotes(jianyang, [], '510100', 'gdp_growth_nominal', 2016, false).brk?.note.en).toMatch(/Jianyang/);
    const withheld: ValueNote = { entityId: '511400', indicator: 'gdp', year: 2017, shown: null, others: ['S43'], note: { zh: '疑为错年', en: 'suspected mislabel' } };
    expect(readingNotes([], [withheld], '511400', 'gdp', 2017, false).withheld).toBe(withheld);
    // A value that is shown needs no "why not shown".
    expect(readingNotes([], [withheld], '511400', 'gdp', 2017, true).withheld).toBeNull();
  });
});

describe('sparkline', () => {
  // Chengdu's GDP 2010–2016 (seed 004) and 2017 (S43), with the 2016 break.
  const gdp = [5551.33, 6950.58, 8138.94, 9108.89, 10056.59, 10801.16, 12170.23, 13889.39].map((value, i) => ({ year: 2010 + i, value, sourceId: 'x' }));

  it('cuts the line at the 2016 break and marks the selected year on its value', () => {
    const g = sparkline(gdp, 2013, 2013, [2016], 150, 30)!;
    expect(g.lines).toHaveLength(2);
    expect(g.mark?.x).toBeCloseTo(3 + (3 / 7) * 144, 1);
    expect(g.mark?.point?.x).toBe(g.mark?.x);
    // Higher values are drawn higher: 2013 sits above 2010's bottom.
    expect(g.mark!.point!.y).toBeLessThan(27);
  });

  it('leaves gaps as gaps: a lone year is a dot, not joined to its neighbours', () => {
    const sparse = [gdp[0], gdp[1], gdp[4]];
    const g = sparkline(sparse, 2012, null, [], 150, 30)!;
    expect(g.lines).toHaveLength(1);
    expect(g.dots).toHaveLength(1);
    expect(g.mark?.point).toBeNull();
  });

  it('draws nothing for a single value', () => {
    expect(sparkline([gdp[0]], 2010, 2010, [], 150, 30)).toBeNull();
  });
});

describe('breakLabelPlace', () => {
  // The detail panel's chart of Chengdu's GDP 2010–2017 (seed 004, S43), 2016 selected, the Jianyang break of 2016.
  const gdp = [5551.33, 6950.58, 8138.94, 9108.89, 10056.59, 10801.16, 12170.23, 13889.39].map((value, i) => ({ year: 2010 + i, value, sourceId: 'x' }));
  const box = { width: 320, height: 176, margin: { top: 26, right: 12, bottom: 24, left: 46 } };
  const boxOf = (at: { x: number; anchor: 'start' | 'end' }, w: number) => (at.anchor === 'end' ? [at.x - w, at.x] : [at.x, at.x + w]);

  it("keeps 'series break' clear of the selected year's mark and value (Chengdu 2016, the year of the Jianyang break)", () => {
    const g = lineChartGeometry(gdp, { ...box, breakYears: [2016], selectedYear: 2016 });
    for (const text of ['series break', '口径变化']) {
      const w = labelWidth(text, 10);
      const [from, to] = boxOf(breakLabelPlace(g.breaks[0].x, g.selected!.x, box.width, w), w);
      const dot = g.points.find((p) => p.year === 2016)!;
      expect(to < g.selected!.x - 4.5 || from > g.selected!.x + 4.5, text).toBe(true);
      expect(to < dot.x - 4.5 || from > dot.x + 4.5, text).toBe(true);
      expect(from).toBeGreaterThanOrEqual(0);
    }
  });

  it('keeps it clear of an earlier selected year (2013) too, and inside the chart', () => {
    const g = lineChartGeometry(gdp, { ...box, breakYears: [2016], selectedYear: 2013 });
    const w = labelWidth('series break', 10);
    const [from, to] = boxOf(breakLabelPlace(g.breaks[0].x, g.selected!.x, box.width, w), w);
    expect(to < g.selected!.x || from > g.selected!.x).toBe(true);
    expect(from).toBeGreaterThanOrEqual(0);
    expect(to).toBeLessThanOrEqual(box.width);
  });

  it('turns to the other side where the label would leave the chart', () => {
    // A break just after the first year, the selected year later: there is no room on the left.
    expect(breakLabelPlace(60, 200, 320, 66).anchor).toBe('start');
    expect(breakLabelPlace(300, 100, 320, 66).anchor).toBe('end');
  });
});
