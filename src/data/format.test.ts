import { describe, expect, it } from 'vitest';
import { formatBound, formatValue } from './format';
import { GDP_DEF } from './test-fixtures';

const POP = { ...GDP_DEF, csvUnit: '万人', unit: { zh: '万人', en: 'million' }, enFactor: 0.01, decimals: 0 };
const PCT = { ...GDP_DEF, csvUnit: '%', unit: { zh: '%', en: '%' }, enFactor: 1, decimals: 1 };
const YEAR = { ...GDP_DEF, csvUnit: 'year', unit: { zh: '年', en: 'year' }, enFactor: 1, decimals: 0 };

describe('formatValue', () => {
  it('shows Chengdu’s 2016 GDP as 12,170.23亿元 in Chinese', () => {
    expect(formatValue(12170.23, GDP_DEF, 'zh')).toBe('12,170.23亿元');
  });

  it('converts 亿元 to billion yuan in English', () => {
    expect(formatValue(12170.23, GDP_DEF, 'en')).toBe('1,217.02 billion yuan');
  });

  it('converts 万人 to million people in English and keeps 万人 in Chinese', () => {
    expect(formatValue(642, POP, 'zh')).toBe('642万人');
    expect(formatValue(642, { ...POP, decimals: 2 }, 'en')).toBe('6.42 million');
  });

  it('writes percentages without a space and with the indicator’s decimals', () => {
    expect(formatValue(17.1, PCT, 'en')).toBe('17.1%');
    expect(formatValue(17.1, PCT, 'zh')).toBe('17.1%');
  });

  it('never groups the digits of a year', () => {
    expect(formatValue(2016, YEAR, 'en')).toBe('2016');
  });

  it('drops decimals from whole legend bounds', () => {
    expect(formatBound(2000, GDP_DEF, 'zh')).toBe('2,000');
    expect(formatBound(2000, GDP_DEF, 'en')).toBe('200');
  });
});
