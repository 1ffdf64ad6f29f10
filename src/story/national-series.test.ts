import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SeriesFile } from '../data/schema';
import { lineSegments, nationalModel } from './national-series';

const SERIES = JSON.parse(readFileSync(new URL('../../public/data/series.json', import.meta.url), 'utf8')) as SeriesFile;
const model = nationalModel(SERIES);

describe('nationalModel', () => {
  it('keeps the three standards as three separate lines per measure, each from its own indicator', () => {
    for (const measure of ['population', 'incidence'] as const) {
      expect(model.lines[measure].map((l) => l.standard)).toEqual(['1978std', '2008std', '2010std']);
      for (const line of model.lines[measure]) {
        const rows = SERIES.values[line.indicator.id].CN;
        expect(line.points.map((p) => [p.year, p.value])).toEqual(rows.map(([y, v]) => [y, v]));
      }
    }
    // 1978: 250 million under the 1978 standard, 770.39 million under the 2010 standard (seed 003, NBS table).
    const pop = Object.fromEntries(model.lines.population.map((l) => [l.standard, l.points]));
    expect(pop['1978std'][0]).toMatchObject({ year: 1978, value: 25000 });
    expect(pop['2010std'][0]).toMatchObject({ year: 1978, value: 77039 });
    // 2010 appears on both the 2008 and the 2010 line, never as one joined line.
    expect(pop['2008std'].at(-1)).toMatchObject({ year: 2010, value: 2688 });
    expect(pop['2010std'].find((p) => p.year === 2010)?.value).toBe(16567);
  });

  it('shows seed 003’s 2013 figure (92.49 million) only as a note, never as a point', () => {
    const points = model.lines.population.flatMap((l) => l.points);
    expect(points.some((p) => p.value === 9249)).toBe(false);
    const note = model.notes.find((n) => n.year === 2013 && n.indicator === 'rural_poor_pop_2010std');
    expect(note?.note.en).toContain('92.49 million');
    expect(note?.others).toContain('SEED003');
  });

  it('runs the time axis to 2020 and names every source it draws from', () => {
    expect(model.years).toEqual([1978, 2020]);
    expect(model.sources.map((s) => s.id)).toEqual(expect.arrayContaining(['SEED003', 'S01', 'S07']));
  });

  it('marks a step over unpublished years as a gap (dotted), consecutive years as solid', () => {
    const segs = lineSegments(model.lines.population.find((l) => l.standard === '2010std')!.points);
    expect(segs.find((s) => s.from.year === 1978)?.gap).toBe(true);
    expect(segs.find((s) => s.from.year === 2012)?.gap).toBe(false);
  });
});
