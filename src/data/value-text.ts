/**
 * How a joined value reads, in one place for the tooltip, panel, table and
 * legend: a value a source names reads as itself; a value derived by
 * elimination carries "derived" / "推算"; a value known only as a range
 * reads as the range ("2018 or 2019", "20–23 counties"), never as one number.
 */
import { formatNumber, formatValue, withUnit } from './format';
import type { JoinedBounds, JoinedValue } from './join-series';
import type { I18nText, IndicatorDef, Lang, SeriesFile } from './schema';

type Formattable = Pick<IndicatorDef, 'csvUnit' | 'enFactor' | 'decimals' | 'unit' | 'categories'>;

export interface ValueText {
  /** The value or range as text, without the mark: "2018", "2018 or 2019", "20–23 counties". */
  text: string;
  /** `text` with the mark when there is one: "2018 (derived)" / "2018年度（推算）". */
  label: string;
  /** "derived" / "推算" for an elimination value, "range" / "区间" for a bounded one, else ''. */
  mark: string;
  derived: boolean;
  bounded: boolean;
  /** One sentence on how the value was found, or '' when a source names it. */
  note: string;
}

const MARK: Record<'derived' | 'bounded', I18nText> = {
  derived: { zh: '推算', en: 'derived' },
  bounded: { zh: '区间', en: 'range' },
};

const NOTE: Record<'derived' | 'boundedYear' | 'boundedValue', I18nText> = {
  derived: {
    zh: '由排除法推得：同省其余各批名单已知，官方公布的分批县数只余此县。',
    en: "Derived by elimination: the province's other batches are named, and its official count per batch leaves only this county.",
  },
  boundedYear: {
    zh: '来源只给出县数、未点名：此县在这两个年度之一摘帽，无法确定是哪一个。',
    en: 'The sources give counts, not names: this county exited in one of these years, and which one is not known.',
  },
  boundedValue: {
    zh: '部分县的摘帽年度只知在两个年度之一，故只能给出区间，不着色。',
    en: "Some counties' exit year is known only as one of two years, so this is a range and is not coloured.",
  },
};

/** The text of a joined value or range; null when there is neither (the caller says "no data"). */
export function valueText(v: Pick<JoinedValue, 'value' | 'method'> | null | undefined, bounds: Pick<JoinedBounds, 'low' | 'high'> | null | undefined, ind: Formattable, lang: Lang): ValueText | null {
  if (v) {
    const text = formatValue(v.value, ind, lang);
    if (v.method !== 'elimination') return { text, label: text, mark: '', derived: false, bounded: false, note: '' };
    return { text, label: marked(text, MARK.derived[lang], lang), mark: MARK.derived[lang], derived: true, bounded: false, note: NOTE.derived[lang] };
  }
  if (!bounds) return null;
  const text = rangeText(bounds.low, bounds.high, ind, lang);
  const isYear = ind.csvUnit === 'year';
  return { text, label: isYear ? text : marked(text, MARK.bounded[lang], lang), mark: MARK.bounded[lang], derived: false, bounded: true, note: NOTE[isYear ? 'boundedYear' : 'boundedValue'][lang] };
}

/** "2018 or 2019" / "2018或2019年度"; "20–23 counties" / "20–23个". */
export function rangeText(low: number, high: number, ind: Formattable, lang: Lang): string {
  if (ind.csvUnit === 'year') {
    if (high === low + 1) return lang === 'zh' ? `${low}或${high}年度` : `${low} or ${high}`;
    return lang === 'zh' ? `${low}–${high}年度之间` : `between ${low} and ${high}`;
  }
  return withUnit(`${formatNumber(low, ind, lang)}–${formatNumber(high, ind, lang)}`, ind, lang);
}

function marked(text: string, mark: string, lang: Lang): string {
  return lang === 'zh' ? `${text}（${mark}）` : `${text} (${mark})`;
}

/** How many of these values were derived by elimination. */
export function derivedCount(values: Iterable<Pick<JoinedValue, 'method'>>): number {
  let n = 0;
  for (const v of values) if (v.method === 'elimination') n++;
  return n;
}

/**
 * What a count of shown values holds beyond named values, for the legend:
 * "57 derived · 13 known only as a range (not coloured)" / "其中57个为推算值，…"; '' when nothing.
 */
export function qualifierSummary(derived: number, ranges: number, lang: Lang): string {
  const parts: string[] = [];
  if (lang === 'zh') {
    if (derived) parts.push(`${derived}个为推算值`);
    if (ranges) parts.push(`${ranges}个仅知区间（不着色）`);
    return parts.length ? `其中${parts.join('，')}` : '';
  }
  if (derived) parts.push(`${derived} derived`);
  if (ranges) parts.push(`${ranges} known only as a range (not coloured)`);
  return parts.join(' · ');
}

export interface ExitCoverageRow {
  id: string;
  name: I18nText;
  named: number;
  derived: number;
  bounded: number;
  missing: number;
  total: number;
}

/** Per area, how its counties' exit years are known (series.json exitCoverage), named, the 14 together last. */
export function exitCoverageRows(series: Pick<SeriesFile, 'entities' | 'exitCoverage'>): ExitCoverageRow[] {
  const names = new Map(series.entities.map((e) => [e.id, e.name]));
  return (series.exitCoverage ?? [])
    .map(({ entityId, named, derived, bounded, missing, total }) => ({ id: entityId, name: names.get(entityId) ?? { zh: entityId, en: entityId }, named, derived, bounded, missing, total }))
    .sort((a, b) => Number(a.id === 'CPA_ALL14') - Number(b.id === 'CPA_ALL14') || b.total - a.total);
}
