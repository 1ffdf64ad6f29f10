import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

describe('message keys', () => {
  it('are all used: each key appears in src/ literally, or under a prefix the code fills in (`view.${view}`)', () => {
    const files = readdirSync(new URL('..', import.meta.url), { recursive: true, withFileTypes: true })
      .filter((f) => f.isFile() && /\.ts$/.test(f.name) && !/\.test\.ts$/.test(f.name) && !f.parentPath.endsWith('i18n'))
      .map((f) => readFileSync(join(f.parentPath, f.name), 'utf8'))
      .join('\n');
    const prefixes = [...files.matchAll(/`([a-z][\w.]*\.)\$\{/gi)].map((m) => m[1]);
    const unused = Object.keys(MESSAGES).filter((k) => !files.includes(`'${k}'`) && !prefixes.some((p) => k.startsWith(p)));
    expect(unused).toEqual([]);
  });
});
