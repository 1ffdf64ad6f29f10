/**
 * Number formatting per locale. Values arrive in CSV units (亿元, 万人, %…).
 * Chinese shows them as they are, with 万人 / 亿元; English converts with
 * `IndicatorDef.enFactor` (亿元 → billion yuan ×0.1, 万人 → million ×0.01)
 * and keeps every significant digit of the stored value: a factor of 0.01
 * adds two decimals, so 49万人 reads "0.49 million", never "0 million".
 * Years are never grouped ("2016", not "2,016"). `Intl.NumberFormat`
 * objects are cached: a table of 800 counties formats without building any.
 */
import type { IndicatorDef, Lang } from './schema';

type Formattable = Pick<IndicatorDef, 'csvUnit' | 'enFactor' | 'decimals' | 'unit' | 'categories'>;

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

const formats = new Map<string, Intl.NumberFormat>();

/** A cached number format: `decimals` fraction digits, grouped unless told not to. */
function numberFormat(lang: Lang, decimals: number, grouping = true): Intl.NumberFormat {
  const key = `${lang}|${decimals}|${grouping}`;
  let f = formats.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALES[lang], { minimumFractionDigits: decimals, maximumFractionDigits: decimals, useGrouping: grouping });
    formats.set(key, f);
  }
  return f;
}

/** The value in display units for a language. */
export function displayValue(value: number, ind: Pick<Formattable, 'enFactor'>, lang: Lang): number {
  return lang === 'en' ? value * ind.enFactor : value;
}

/**
 * Decimals in the display units of `lang`: the indicator's stated decimals
 * (in CSV units), shifted by the English conversion so no digit is lost
 * (万人 with 0 decimals → million with 2; 万km² with 1 → 1,000 km² with 0).
 */
export function displayDecimals(ind: Pick<Formattable, 'decimals' | 'enFactor' | 'csvUnit'>, lang: Lang): number {
  if (ind.csvUnit === 'year') return 0;
  if (lang === 'zh' || ind.enFactor === 1) return ind.decimals;
  return Math.max(0, ind.decimals + Math.round(-Math.log10(ind.enFactor)));
}

/** A number in the display units of `lang`, without unit: "12,170.23" / "1,217.023". */
export function formatNumber(value: number, ind: Formattable, lang: Lang, decimals = displayDecimals(ind, lang)): string {
  const isYear = ind.csvUnit === 'year';
  return numberFormat(lang, isYear ? 0 : decimals, !isYear).format(displayValue(value, ind, lang));
}

/** Unit label for a language, or '' when the unit reads as nothing (years, counts of years). */
export function unitLabel(ind: Formattable, lang: Lang): string {
  return ind.csvUnit === 'year' ? '' : ind.unit[lang];
}

/** A value with its unit: "12,170.23亿元", "1,217.023 billion yuan", "11.2%"; coded values by their label. */
export function formatValue(value: number, ind: Formattable, lang: Lang): string {
  const category = ind.categories?.find((c) => c.value === value);
  if (category) return category.label[lang];
  return withUnit(formatNumber(value, ind, lang), ind, lang);
}

/** A formatted number followed by the indicator's unit as the language writes it. */
export function withUnit(num: string, ind: Formattable, lang: Lang): string {
  const unit = unitLabel(ind, lang);
  if (!unit) return num;
  if (unit === '%' || lang === 'zh') return `${num}${unit}`;
  return `${num} ${unit}`;
}

/** A plain integer count in the locale ("680", "1,234"). */
export function formatCount(n: number, lang: Lang): string {
  return numberFormat(lang, 0).format(n);
}

/**
 * A legend bound or axis tick: as few decimals as the bound needs and never
 * fewer, so English bins read "0.5–1 million" (not "1–1") and whole bounds
 * "1,000–2,000" (not "1,000.00–2,000.00").
 */
export function formatBound(value: number, ind: Formattable, lang: Lang): string {
  const shown = displayValue(value, ind, lang);
  // Axis ticks may be finer than the indicator's decimals (0, 0.25, 0.5 …): keep them exact up to 6 places.
  const most = Math.max(displayDecimals(ind, lang), 6);
  let d = 0;
  while (d < most && Math.abs(shown - Number(shown.toFixed(d))) > 1e-9 * Math.max(1, Math.abs(shown))) d++;
  return numberFormat(lang, d, ind.csvUnit !== 'year').format(shown);
}
