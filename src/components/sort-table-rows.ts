/**
 * Sorting of the data table's rows (no DOM). Names sort by the current
 * language (pinyin order for Chinese); values sort numerically, and rows
 * without a value always come last, whichever the direction — "no data" is
 * not a small number.
 */
import type { I18nText, Lang } from '../data/schema';

/** Columns: name, the selected year's value, the second year's value, the change between them. */
export type SortKey = 'name' | 'value' | 'value2' | 'change';
export type SortDir = 'ascending' | 'descending';

export interface SortableRow {
  id: string;
  name: I18nText;
  value: { value: number } | null;
  /** The second year's value (table comparing two years). */
  value2?: { value: number } | null;
  /** The change between the two years, or null where there is none (missing, series break). */
  change?: number | null;
}

/** The number a row is sorted by under a key, or null ("no data", kept last). */
function numberOf(row: SortableRow, key: Exclude<SortKey, 'name'>): number | null {
  if (key === 'change') return row.change ?? null;
  return (key === 'value' ? row.value : row.value2)?.value ?? null;
}

const collators: Record<Lang, Intl.Collator> = {
  zh: new Intl.Collator('zh-u-co-pinyin'),
  en: new Intl.Collator('en', { sensitivity: 'base' }),
};

/** A sorted copy of `rows`; ties keep their order by id so the result is stable. */
export function sortTableRows<R extends SortableRow>(rows: readonly R[], key: SortKey, dir: SortDir, lang: Lang): R[] {
  const sign = dir === 'ascending' ? 1 : -1;
  const byName = (a: R, b: R) => collators[lang].compare(a.name[lang], b.name[lang]);
  return [...rows].sort((a, b) => {
    if (key !== 'name') {
      const [x, y] = [numberOf(a, key), numberOf(b, key)];
      if (x === null || y === null) {
        if (x === y) return byName(a, b) || a.id.localeCompare(b.id);
        return x === null ? 1 : -1;
      }
      if (x !== y) return sign * (x - y);
    }
    return sign * byName(a, b) || a.id.localeCompare(b.id);
  });
}
