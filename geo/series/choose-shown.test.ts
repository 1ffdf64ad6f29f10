import { describe, expect, it } from 'vitest';
import type { Row, SourceDef } from '../../src/data/schema.ts';
import { chooseShown } from './choose-shown.ts';

const src = (id: string, trust: SourceDef['trust']): SourceDef => ({ id, title: id, publisher: '', date: '', url: '', trust });
const SOURCES = [src('SEED003', 'medium'), src('S12', 'medium'), src('S05', 'high')];
const row = (year: number, value: number, sourceId: string): Row => ({
  entityId: 'CN', indicator: 'rural_poor_pop_2010std', year, value, unit: '万人', basis: 'nbs_survey', sourceId,
});
const note = { zh: '说明', en: 'why' };

describe('chooseShown', () => {
  it('shows the most trusted of agreeing sources', () => {
    const { shown, notes } = chooseShown([row(2014, 7017, 'SEED003'), row(2014, 7017, 'S05')], SOURCES, []);
    expect(shown.map((r) => r.sourceId)).toEqual(['S05']);
    expect(notes).toEqual([]);
  });

  it('breaks a tie in trust by the order of sources.csv', () => {
    const { shown } = chooseShown([row(2010, 16600, 'S12'), row(2010, 16600, 'SEED003')], SOURCES, []);
    expect(shown.map((r) => r.sourceId)).toEqual(['SEED003']);
  });

  it('stops the build when sources disagree and crosscheck.csv is silent', () => {
    expect(() => chooseShown([row(2010, 16567, 'SEED003'), row(2010, 16600, 'S12')], SOURCES, [])).toThrow(
      'sources disagree on CN|rural_poor_pop_2010std|2010 (SEED003=16567, S12=16600): add a line to geo/sources/crosscheck.csv',
    );
  });

  it('shows the value crosscheck.csv names, keeps the other as a note', () => {
    const checks = [{ entityId: 'CN', indicator: 'rural_poor_pop_2010std', year: 2010, shown: 'SEED003', note }];
    const { shown, notes } = chooseShown([row(2010, 16567, 'SEED003'), row(2010, 16600, 'S12')], SOURCES, checks);
    expect(shown).toEqual([row(2010, 16567, 'SEED003')]);
    expect(notes).toEqual([{ entityId: 'CN', indicator: 'rural_poor_pop_2010std', year: 2010, shown: 'SEED003', others: ['S12'], note }]);
  });

  it('withholds a value when crosscheck.csv shows none', () => {
    const checks = [{ entityId: 'CN', indicator: 'rural_poor_pop_2010std', year: 2013, shown: null, note }];
    const { shown, notes } = chooseShown([row(2013, 9249, 'SEED003')], SOURCES, checks);
    expect(shown).toEqual([]);
    expect(notes[0]).toMatchObject({ shown: null, others: ['SEED003'] });
  });

  it('rejects a crosscheck line that matches no rows', () => {
    const checks = [{ entityId: 'CN', indicator: 'rural_poor_pop_2010std', year: 1999, shown: 'S12', note }];
    expect(() => chooseShown([], SOURCES, checks)).toThrow('crosscheck.csv: no rows for CN|rural_poor_pop_2010std|1999');
  });
});
