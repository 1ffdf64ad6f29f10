import { describe, expect, it } from 'vitest';
import { romaniseCounty, romaniseProper } from './romanise.ts';

describe('romaniseCounty', () => {
  it('writes a county as pinyin plus "County"', () => {
    expect(romaniseCounty('昭觉县')).toBe('Zhaojue County');
  });

  it('names the people of an autonomous county in English', () => {
    expect(romaniseCounty('木里藏族自治县')).toBe('Muli Tibetan Autonomous County');
    expect(romaniseCounty('围场满族蒙古族自治县')).toBe('Weichang Manchu and Mongol Autonomous County');
    expect(romaniseCounty('金平苗族瑶族傣族自治县')).toBe('Jinping Miao, Yao and Dai Autonomous County');
  });

  it('translates district, city and banner', () => {
    expect(romaniseCounty('郧阳区')).toBe('Yunyang District');
    expect(romaniseCounty('西昌市')).toBe('Xichang City');
    expect(romaniseCounty('扎赉特旗')).toBe('Zhalaite Banner');
  });

  it('keeps a one-character stem before the generic (寿县 is Shou County)', () => {
    expect(romaniseCounty('寿县')).toBe('Shou County');
  });

  it('puts an apostrophe before a syllable that starts with a vowel', () => {
    expect(romaniseProper('西安')).toBe("Xi'an");
    expect(romaniseCounty('广安区')).toBe("Guang'an District");
  });

  it('reads 都 in place names as du, not dou', () => {
    expect(romaniseCounty('宁都县')).toBe('Ningdu County');
    expect(romaniseCounty('都安瑶族自治县')).toBe("Du'an Yao Autonomous County");
  });
});
