/**
 * The front matter of one step, checked field by field against the data.
 * `view`, `indicator` and `year` carry over from the step before when left
 * out; `selected`, `highlight`, `camera`, `tab` and `chart` do not.
 */
import { EMPTY_STATE, FIELDS, FIELD_NAMES, InvalidValue, VIEWS, parseYear, type AtlasState, type Field, type ViewId } from '../state/atlas-state';
import type { StoryContext } from './story-context';
import type { StoryChart, StoryStepState } from './story-types';

/** The atlas state's fields a step may set (all but the reader's language), checked by the atlas's own rules. */
const OTHER_FIELDS = FIELD_NAMES.filter((f) => !['view', 'indicator', 'year', 'selected', 'lang'].includes(f)) as Exclude<Field, 'view' | 'indicator' | 'year' | 'selected' | 'lang'>[];
export const STEP_KEYS = ['view', 'indicator', 'year', 'selected', ...OTHER_FIELDS, 'chart', 'span'] as const;
/** Years a chart span may cover: the six stages run from 1949. */
export const SPAN_YEARS: [number, number] = [1949, 2020];

export type Report = (field: string, en: string, zh: string) => void;

const show = (v: unknown): string => {
  try {
    return typeof v === 'string' ? `"${v}"` : (JSON.stringify(v) ?? String(v));
  } catch {
    return String(v);
  }
};

/** A YAML id (`513400` reads as a number): the string, or null when it is not one. */
function idOf(v: unknown): string | null {
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number' && Number.isInteger(v) && v >= 0) return String(v);
  return null;
}

function yearOf(v: unknown): number | null {
  try {
    return parseYear(typeof v === 'number' || typeof v === 'string' ? v : NaN);
  } catch {
    return null;
  }
}

function entity(ctx: StoryContext, view: ViewId, field: string, v: unknown, report: Report): string | null {
  const id = idOf(v);
  if (id === null) return report(field, `expected a place id, got ${show(v)}`, `应为地区编号，实际为 ${show(v)}`), null;
  if (ctx.isEntity(view, id)) return id;
  report(field, `unknown entity "${id}" in view "${view}"`, `视图“${view}”中没有地区“${id}”`);
  return null;
}

function chart(fm: Record<string, unknown>, report: Report): StoryChart | null {
  const kind = fm.chart;
  let span: [number, number] | null = null;
  if (fm.span !== undefined && fm.span !== null) {
    const s = fm.span;
    const ys = Array.isArray(s) && s.length === 2 ? s.map(yearOf) : [null];
    if (ys.some((y) => y === null || y < SPAN_YEARS[0] || y > SPAN_YEARS[1]) || ys[0]! > ys[1]!) {
      report('span', `expected [first year, last year] between ${SPAN_YEARS[0]} and ${SPAN_YEARS[1]}, got ${show(s)}`, `应为 [起始年, 结束年]，在 ${SPAN_YEARS[0]} 至 ${SPAN_YEARS[1]} 之间，实际为 ${show(s)}`);
    } else span = [ys[0]!, ys[1]!];
    if (kind === undefined || kind === null || kind === 'none') report('span', 'span shades years on a chart: add "chart: national"', 'span 用于图表：请加上“chart: national”');
  }
  if (kind === undefined || kind === null || kind === 'none') return null;
  if (kind !== 'national') return report('chart', `unknown chart ${show(kind)} (use "national" or "none")`, `未知的图表 ${show(kind)}（应为 national 或 none）`), null;
  return { kind: 'national', span };
}

/**
 * The state of a step from its front matter and the previous step's state.
 * Reports each problem once with the field it is about.
 */
export function stepState(fm: Record<string, unknown>, prev: StoryStepState | null, ctx: StoryContext, report: Report): { state: StoryStepState; chart: StoryChart | null } {
  for (const key of Object.keys(fm)) {
    if (!(STEP_KEYS as readonly string[]).includes(key)) report(key, `unknown key "${key}" (a step takes ${STEP_KEYS.join(', ')})`, `未知的键“${key}”（步骤可用的键：${STEP_KEYS.join('、')}）`);
  }
  const withoutLang = ({ lang: _lang, ...rest }: AtlasState): StoryStepState => rest;
  let view: ViewId = prev?.view ?? 'areas';
  if (fm.view !== undefined) {
    if (typeof fm.view === 'string' && (VIEWS as readonly string[]).includes(fm.view)) view = fm.view as ViewId;
    else report('view', `unknown view ${show(fm.view)} (use ${VIEWS.join(', ')})`, `未知的视图 ${show(fm.view)}（应为 ${VIEWS.join('、')}）`);
  } else if (!prev) report('view', 'the first step must name a view', '第一步必须给出视图（view）');

  let indicator = fm.indicator !== undefined ? idOf(fm.indicator) : (prev?.indicator ?? null);
  const inherited = fm.indicator === undefined ? ' (carried over from the step before)' : '';
  if (indicator === null) {
    report('indicator', fm.indicator === undefined ? 'the first step must name an indicator' : `expected an indicator id, got ${show(fm.indicator)}`, fm.indicator === undefined ? '第一步必须给出指标（indicator）' : `应为指标编号，实际为 ${show(fm.indicator)}`);
  } else if (!ctx.indicatorIds(view).includes(indicator)) {
    const elsewhere = ctx.viewsOf(indicator);
    const en = elsewhere.length ? `indicator "${indicator}"${inherited} is not shown in view "${view}" (it is in: ${elsewhere.join(', ')})` : `unknown indicator "${indicator}"`;
    const zh = elsewhere.length ? `视图“${view}”不显示指标“${indicator}”（可在：${elsewhere.join('、')}）` : `未知的指标“${indicator}”`;
    report('indicator', en, zh);
    indicator = null;
  }

  const range = indicator ? ctx.yearRange(indicator) : [];
  let year = prev && fm.year === undefined ? prev.year : 0;
  if (fm.year !== undefined) {
    const y = yearOf(fm.year);
    if (y === null) report('year', `expected a year, got ${show(fm.year)}`, `应为年份，实际为 ${show(fm.year)}`);
    else year = y;
  }
  if (indicator && range.length === 0) year = 0;
  else if (indicator && (fm.year !== undefined || prev) && year !== 0 && !range.includes(year)) {
    const from = fm.year === undefined ? ' (carried over from the step before)' : '';
    report('year', `${year}${from} is outside the years of "${indicator}" (${range[0]}–${range[range.length - 1]})`, `${year}年不在指标“${indicator}”的年份范围内（${range[0]}–${range[range.length - 1]}）`);
  } else if (indicator && year === 0 && fm.year === undefined) {
    report('year', `give a year for "${indicator}" (${range[0]}–${range[range.length - 1]})`, `请为指标“${indicator}”给出年份（${range[0]}–${range[range.length - 1]}）`);
  }

  const selected = fm.selected === undefined || fm.selected === null ? null : entity(ctx, view, 'selected', fm.selected, report);
  const state: StoryStepState = { ...withoutLang(EMPTY_STATE), view, indicator: indicator ?? '', year, selected };
  const checkCtx = { catalog: ctx.catalog, s: { ...EMPTY_STATE, ...state } as AtlasState };
  for (const field of OTHER_FIELDS) {
    // YAML reads an id such as 513400 as a number: the atlas's rules take ids as text.
    const raw = fm[field];
    const v = field === 'pinned' && Array.isArray(raw) ? raw.map((x) => idOf(x) ?? x) : field === 'area' ? (idOf(raw) ?? raw) : raw;
    if (v === undefined || v === null || v === '') continue;
    try {
      (state as unknown as Record<string, unknown>)[field] = (FIELDS[field] as { parse(v: unknown, c: typeof checkCtx): unknown }).parse(v, checkCtx);
    } catch (e) {
      const why = e instanceof InvalidValue ? e.message : 'could not be read';
      report(field, `${show(v)} is not valid: ${why}`, `${show(v)} 无效：${why}`);
    }
  }
  return { state, chart: chart(fm, report) };
}
