/**
 * Pure helpers of the detail panel (no DOM): which breaks concern a region,
 * which value of its series stands for the selected year, the order its
 * sources are listed in, and the notes on its values.
 */
import type { SeriesBreak, SourceDef, ValueNote } from '../data/schema';
import type { ShownValue } from './shown-value';
import { breaksFor, standsFor } from '../data/series-rules';

/** Breaks of `breaks` that concern one entity and one indicator (the one rule: src/data/series-rules.ts). */
export { breaksFor };

/**
 * The series value that stands for `year`, by the same rule as joinSeries:
 * that year's, else the latest earlier one at most `carryForward` years old.
 */
export function valueAt(series: readonly ShownValue[], year: number, carryForward: number): ShownValue | null {
  return standsFor(series, year, carryForward, (d) => d.year);
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

/**
 * What a reader needs beside one region's value (or its absence) in one year:
 * the series break of that year, if any (e.g. Chengdu and Ziyang 2016, when
 * Jianyang moved), and, when there is no value, the note saying why it is
 * withheld (e.g. the nine 2017 GDP values that repeat an earlier year).
 */
export function readingNotes(
  breaks: readonly SeriesBreak[],
  notes: readonly ValueNote[],
  entityId: string,
  indicatorId: string,
  year: number,
  hasValue: boolean,
): { brk: SeriesBreak | null; withheld: ValueNote | null } {
  const brk = breaksFor(breaks, entityId, indicatorId).find((b) => b.year === year) ?? null;
  const withheld = hasValue ? null : (notesFor(notes, entityId, indicatorId).find((n) => n.year === year && n.shown === null) ?? null);
  return { brk, withheld };
}

/** A sparkline drawn in a `width` × `height` box: lines, lone dots, and the selected year's mark. */
export interface Sparkline {
  /** SVG path data of each run of consecutive years (no line across a gap or a break). */
  lines: string[];
  /** Values with no neighbour to join. */
  dots: Array<{ x: number; y: number }>;
  /** The selected year: x of its rule, and the point of the value shown for it, if any. */
  mark: { x: number; point: { x: number; y: number } | null } | null;
}

/**
 * The geometry of a tooltip sparkline of `series` (ascending or not), with
 * `shownYear` (the year of the value shown, which may be earlier than the
 * selected year) marked and breaks cutting the line. Null under two values.
 */
export function sparkline(
  series: readonly ShownValue[],
  selectedYear: number,
  shownYear: number | null,
  breakYears: readonly number[],
  width: number,
  height: number,
  pad = 3,
): Sparkline | null {
  const pts = [...series].sort((a, b) => a.year - b.year);
  if (pts.length < 2) return null;
  const [y0, y1] = [pts[0].year, pts[pts.length - 1].year];
  const lo = Math.min(...pts.map((p) => p.value));
  const hi = Math.max(...pts.map((p) => p.value));
  const x = (year: number) => pad + ((year - y0) / (y1 - y0 || 1)) * (width - 2 * pad);
  const y = (v: number) => (hi === lo ? height / 2 : height - pad - ((v - lo) / (hi - lo)) * (height - 2 * pad));
  const r = (n: number) => Math.round(n * 10) / 10;
  const runs: ShownValue[][] = [];
  for (const p of pts) {
    const run = runs[runs.length - 1];
    const prev = run?.[run.length - 1];
    if (prev && p.year === prev.year + 1 && !breakYears.includes(p.year)) run.push(p);
    else runs.push([p]);
  }
  const lines = runs.filter((run) => run.length > 1).map((run) => run.map((p, i) => `${i ? 'L' : 'M'}${r(x(p.year))},${r(y(p.value))}`).join(''));
  const dots = runs.filter((run) => run.length === 1).map(([p]) => ({ x: r(x(p.year)), y: r(y(p.value)) }));
  const shown = shownYear === null ? undefined : pts.find((p) => p.year === shownYear);
  const inRange = selectedYear >= y0 && selectedYear <= y1;
  const mark = inRange || shown ? { x: r(x(Math.min(Math.max(selectedYear, y0), y1))), point: shown ? { x: r(x(shown.year)), y: r(y(shown.value)) } : null } : null;
  return { lines, dots, mark };
}

/** Where a series break's label sits over the chart: x of its text and the SVG text-anchor. */
export interface BreakLabel {
  x: number;
  anchor: 'start' | 'end';
}

/**
 * Places a break's label beside its mark, on the side away from the
 * selected year's mark, so the label never crosses the value read now (the
 * Jianyang break of 2016 with 2016 selected: the label ends left of the
 * break); on the other side when it would leave the chart's `width`.
 * `labelWidth` is the label's estimated width in the same units.
 */
export function breakLabelPlace(breakX: number, selectedX: number | null, width: number, labelWidth: number, gap = 3): BreakLabel {
  const fitsLeft = breakX - gap - labelWidth >= 0;
  const fitsRight = breakX + gap + labelWidth <= width;
  let left = selectedX === null ? breakX > width / 2 : selectedX >= breakX;
  if (left && !fitsLeft && fitsRight) left = false;
  if (!left && !fitsRight && fitsLeft) left = true;
  return left ? { x: breakX - gap, anchor: 'end' } : { x: breakX + gap, anchor: 'start' };
}

/** Rough width of a short label in an SVG at `fontPx`: a CJK character is about one em, others about 0.55 em. */
export function labelWidth(text: string, fontPx: number): number {
  return [...text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 1 : 0.55), 0) * fontPx;
}
