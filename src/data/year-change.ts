/**
 * The change of a region's value between two years, for the data table's
 * second-year column (no DOM). Honest by construction: no change without
 * both values, none across a series break (boundaries changed between the
 * two values' years), none for coded values; percentages change by
 * percentage points, not percent.
 */
import type { IndicatorDef, Lang, SeriesBreak } from './schema';
import { formatNumber } from './format';
import { breakApplies } from './series-rules';

export type YearChange =
  | { kind: 'change'; delta: number }
  | { kind: 'missing' }
  /** A series break lies between the two values' years: they are on different boundaries. */
  | { kind: 'break'; year: number };

interface Dated {
  value: number;
  /** The year the value is from (may be earlier than the year asked for). */
  year: number;
}

/** Change from the earlier-dated value to the later one (later minus earlier). */
export function yearChange(a: Dated | null, b: Dated | null, breaks: readonly SeriesBreak[], entityId: string, indicatorId: string): YearChange {
  if (!a || !b) return { kind: 'missing' };
  const [from, to] = a.year <= b.year ? [a, b] : [b, a];
  const cut = breaks.find(
    (x) => breakApplies(x, entityId, indicatorId) && x.year > from.year && x.year <= to.year,
  );
  if (cut) return { kind: 'break', year: cut.year };
  return { kind: 'change', delta: to.value - from.value };
}

/** Whether a change of this indicator can be computed at all (coded values have no difference). */
export function hasChange(ind: Pick<IndicatorDef, 'categories' | 'csvUnit'>): boolean {
  return !ind.categories && ind.csvUnit !== 'year' && ind.csvUnit !== 'code';
}

/** A signed change in the display units of `lang`: "+1,368.84", "−12", "0" (the sign is U+2212). */
export function formatChange(delta: number, ind: Pick<IndicatorDef, 'csvUnit' | 'enFactor' | 'decimals' | 'unit' | 'categories'>, lang: Lang): string {
  const text = formatNumber(Math.abs(delta), ind, lang);
  if (Number(text.replace(/[^\d.]/g, '')) === 0) return text;
  return `${delta > 0 ? '+' : '−'}${text}`;
}
