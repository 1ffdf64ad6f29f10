/**
 * Geometry of the detail panel's small line chart, as plain numbers and SVG
 * path strings (no DOM), so the rules can be tested in node:
 * - a line joins two values only when their years are consecutive and no
 *   series break lies between them — a missing year is a gap, never a line;
 * - a break sits halfway between the last year before it and its first year;
 * - the selected year is inside the x domain even when it has no value;
 * - the y axis starts at zero for positive series (amounts are not cropped).
 */
import { scaleLinear } from 'd3-scale';

export interface ChartInput {
  year: number;
  value: number;
  sourceId: string;
}

export interface ChartPoint extends ChartInput {
  x: number;
  y: number;
  /** The value's source is trusted less than `high`. */
  lowTrust: boolean;
}

export interface ChartBox {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
}

export interface ChartOptions extends ChartBox {
  /** First years on new boundaries (SeriesBreak.year) for this entity and indicator. */
  breakYears?: readonly number[];
  selectedYear?: number | null;
  isLowTrust?: (sourceId: string) => boolean;
  /**
   * Years and values the axes must also cover: the other series of a
   * comparison, so every series drawn with the same extent shares one scale.
   */
  extent?: { years: readonly number[]; values: readonly number[] };
}

export interface LineChartGeometry {
  /** One SVG path `d` per run of consecutive years; runs of one point have none. */
  segments: string[];
  points: ChartPoint[];
  breaks: Array<{ year: number; x: number }>;
  selected: { year: number; x: number } | null;
  xTicks: Array<{ year: number; x: number }>;
  yTicks: Array<{ value: number; y: number }>;
}

const round = (n: number) => Math.round(n * 100) / 100;

/** Runs of points where each year follows the previous one and no break separates them. */
export function splitRuns<T extends { year: number }>(points: readonly T[], breakYears: readonly number[] = []): T[][] {
  const runs: T[][] = [];
  let run: T[] = [];
  for (const p of points) {
    const prev = run[run.length - 1];
    const joined = prev !== undefined && p.year === prev.year + 1 && !breakYears.includes(p.year);
    if (!joined && run.length > 0) {
      runs.push(run);
      run = [];
    }
    run.push(p);
  }
  if (run.length > 0) runs.push(run);
  return runs;
}

/** Year ticks: every year up to 8 years, then every 2nd or 5th year, always the first and last. */
export function yearTicks(first: number, last: number): number[] {
  const span = last - first;
  const step = span <= 8 ? 1 : span <= 16 ? 2 : 5;
  const ticks: number[] = [];
  for (let y = first; y <= last; y += step) ticks.push(y);
  if (ticks[ticks.length - 1] !== last) {
    // Keep the last year visible; drop a neighbour that would collide with it.
    if (last - ticks[ticks.length - 1] < step) ticks.pop();
    ticks.push(last);
  }
  return ticks;
}

/** Build the chart geometry for one entity's series (sorted or not); `extent` widens the axes for a comparison. */
export function lineChartGeometry(series: readonly ChartInput[], options: ChartOptions): LineChartGeometry {
  const { width, height, margin } = options;
  const sorted = [...series].sort((a, b) => a.year - b.year);
  const breakYears = options.breakYears ?? [];
  const selectedYear = options.selectedYear ?? null;
  const years = [...sorted.map((d) => d.year), ...(options.extent?.years ?? [])];
  if (selectedYear !== null) years.push(selectedYear);
  if (years.length === 0) {
    return { segments: [], points: [], breaks: [], selected: null, xTicks: [], yTicks: [] };
  }
  let first = Math.min(...years);
  let last = Math.max(...years);
  const xPad = first === last ? 1 : 0;
  const x = scaleLinear()
    .domain([first - xPad, last + xPad])
    .range([margin.left, width - margin.right]);
  const values = [...sorted.map((d) => d.value), ...(options.extent?.values ?? [])];
  const lo = Math.min(0, ...values);
  const hi = Math.max(0, ...values);
  const y = scaleLinear()
    .domain([lo, hi === lo ? lo + 1 : hi])
    .nice(4)
    .range([height - margin.bottom, margin.top]);

  const isLowTrust = options.isLowTrust ?? (() => false);
  const points: ChartPoint[] = sorted.map((d) => ({
    ...d,
    x: round(x(d.year)),
    y: round(y(d.value)),
    lowTrust: isLowTrust(d.sourceId),
  }));
  const segments = splitRuns(points, breakYears)
    .filter((run) => run.length > 1)
    .map((run) => run.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x},${p.y}`).join(''));
  first = Math.ceil(first);
  last = Math.floor(last);
  return {
    segments,
    points,
    breaks: breakYears
      .filter((b) => b > first && b <= last)
      .map((b) => ({ year: b, x: round(x(b - 0.5)) })),
    selected: selectedYear === null ? null : { year: selectedYear, x: round(x(selectedYear)) },
    xTicks: yearTicks(first, last).map((t) => ({ year: t, x: round(x(t)) })),
    yTicks: y.ticks(4).map((v) => ({ value: v, y: round(y(v)) })),
  };
}
