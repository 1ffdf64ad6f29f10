/**
 * Sorting of the data table's rows (no DOM). Names sort by the current
 * language (pinyin order for Chinese); values sort numerically, and rows
 * without a value always come last, whichever the direction — "no data" is
 * not a small number.
 */
import type { I18nText, Lang } from '../data/schema';

export type SortKey = 'name' | 'value';
export type SortDir = 'ascending' | 'descending';

export interface SortableRow {
  id: string;
  name: I18nText;
  value: { value: number } | null;
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
    if (key === 'value') {
      if (a.value === null || b.value === null) {
        if (a.value === b.value) return byName(a, b) || a.id.localeCompare(b.id);
        return a.value === null ? 1 : -1;
      }
      const d = a.value.value - b.value.value;
      if (d !== 0) return sign * d;
    }
    return sign * byName(a, b) || a.id.localeCompare(b.id);
  });
}
