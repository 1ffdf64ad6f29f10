/**
 * Number formatting per locale. Values arrive in CSV units (亿元, 万人, %…).
 * Chinese shows them as they are, with 万人 / 亿元; English converts with
 * `IndicatorDef.enFactor` (亿元 → billion yuan ×0.1, 万人 → million ×0.01).
 * Years are never grouped ("2016", not "2,016").
 */
import type { IndicatorDef, Lang } from './schema';

type Formattable = Pick<IndicatorDef, 'csvUnit' | 'enFactor' | 'decimals' | 'unit' | 'categories'>;

const LOCALES: Record<Lang, string> = { zh: 'zh-CN', en: 'en-GB' };

/** The value in display units for a language. */
export function displayValue(value: number, ind: Formattable, lang: Lang): number {
  return lang === 'en' ? value * ind.enFactor : value;
}

/** A number in the display units of `lang`, without unit: "12,170.23" / "1,217.02". */
export function formatNumber(value: number, ind: Formattable, lang: Lang, decimals = ind.decimals): string {
  const isYear = ind.csvUnit === 'year';
  return new Intl.NumberFormat(LOCALES[lang], {
    minimumFractionDigits: isYear ? 0 : decimals,
    maximumFractionDigits: isYear ? 0 : decimals,
    useGrouping: !isYear,
  }).format(displayValue(value, ind, lang));
}

/** Unit label for a language, or '' when the unit reads as nothing (years, counts of years). */
export function unitLabel(ind: Formattable, lang: Lang): string {
  return ind.csvUnit === 'year' ? '' : ind.unit[lang];
}

/** A value with its unit: "12,170.23亿元", "1,217.02 billion yuan", "11.2%"; coded values by their label. */
export function formatValue(value: number, ind: Formattable, lang: Lang): string {
  const category = ind.categories?.find((c) => c.value === value);
  if (category) return category.label[lang];
  const num = formatNumber(value, ind, lang);
  const unit = unitLabel(ind, lang);
  if (!unit) return num;
  if (unit === '%' || lang === 'zh') return `${num}${unit}`;
  return `${num} ${unit}`;
}

/** A plain integer count in the locale ("680", "1,234"). */
export function formatCount(n: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 0 }).format(n);
}

/**
 * A legend bound: fewer decimals than the indicator when the bound is whole,
 * so bins read "1,000–2,000" rather than "1,000.00–2,000.00".
 */
export function formatBound(value: number, ind: Formattable, lang: Lang): string {
  const shown = displayValue(value, ind, lang);
  const whole = Math.abs(shown - Math.round(shown)) < 1e-9;
  return formatNumber(value, ind, lang, whole ? 0 : ind.decimals);
}
