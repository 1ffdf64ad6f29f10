/**
 * Seed 004's GDP table and seed 003's Chart 1 were typed by hand into
 * geo/sources/series/. Check one: counts and spot values written here.
 * Check two: an independent parse of the seed text itself, when the seeds
 * are present (../shared/seeds on the team machine; skipped elsewhere).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../../src/data/csv.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const SEEDS = resolve(ROOT, '../shared/seeds');

function rows(file: string, source: string): string[][] {
  return csvRecords(readFileSync(join(ROOT, 'geo/sources/series', file), 'utf8')).filter((r) => r[6] === source);
}

const gdp = () => new Map(rows('sichuan_prefecture_gdp.csv', 'SEED004').map((r) => [`${r[0]}|${r[2]}`, r[3]]));

describe('seed 004 transcription (Sichuan prefecture GDP, 亿元)', () => {
  it('has all 147 values: 21 prefectures × 2010–2016', () => {
    const r = rows('sichuan_prefecture_gdp.csv', 'SEED004');
    expect(r).toHaveLength(147);
    expect(new Set(r.map((x) => x[0])).size).toBe(21);
    expect(new Set(r.map((x) => x[2]))).toEqual(new Set(['2010', '2011', '2012', '2013', '2014', '2015', '2016']));
    expect(r.every((x) => x[1] === 'gdp' && x[4] === '亿元' && x[5] === 'accounts')).toBe(true);
  });

  it('gives Chengdu 12170.23 in 2016 and the whole Ganzi row as printed', () => {
    const g = gdp();
    expect(g.get('510100|2016')).toBe('12170.23');
    const ganzi = [2010, 2011, 2012, 2013, 2014, 2015, 2016].map((y) => g.get(`513300|${y}`));
    expect(ganzi).toEqual(['122.83', '152.22', '175.02', '201.22', '206.81', '213.04', '229.80']);
  });

  it.skipIf(!existsSync(SEEDS))('matches the seed text cell by cell', () => {
    const text = readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('004_'))!), 'utf8');
    const lines = text.split('\n').filter((l) => /^\S+[市州] [A-Za-z]+ (\s*[\d.]+){7}\s*$/.test(l.trim()));
    expect(lines).toHaveLength(21);
    const codes = ['510100', '510300', '510400', '510500', '510600', '510700', '510800', '510900', '511000', '511100', '511300',
      '511400', '511500', '511600', '511700', '511800', '511900', '512000', '513200', '513300', '513400'];
    const g = gdp();
    lines.forEach((line, i) => {
      const values = line.trim().split(/\s+/).slice(2);
      values.forEach((v, j) => expect(g.get(`${codes[i]}|${2010 + j}`), `${line.split(' ')[0]} ${2010 + j}`).toBe(v));
    });
  });
});

describe('seed 003 transcription (national rural poverty, Chart 1)', () => {
  const nat = () => rows('national_poverty.csv', 'SEED003');

  it('has the 2010-standard rows 1978–2016 in 万人 (million × 100)', () => {
    const pop = new Map(nat().filter((r) => r[1] === 'rural_poor_pop_2010std').map((r) => [r[2], r[3]]));
    expect(pop.get('1978')).toBe('77039');
    expect(pop.get('2010')).toBe('16567');
    expect(pop.get('2016')).toBe('4335');
    expect(pop.has('2008')).toBe(false); // blank in the seed
    expect(pop.size).toBe(14);
  });

  it.skipIf(!existsSync(SEEDS))('matches the seed text cell by cell', () => {
    const text = readFileSync(join(SEEDS, readdirSync(SEEDS).find((f) => f.startsWith('003_'))!), 'utf8');
    const table = text.split('\n').filter((l) => /^(19|20)\d\d\t/.test(l) && l.split('\t').length >= 10);
    expect(table).toHaveLength(15);
    const byKey = new Map(nat().map((r) => [`${r[1]}|${r[2]}`, r[3]]));
    const ids = ['poverty_line', 'rural_poor_pop', 'poverty_incidence'];
    for (const line of table) {
      const [year, ...cells] = line.split('\t');
      ['1978std', '2008std', '2010std'].forEach((std, s) => {
        ids.forEach((id, k) => {
          const cell = (cells[s * 3 + k] ?? '').replace(/,/g, '').trim();
          const want = cell === '' ? undefined : id === 'rural_poor_pop' ? String(Math.round(Number(cell) * 100)) : cell;
          expect(byKey.get(`${id}_${std}|${year}`), `${id}_${std} ${year}`).toBe(want);
        });
      });
    }
  });
});
