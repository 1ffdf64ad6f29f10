/**
 * Finding a place by name (no DOM): the 14 areas, Sichuan's prefectures and
 * the counties, by Chinese characters, by pinyin with or without tones
 * ("Zhāojué", "zhao1jue2", "zhaojue") or by English name. Pinyin comes from
 * the entity's toneless `pinyin` field when series.json has one, else from
 * the English name (which, for counties, is pinyin plus "County").
 */
import type { EntityDef, I18nText } from './schema';

/** Entity kinds a reader can find; each is shown by one view. */
export type PlaceKind = 'area' | 'prefecture' | 'county';

/** The view that draws each kind (a ViewId of src/state/atlas-state.ts). */
export const VIEW_OF_KIND = { area: 'areas', prefecture: 'sichuan', county: 'counties' } as const;

export interface SearchEntry {
  id: string;
  kind: PlaceKind;
  name: I18nText;
  /** Toneless pinyin of the Chinese name, any spacing ("zhaojue xian"). */
  pinyin?: string;
  /** Where it lies, to tell apart places of the same name ("凉山彝族自治州 · 乌蒙山区"). */
  context?: I18nText;
  /** A county's area (one of the 14): choosing it opens the counties view drilled into that area. */
  area?: string;
}

export interface SearchHit extends SearchEntry {
  view: (typeof VIEW_OF_KIND)[PlaceKind];
}

interface Keys {
  entry: SearchEntry;
  zh: string;
  latin: string[];
  /** Latin keys split into words, for word-prefix matches ("mountain" in "Wumeng Mountain Area"). */
  words: string[];
}

export interface SearchIndex {
  keys: Keys[];
}

const KIND_ORDER: Record<PlaceKind, number> = { area: 0, prefecture: 1, county: 2 };
const HAN = /\p{Script=Han}/u;

/**
 * Latin text reduced to bare letters for matching: lower case, tone marks
 * and diacritics dropped (NFD), tone numbers, spaces, apostrophes and
 * hyphens dropped, ü and v both read as u ("Lǜchūn", "lv4chun1" → "luchun").
 */
export function foldLatin(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/v/g, 'u')
    .replace(/[^a-z]/g, '');
}

function latinWords(text: string): string[] {
  return text
    .split(/[\s\-–—'’·,()]+/)
    .map(foldLatin)
    .filter(Boolean);
}

export function buildSearchIndex(entries: readonly SearchEntry[]): SearchIndex {
  return {
    keys: entries.map((entry) => {
      const latinSources = [entry.name.en, ...(entry.pinyin ? [entry.pinyin] : [])];
      return {
        entry,
        zh: entry.name.zh,
        latin: [...new Set(latinSources.map(foldLatin).filter(Boolean))],
        words: [...new Set(latinSources.flatMap(latinWords))],
      };
    }),
  };
}

/** How well a key matches: 4 whole name, 3 start of the name, 2 start of a word, 1 anywhere; 0 none. */
function score(k: Keys, query: string): number {
  if (HAN.test(query)) {
    const q = query.replace(/\s+/g, '');
    if (k.zh === q) return 4;
    if (k.zh.startsWith(q)) return 3;
    return k.zh.includes(q) ? 1 : 0;
  }
  const q = foldLatin(query);
  if (q.length < 2) return 0;
  if (k.latin.some((key) => key === q)) return 4;
  if (k.latin.some((key) => key.startsWith(q))) return 3;
  if (k.words.some((w) => w.startsWith(q))) return 2;
  return k.latin.some((key) => key.includes(q)) ? 1 : 0;
}

/**
 * The places matching `query`, best first: whole-name matches, then names
 * starting with it, then a word starting with it, then anywhere; among equals
 * areas before prefectures before counties, then the shorter name.
 */
export function searchPlaces(index: SearchIndex, query: string, limit = 8): SearchHit[] {
  if (!query.trim()) return [];
  return index.keys
    .map((k) => ({ k, s: score(k, query.trim()) }))
    .filter((x) => x.s > 0)
    .sort(
      (a, b) =>
        b.s - a.s ||
        KIND_ORDER[a.k.entry.kind] - KIND_ORDER[b.k.entry.kind] ||
        a.k.zh.length - b.k.zh.length ||
        a.k.entry.id.localeCompare(b.k.entry.id),
    )
    .slice(0, limit)
    .map(({ k }) => ({ ...k.entry, view: VIEW_OF_KIND[k.entry.kind] }));
}

/**
 * Search entries from series.json's entities: the areas, the prefectures and
 * the counties. A county's context names its prefecture (or, outside
 * Sichuan, its province, from the first two digits of its code) and its area.
 */
export function searchEntries(entities: readonly EntityDef[]): SearchEntry[] {
  const byId = new Map(entities.map((e) => [e.id, e]));
  const join = (names: I18nText[]): I18nText | undefined =>
    names.length ? { zh: names.map((n) => n.zh).join(' · '), en: names.map((n) => n.en).join(' · ') } : undefined;
  const out: SearchEntry[] = [];
  for (const e of entities) {
    if (e.kind !== 'area' && e.kind !== 'prefecture' && e.kind !== 'county') continue;
    const parents = (e.parents ?? []).map((id) => byId.get(id)).filter((p): p is EntityDef => !!p);
    let context: I18nText | undefined;
    let areaId: string | undefined;
    if (e.kind === 'county') {
      const prefecture = parents.find((p) => p.kind === 'prefecture') ?? byId.get(`${e.id.slice(0, 2)}0000`);
      const area = parents.find((p) => p.kind === 'area');
      areaId = area?.id;
      context = join([prefecture, area].filter((p): p is EntityDef => !!p).map((p) => p.name));
    } else if (e.kind === 'prefecture') {
      context = join(parents.filter((p) => p.kind === 'province').map((p) => p.name));
    }
    const pinyin = (e as EntityDef & { pinyin?: unknown }).pinyin;
    out.push({
      id: e.id,
      kind: e.kind,
      name: e.name,
      ...(typeof pinyin === 'string' && pinyin ? { pinyin } : {}),
      ...(context ? { context } : {}),
      ...(areaId ? { area: areaId } : {}),
    });
  }
  return out;
}
