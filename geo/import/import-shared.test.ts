/**
 * One source of truth per fact: the CSVs under geo/sources that the import
 * writes must be exactly what it makes from ../shared/data today, so no fact
 * is edited in a generated CSV by hand. Skipped where ../shared is absent.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importShared, sharedDataDir } from './import-shared.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const shared = sharedDataDir(ROOT);

describe.skipIf(!shared)('import from ../shared/data', () => {
  const out = shared ? importShared(shared, ROOT) : new Map<string, string>();

  it('reproduces every committed CSV it writes, byte for byte (run npm run build:data after changing ../shared)', () => {
    expect([...out.keys()].sort()).toEqual([
      'contiguous-counties.csv', 'entities.csv', 'exit-methods.csv', 'series/areas.csv', 'series/county_exits.csv',
      'series/national_poverty.csv', 'series/sichuan_poverty.csv', 'series/sichuan_prefecture_gdp.csv', 'sources.csv',
    ]);
    const stale = [...out].filter(([path, text]) => readFileSync(join(ROOT, 'geo/sources', path), 'utf8') !== text).map(([path]) => path);
    expect(stale).toEqual([]);
  });

  it('carries the way each exit year was found: 57 by elimination, 13 bounded to 2018–2019', () => {
    const rows = out.get('exit-methods.csv')!.trim().split('\n').slice(1).map((l) => l.split(','));
    expect(rows.filter((r) => r[1] === 'elimination')).toHaveLength(57);
    const bounded = rows.filter((r) => r[1] === 'bounded');
    expect(bounded).toHaveLength(13);
    expect(bounded.every((r) => r[3] === '2018' && r[4] === '2019' && r[0].startsWith('653'))).toBe(true);
  });

  it('points no source at a search-index id', () => {
    expect(out.get('sources.csv')).not.toMatch(/index[- ]id|index-file-id|find_string id/i);
  });
});
