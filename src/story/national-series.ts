/**
 * The national rural poverty series as the chart draws them: one line per
 * poverty standard (1978, 2008, 2010) and measure (population, headcount
 * ratio), each from its own indicator in series.json and never joined to
 * another; the notes on national values (e.g. seed 003's misprinted 2013
 * figure) as notes, not points. Pure: no DOM.
 */
import type { IndicatorDef, SeriesFile, SourceDef, ValueNote } from '../data/schema';
import type { StoryMessageKey } from './messages';

export type Measure = 'population' | 'incidence';
export type Standard = '1978std' | '2008std' | '2010std';

export const STANDARDS: readonly Standard[] = ['1978std', '2008std', '2010std'];
export const MEASURES: readonly Measure[] = ['population', 'incidence'];
const PREFIX: Record<Measure, string> = { population: 'rural_poor_pop_', incidence: 'poverty_incidence_' };
export const STANDARD_LABEL: Record<Standard, StoryMessageKey> = { '1978std': 'chart.std1978', '2008std': 'chart.std2008', '2010std': 'chart.std2010' };

/** Policy milestones on the time axis (years of the decisions; wording in messages.ts). */
export const MILESTONES = [1986, 1994, 2001, 2011, 2013, 2020] as const;
export const milestoneKey = (year: (typeof MILESTONES)[number]) => `milestone.${year}` as StoryMessageKey;

export interface NationalPoint {
  year: number;
  value: number;
  source: SourceDef | null;
}

export interface NationalLine {
  standard: Standard;
  measure: Measure;
  indicator: IndicatorDef;
  points: NationalPoint[];
}

export interface NationalModel {
  lines: Record<Measure, NationalLine[]>;
  /** Notes on the charted values, by year. */
  notes: ValueNote[];
  /** Sources of every charted value, in order of first use. */
  sources: SourceDef[];
  /** First and last year of the time axis: the data's first year to the end of the programme (2020). */
  years: [number, number];
}

/** The national entity in series.json. */
export const NATION = 'CN';

export function nationalModel(series: SeriesFile): NationalModel {
  const lines = { population: [], incidence: [] } as Record<Measure, NationalLine[]>;
  const sources = new Map<string, SourceDef>();
  for (const measure of MEASURES) {
    for (const standard of STANDARDS) {
      const id = `${PREFIX[measure]}${standard}`;
      const indicator = series.indicators.find((d) => d.id === id);
      const rows = series.values[id]?.[NATION] ?? [];
      if (!indicator || rows.length === 0) continue;
      const points = rows
        .map(([year, value, s]) => ({ year, value, source: series.sources[s] ?? null }))
        .sort((a, b) => a.year - b.year);
      for (const p of points) if (p.source) sources.set(p.source.id, p.source);
      lines[measure].push({ standard, measure, indicator, points });
    }
  }
  const ids = new Set(MEASURES.flatMap((m) => lines[m].map((l) => l.indicator.id)));
  const notes = (series.notes ?? []).filter((n) => n.entityId === NATION && ids.has(n.indicator)).sort((a, b) => a.year - b.year);
  const all = MEASURES.flatMap((m) => lines[m].flatMap((l) => l.points.map((p) => p.year)));
  const first = all.length ? Math.min(...all) : MILESTONES[0];
  const last = Math.max(MILESTONES[MILESTONES.length - 1], ...all);
  return { lines, notes, sources: [...sources.values()], years: [first, last] };
}

/**
 * Runs of a line: consecutive published years are joined solid; a step over
 * years without a figure is drawn dotted, so the reader sees where no figure
 * exists. Returns pairs of neighbouring points with `gap` set when years are skipped.
 */
export function lineSegments(points: readonly NationalPoint[]): Array<{ from: NationalPoint; to: NationalPoint; gap: boolean }> {
  return points.slice(1).map((to, i) => ({ from: points[i], to, gap: to.year - points[i].year > 1 }));
}
