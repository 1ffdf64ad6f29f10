/**
 * The three rules every view of a value follows, each written once and
 * called by the map (through the join), tooltip, panel, table and stories:
 * which value stands for a year (carry-forward), whether a series break
 * concerns a region and indicator, and which source an id names.
 */
import type { SeriesBreak, SourceDef } from './schema';

/**
 * Carry-forward: the value of `year` itself, else the latest earlier one at
 * most `carryForward` years old; never a later one. Null when none qualifies.
 */
export function standsFor<T>(points: Iterable<T>, year: number, carryForward: number, yearOf: (p: T) => number): T | null {
  let best: T | null = null;
  let bestYear = -Infinity;
  for (const p of points) {
    const y = yearOf(p);
    if (y <= year && y > bestYear) [best, bestYear] = [p, y];
  }
  return best !== null && year - bestYear <= carryForward ? best : null;
}

/** Whether a series break concerns one region and one indicator. */
export function breakApplies(b: SeriesBreak, entityId: string, indicatorId: string): boolean {
  return b.entityId === entityId && (b.indicators === 'all' || b.indicators.includes(indicatorId));
}

/** The breaks of one region and indicator. */
export function breaksFor(breaks: readonly SeriesBreak[], entityId: string, indicatorId: string): SeriesBreak[] {
  return breaks.filter((b) => breakApplies(b, entityId, indicatorId));
}

/** The source an id names, or null. */
export function sourceById(sources: readonly SourceDef[], id: string | null | undefined): SourceDef | null {
  return (id && sources.find((s) => s.id === id)) || null;
}
