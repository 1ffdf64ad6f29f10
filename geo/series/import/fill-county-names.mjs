// One-off: fills name_en of county rows in geo/sources/entities.csv with pinyin.
// (Areas, provinces and prefectures carry hand-written English names.)
import { readFileSync, writeFileSync } from 'node:fs';
import { pinyin } from 'pinyin-pro';

const SUFFIXES = [['自治县', 'Autonomous County'], ['自治旗', 'Autonomous Banner'], ['县', 'County'], ['区', 'District'],
  ['市', 'City'], ['旗', 'Banner'], ['直辖', '(directly administered)'], ['行委', 'Administrative Committee']];
const ETHNIC = /(蒙古族|藏族|羌族|彝族|回族|土族|撒拉族|满族|苗族|土家族|侗族|布依族|瑶族|壮族|仡佬族|傈僳族|拉祜族|佤族|布朗族|傣族|哈尼族|白族|纳西族|普米族|独龙族|怒族|景颇族|阿昌族|德昂族|水族|毛南族|仫佬族|鄂伦春|达斡尔族|鄂温克族|哈萨克|塔吉克|柯尔克孜|锡伯|裕固族|保安族|东乡族|各族)+/u;

/** Pinyin without tones, with an apostrophe before a syllable starting with a vowel (Xing'an). */
function py(text) {
  const syllables = pinyin(text, { toneType: 'none', type: 'array' });
  const joined = syllables.map((s, i) => (i > 0 && /^[aeo]/.test(s) ? `'${s}` : s)).join('');
  return joined[0].toUpperCase() + joined.slice(1);
}

function en(zh) {
  for (const [s, label] of SUFFIXES) {
    if (!zh.endsWith(s)) continue;
    let stem = zh.slice(0, -s.length);
    const ethnic = stem.match(ETHNIC);
    if (s.startsWith('自治') && ethnic && ethnic.index > 0) stem = stem.slice(0, ethnic.index);
    return `${py(stem)} ${label}`;
  }
  return py(zh);
}

const path = new URL('../../sources/entities.csv', import.meta.url);
const lines = readFileSync(path, 'utf8').trimEnd().split('\n');
const out = lines.map((line, i) => {
  if (i === 0) return line;
  const f = line.split(',');
  if (f[1] === 'county' && !f[3]) f[3] = en(f[2]);
  return f.join(',');
});
writeFileSync(path, out.join('\n') + '\n');
