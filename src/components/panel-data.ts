/**
 * Pure helpers of the detail panel (no DOM): which breaks concern a region,
 * which value of its series stands for the selected year, the order its
 * sources are listed in, and the notes on its values.
 */
import type { SeriesBreak, SourceDef, ValueNote } from '../data/schema';
import type { ShownValue } from './shown-value';

/** Breaks of `breaks` that concern one entity and one indicator. */
export function breaksFor(breaks: readonly SeriesBreak[], entityId: string, indicatorId: string): SeriesBreak[] {
  return breaks.filter(
    (b) => b.entityId === entityId && (b.indicators === 'all' || b.indicators.includes(indicatorId)),
  );
}

/**
 * The series value that stands for `year`, by the same rule as joinSeries:
 * that year's, else the latest earlier one at most `carryForward` years old.
 */
export function valueAt(series: readonly ShownValue[], year: number, carryForward: number): ShownValue | null {
  let best: ShownValue | null = null;
  for (const d of series) if (d.year <= year && (!best || d.year > best.year)) best = d;
  return best && year - best.year <= carryForward ? best : null;
}

/** Sources ordered by how many values of the series they back, most first; ties keep their order. */
export function sourcesByUse(sources: readonly SourceDef[], series: readonly ShownValue[]): SourceDef[] {
  const uses = new Map<string, number>();
  for (const d of series) uses.set(d.sourceId, (uses.get(d.sourceId) ?? 0) + 1);
  return sources
    .map((s, i) => ({ s, i, n: uses.get(s.id) ?? 0 }))
    .sort((a, b) => b.n - a.n || a.i - b.i)
    .map((x) => x.s);
}

/** Notes on one entity's values of one indicator (cross-checks, values not shown), by year. */
export function notesFor(notes: readonly ValueNote[], entityId: string, indicatorId: string): ValueNote[] {
  return notes.filter((n) => n.entityId === entityId && n.indicator === indicatorId).sort((a, b) => a.year - b.year);
}
