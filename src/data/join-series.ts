/**
 * Pure joins of `series.json` with geometry ids and a selected year.
 * Missing stays missing: an id without a value in reach is absent from the
 * result, never zero.
 */
import type { Basis, IndicatorDef, SeriesFile, SourceDef, ValueMethod } from './schema';
import { sourceById as findSource, standsFor } from './series-rules';

export interface JoinedValue {
  value: number;
  year: number;
  sourceId: string;
  basis: Basis;
  /** Set when no source names the value: it was derived by elimination (SeriesFile.methods). */
  method?: 'elimination';
}

/** A value known only as a range (a `bounded` ValueMethod): never a number on the colour scale. */
export interface JoinedBounds {
  low: number;
  high: number;
  /** The year the range is from (may be earlier than the selected year, as for values). */
  year: number;
  sourceId: string;
}

/** The indicator definition with this id, or undefined. */
export function indicatorById(series: SeriesFile, id: string): IndicatorDef | undefined {
  return series.indicators.find((d) => d.id === id);
}

/** The source with this id, or undefined. */
export function sourceById(series: SeriesFile, id: string): SourceDef | undefined {
  return findSource(series.sources, id) ?? undefined;
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
  const derived = methodsOf(series, indicatorId, 'elimination');
  for (const id of ids) {
    const points = byEntity[id];
    if (!points) continue;
    const hit = standsFor(points, year, def.carryForward, (p) => p[0]);
    if (!hit) continue;
    const source = series.sources[hit[2]];
    if (!source) continue;
    const v: JoinedValue = { value: hit[1], year: hit[0], sourceId: source.id, basis: def.basis };
    if (derived.has(`${id}|${hit[0]}`)) v.method = 'elimination';
    out.set(id, v);
  }
  return out;
}

/**
 * For each id without a value in reach, the range its value is known to lie
 * in (a `bounded` method of this year, or of an earlier year within
 * carryForward). Ids with a value never get a range.
 */
export function joinBounds(series: SeriesFile, indicatorId: string, ids: Iterable<string>, year: number, values?: ReadonlyMap<string, JoinedValue>): Map<string, JoinedBounds> {
  const out = new Map<string, JoinedBounds>();
  const def = indicatorById(series, indicatorId);
  if (!def) return out;
  const bounded = methodsOf(series, indicatorId, 'bounded');
  if (bounded.size === 0) return out;
  const known = values ?? joinSeries(series, indicatorId, ids, year);
  for (const id of ids) {
    if (known.has(id)) continue;
    for (let y = year; y >= year - def.carryForward; y--) {
      const m = bounded.get(`${id}|${y}`);
      if (m?.bounds) {
        out.set(id, { low: m.bounds[0], high: m.bounds[1], year: y, sourceId: m.sourceId });
        break;
      }
    }
  }
  return out;
}

/** Methods of one indicator and kind, by `entity|year` (memoised per series file). */
const methodIndex = new WeakMap<SeriesFile, Map<string, Map<string, ValueMethod>>>();
function methodsOf(series: SeriesFile, indicatorId: string, method: ValueMethod['method']): Map<string, ValueMethod> {
  let byKey = methodIndex.get(series);
  if (!byKey) methodIndex.set(series, (byKey = new Map()));
  const key = `${indicatorId}|${method}`;
  let out = byKey.get(key);
  if (!out) {
    out = new Map((series.methods ?? []).filter((m) => m.indicator === indicatorId && m.method === method).map((m) => [`${m.entityId}|${m.year}`, m]));
    byKey.set(key, out);
  }
  return out;
}

/** One entity's values of one indicator, sorted by year (for the detail chart); `method` marks a derived one. */
export function seriesFor(series: SeriesFile, indicatorId: string, entityId: string): Array<{ year: number; value: number; sourceId: string; method?: 'elimination' }> {
  const points = series.values[indicatorId]?.[entityId] ?? [];
  const derived = methodsOf(series, indicatorId, 'elimination');
  return points
    .map(([year, value, s]) => ({ year, value, sourceId: series.sources[s]?.id ?? '', ...(derived.has(`${entityId}|${year}`) ? { method: 'elimination' as const } : {}) }))
    .sort((a, b) => a.year - b.year);
}

/** One entity's ranges of one indicator, sorted by year (years where only a range is known). */
export function boundsFor(series: SeriesFile, indicatorId: string, entityId: string): JoinedBounds[] {
  return [...methodsOf(series, indicatorId, 'bounded').values()]
    .filter((m) => m.entityId === entityId && m.bounds)
    .map((m) => ({ low: m.bounds![0], high: m.bounds![1], year: m.year, sourceId: m.sourceId }))
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
