import { describe, expect, it } from 'vitest';
import { MESSAGES, t } from './messages';

describe('messages', () => {
  it('has every string in both Chinese and English', () => {
    for (const [key, text] of Object.entries(MESSAGES)) {
      expect(text.zh, key).not.toBe('');
      expect(text.en, key).not.toBe('');
    }
  });

  it('fills placeholders, e.g. the legend’s coverage line', () => {
    expect(t('en', 'legend.coverage', { n: 5, total: 14, noun: 'areas', year: 2016 })).toBe('5 of 14 areas have a value for 2016');
    expect(t('zh', 'legend.coverage', { n: 5, total: 14, noun: '个片区', year: 2016 })).toBe('14个片区中5个有2016年数据');
  });
});
