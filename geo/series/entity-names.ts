/**
 * Names of the entities in series.json, joined here from the one name table
 * per kind (the same the geometry step uses): geo/sources/names-en.csv for
 * areas, provinces and prefectures (with short forms for map labels),
 * geo/sources/county-names-en.csv over pinyin for counties. The nation and
 * the aggregates keep the names entities.csv gives them. Every entity also
 * gets `pinyin` (toneless, lowercase, generic suffix dropped: 昭觉县 → "zhaojue")
 * for search, with the same readings as the English names.
 */
import { pinyin } from 'pinyin-pro';
import type { EntityDef } from '../../src/data/schema.ts';
import { countyName, NAMES_CSV, readCountyOverrides, readRegionNames, type NameKind } from '../geometry/names.ts';
import { PLACE_READINGS } from '../geometry/romanise.ts';

/** Generic endings dropped before pinyin, longest first. */
const SUFFIXES = ['维吾尔自治区', '壮族自治区', '回族自治区', '特别行政区', '自治区', '自治州', '自治县', '自治旗', '行政委员会', '山区', '省', '市', '县', '区', '旗', '州'];
const PEOPLES = /(蒙古族|藏族|羌族|彝族|回族|土家族|苗族|侗族|瑶族|壮族|布依族|仡佬族|水族|满族|土族|撒拉族|哈萨克族|傈僳族|纳西族|白族|哈尼族|傣族|拉祜族|佤族|景颇族|布朗族|独龙族|怒族|普米族|畲族|仫佬族|毛南族|达斡尔族|鄂温克族|鄂伦春族|锡伯族|朝鲜族|东乡族|保安族|裕固族|塔吉克族|柯尔克孜族|各族|门巴族|阿昌族|德昂族)+$/u;

/** 昭觉县 → "zhaojue"; 凉山彝族自治州 → "liangshan"; 吕梁山区 → "lvliang". */
export function searchPinyin(zh: string, overrideEn?: string): string {
  let stem = zh.replace(/[（(].*$/u, '');
  const suffix = SUFFIXES.find((s) => stem.endsWith(s) && stem.length > s.length);
  if (suffix) stem = stem.slice(0, -suffix.length);
  if (suffix?.startsWith('自治')) stem = stem.replace(PEOPLES, '') || stem;
  // An English override (a polyphone read as places read it) gives the reading: "Ledu District" → "ledu".
  if (overrideEn && /^[A-Za-zü' ]+$/.test(overrideEn)) {
    const word = overrideEn.split(' ')[0];
    if (word.replace(/'/g, '').length >= stem.length) return normalise(word);
  }
  const syllables = pinyin(stem, { toneType: 'none', type: 'array', v: true }) as string[];
  const chars = [...stem];
  return normalise(syllables.map((s, i) => (chars.length === syllables.length ? (PLACE_READINGS[chars[i]] ?? s) : s)).join(''));
}

function normalise(word: string): string {
  return word.toLowerCase().replace(/'/g, '').replace(/ü/g, 'v');
}

/** Entities with their display names, short names and pinyin joined in. */
export function nameEntities(root: string, entities: EntityDef[]): EntityDef[] {
  const regions = readRegionNames(root);
  const overrides = readCountyOverrides(root);
  return entities.map((e) => {
    if (e.kind === 'county') {
      const o = overrides.get(e.id);
      const n = countyName(e.id, e.name.zh, overrides);
      return { ...e, name: { zh: n.name_zh, en: n.name_en }, pinyin: searchPinyin(e.name.zh, o?.reading ? o.name_en : undefined) };
    }
    if (e.kind === 'area' || e.kind === 'province' || e.kind === 'prefecture') {
      const n = regions[e.kind as NameKind].get(e.id);
      if (!n) throw new Error(`${NAMES_CSV}: no ${e.kind} row for id ${e.id} (entities.csv names it)`);
      const out: EntityDef = { ...e, name: { zh: n.name_zh, en: n.name_en }, pinyin: searchPinyin(n.name_zh) };
      if (n.short_zh && n.short_en) out.short = { zh: n.short_zh, en: n.short_en };
      return out;
    }
    if (!e.name.zh || !e.name.en) throw new Error(`entities.csv: ${e.id} (${e.kind}) needs name_zh and name_en`);
    return { ...e, pinyin: searchPinyin(e.name.zh) };
  });
}

