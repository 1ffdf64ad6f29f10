/**
 * English names for county-level units: Hanyu Pinyin of the proper name
 * (pinyin-pro) plus a translated generic (县 County, 区 District, 市 City,
 * 旗 Banner, 自治县 Autonomous County with the peoples named).
 * Exceptions come from geo/sources/county-names-en.csv.
 */
import { pinyin } from 'pinyin-pro';

/** Ethnonyms as they appear in autonomous-unit names, longest first when matched. */
const PEOPLES: Record<string, string> = {
  藏族: 'Tibetan', 彝族: 'Yi', 羌族: 'Qiang', 回族: 'Hui', 土家族: 'Tujia', 苗族: 'Miao',
  侗族: 'Dong', 瑶族: 'Yao', 壮族: 'Zhuang', 布依族: 'Bouyei', 仡佬族: 'Gelao', 水族: 'Sui',
  蒙古族: 'Mongol', 满族: 'Manchu', 土族: 'Tu', 撒拉族: 'Salar', 哈萨克族: 'Kazakh',
  傈僳族: 'Lisu', 纳西族: 'Naxi', 白族: 'Bai', 哈尼族: 'Hani', 傣族: 'Dai', 拉祜族: 'Lahu',
  佤族: 'Va', 景颇族: 'Jingpo', 布朗族: 'Blang', 独龙族: 'Derung', 怒族: 'Nu', 普米族: 'Pumi',
  畲族: 'She', 仫佬族: 'Mulao', 毛南族: 'Maonan', 黎族: 'Li', 达斡尔族: 'Daur', 鄂温克族: 'Evenk',
  鄂伦春族: 'Oroqen', 锡伯族: 'Xibe', 朝鲜族: 'Korean', 东乡族: 'Dongxiang', 保安族: 'Bonan',
  裕固族: 'Yugur', 塔吉克族: 'Tajik', 柯尔克孜族: 'Kyrgyz', 维吾尔族: 'Uyghur', 京族: 'Gin',
  各族: 'Multi-ethnic', 门巴族: 'Monpa', 珞巴族: 'Lhoba', 阿昌族: 'Achang', 德昂族: "De'ang",
};

/** Readings that place names use where pinyin-pro picks another (都 dū, not dōu). */
export const PLACE_READINGS: Record<string, string> = { 都: 'du', 什: 'shi', 莎: 'sha' };

/** Generic suffixes, longest first. */
const GENERICS: Array<[string, string]> = [
  ['自治县', 'Autonomous County'],
  ['自治旗', 'Autonomous Banner'],
  ['行政委员会', 'Administrative Committee'],
  ['林区', 'Forestry District'],
  ['特区', 'Special District'],
  ['新区', 'New Area'],
  ['县', 'County'],
  ['区', 'District'],
  ['市', 'City'],
  ['旗', 'Banner'],
];

/** "昭觉县" → "Zhaojue County"; "木里藏族自治县" → "Muli Tibetan Autonomous County". */
export function romaniseCounty(nameZh: string): string {
  const generic = GENERICS.find(([zh]) => nameZh.endsWith(zh) && nameZh.length > zh.length);
  if (!generic) return romaniseProper(nameZh);
  let stem = nameZh.slice(0, -generic[0].length);
  const peoples: string[] = [];
  if (generic[0].startsWith('自治')) {
    for (;;) {
      const hit = Object.keys(PEOPLES).find((p) => stem.endsWith(p) && stem.length > p.length);
      if (!hit) break;
      peoples.unshift(PEOPLES[hit]!);
      stem = stem.slice(0, -hit.length);
    }
  }
  const people = peoples.length > 1 ? `${peoples.slice(0, -1).join(', ')} and ${peoples.at(-1)}` : peoples[0];
  return [romaniseProper(stem), people, generic[1]].filter(Boolean).join(' ');
}

/**
 * Pinyin of a proper name as one capitalised word, with an apostrophe before
 * a syllable that starts with a, o or e (Xi'an, Guang'an).
 */
export function romaniseProper(zh: string): string {
  const chars = [...zh];
  const syllables = (pinyin(zh, { toneType: 'none', type: 'array', v: true }) as string[]).map((s, i) =>
    syllablesAlign(chars, i) ? (PLACE_READINGS[chars[i]!] ?? s) : s,
  );
  const word = syllables
    .map((s, i) => (i > 0 && /^[aoe]/.test(s) ? `'${s}` : s))
    .join('')
    .replace(/v/g, 'ü');
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** pinyin-pro gives one syllable per Han character; only then is index i that character's. */
function syllablesAlign(chars: string[], i: number): boolean {
  return chars.every((c) => /\p{Script=Han}/u.test(c)) && i < chars.length;
}
