/**
 * Pure helpers of the detail panel (no DOM): which breaks concern a region,
 * and which value of its series stands for the selected year.
 */
import type { SeriesBreak } from '../data/schema';
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
