import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { INDICATORS } from '../data/indicators';
import type { SeriesFile } from '../data/schema';
import { isLowTrust, readableNote, sourceIndex, sourceName, sourceShortName } from './source-label';

// Publishers as recorded in public/data/series.json (SEED004, S43, S01, E19).
describe('sourceShortName', () => {
  it('drops parenthesised asides from the publisher', () => {
    expect(sourceShortName({ publisher: 'English-language conference paper (publisher not stated in the seed text)', title: '' })).toBe(
      'English-language conference paper',
    );
    expect(sourceShortName({ publisher: 'GitHub repo (student project)', title: '' })).toBe('GitHub repo');
  });

  it('keeps a short publisher as it is', () => {
    expect(sourceShortName({ publisher: '人民日报 citing 国家统计局', title: '' })).toBe('人民日报 citing 国家统计局');
  });

  it('cuts a long name with an ellipsis', () => {
    const s = sourceShortName({ publisher: '湖南日报 (repost mrrdw.com); 公示 text also at kszl.net/kaoyan/zt/13815.html', title: '' });
    expect(s.length).toBeLessThanOrEqual(36);
    expect(s.endsWith('…')).toBe(true);
  });
});

describe('isLowTrust', () => {
  it('marks only low-trust sources', () => {
    expect([isLowTrust('low'), isLowTrust('medium'), isLowTrust('high'), isLowTrust(undefined)]).toEqual([true, false, false, false]);
  });
});

describe('readableNote', () => {
  // Real rows of public/data/series.json: the note on 眉山's 2017 GDP, and the sources it cites.
  const data = JSON.parse(readFileSync(new URL('../../public/data/series.json', import.meta.url), 'utf8')) as SeriesFile;
  const index = sourceIndex(data.sources);
  const meishan = data.notes!.find((n) => n.entityId === '511400' && n.year === 2017)!;

  it('names the cited sources instead of their ids, in both languages', () => {
    for (const lang of ['zh', 'en'] as const) {
      const text = readableNote(meishan.note[lang], index, lang);
      expect(meishan.note[lang]).toMatch(/S43/);
      expect(text).not.toMatch(/\bS43\b|seed 004|种子文献004|SEED004/i);
      expect(text).toContain(sourceName(index.get('S43')!, lang));
      expect(text).toContain(sourceName(index.get('SEED004')!, lang));
      expect(text).toContain('1117.23');
    }
  });

  it('leaves no internal id in any note, break or indicator text of series.json', () => {
    const texts = [
      ...(data.notes ?? []).map((n) => n.note),
      ...data.breaks.map((b) => b.note),
      ...data.indicators.flatMap((d) => [d.note, d.formula].filter((x) => !!x)),
    ] as Array<{ zh: string; en: string }>;
    for (const text of texts) {
      for (const lang of ['zh', 'en'] as const) {
        const shown = readableNote(text[lang], index, lang);
        expect(shown, text[lang]).not.toMatch(/\b(S|E|N|T|SC)\d+\b|\bseed\s*\d|种子文献\s*\d|SEED\d|index id/i);
      }
    }
  });

  it('leaves no internal id in the indicator notes and formulas the picker shows as written (src/data/indicators.ts)', () => {
    for (const d of INDICATORS) {
      for (const text of [d.note, d.formula]) {
        if (text) for (const lang of ['zh', 'en'] as const) expect(text[lang], d.id).not.toMatch(/\b(S|E|N|T|SC)\d+\b|\bseed[\s-]*\d|种子文献\s*\d|SEED\d/i);
      }
    }
  });

  it('drops catalogue numbers from a source name ("index id 27526441033")', () => {
    for (const s of data.sources) expect(sourceName(s, 'en')).not.toMatch(/index id/i);
  });
});
