/**
 * Pure joins of `series.json` with geometry ids and a selected year.
 * Missing stays missing: an id without a value in reach is absent from the
 * result, never zero.
 */
import type { Basis, IndicatorDef, SeriesFile, SourceDef } from './schema';

export interface JoinedValue {
  value: number;
  year: number;
  sourceId: string;
  basis: Basis;
}

/** The indicator definition with this id, or undefined. */
export function indicatorById(series: SeriesFile, id: string): IndicatorDef | undefined {
  return series.indicators.find((d) => d.id === id);
}

/** The source with this id, or undefined. */
export function sourceById(series: SeriesFile, id: string): SourceDef | undefined {
  return series.sources.find((s) => s.id === id);
}

/**
 * For each id, the value of `indicatorId` in `year`, or else the latest earlier
 * value no more than `carryForward` years old (`year` in the result says which
 * year it is from). Values from later years never stand in.
 */
export function joinSeries(series: SeriesFile, indicatorId: string, ids: Iterable<string>, year: number): Map<string, JoinedValue> {
  const out = new Map<string, JoinedValue>();
  const def = indicatorById(series, indicatorId);
  const byEntity = series.values[indicatorId];
  if (!def || !byEntity) return out;
  for (const id of ids) {
    const points = byEntity[id];
    if (!points) continue;
    const hit = latestAtOrBefore(points, year);
    if (!hit || year - hit[0] > def.carryForward) continue;
    const source = series.sources[hit[2]];
    if (!source) continue;
    out.set(id, { value: hit[1], year: hit[0], sourceId: source.id, basis: def.basis });
  }
  return out;
}

function latestAtOrBefore(points: Array<[number, number, number]>, year: number): [number, number, number] | undefined {
  let best: [number, number, number] | undefined;
  for (const p of points) {
    if (p[0] <= year && (!best || p[0] > best[0])) best = p;
  }
  return best;
}

/** One entity's values of one indicator, sorted by year (for the detail chart). */
export function seriesFor(series: SeriesFile, indicatorId: string, entityId: string): Array<{ year: number; value: number; sourceId: string }> {
  const points = series.values[indicatorId]?.[entityId] ?? [];
  return points
    .map(([year, value, s]) => ({ year, value, sourceId: series.sources[s]?.id ?? '' }))
    .sort((a, b) => a.year - b.year);
}

/** Every year in which `indicatorId` has at least one value, ascending. */
export function yearsOf(series: SeriesFile, indicatorId: string): number[] {
  const years = new Set<number>();
  for (const points of Object.values(series.values[indicatorId] ?? {})) {
    for (const [year] of points) years.add(year);
  }
  return [...years].sort((a, b) => a - b);
}
