import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataError } from './data-error';
import { INDICATORS } from './indicators';
import { validateRows, validationContext } from './validate-series';

const fixture = (name: string): string => readFileSync(new URL(`../../test/fixtures/bad-series/${name}`, import.meta.url), 'utf8');

const ctx = () =>
  validationContext(
    INDICATORS,
    [
      { id: '510100', kind: 'prefecture' },
      { id: 'CPA_ALL14', kind: 'aggregate' },
      { id: 'liupan', kind: 'area' },
    ],
    ['SEED004', 'S13', 'S14'],
  );

const cases: Array<[string, string]> = [
  ['duplicate-key.csv', 'duplicate-key.csv: row 3, field entity_id: duplicate key (510100, gdp, 2016, SEED004), first at duplicate-key.csv row 2'],
  ['unknown-entity.csv', 'unknown-entity.csv: row 3, field entity_id: unknown entity "519900"'],
  ['unknown-indicator.csv', 'unknown-indicator.csv: row 2, field indicator: unknown indicator "gross_product"'],
  ['non-numeric-value.csv', 'non-numeric-value.csv: row 3, field value: not a number: "12,170.23"'],
  ['unit-mismatch.csv', 'unit-mismatch.csv: row 2, field unit: unit "十亿元" does not match indicator "gdp" (expects "亿元")'],
  ['unknown-source.csv', 'unknown-source.csv: row 2, field source_id: unknown source id "S999"'],
  ['mixed-bases.csv', 'mixed-bases.csv: row 3, field basis: mixed bases in indicator "poverty_incidence": "registration" here, "nbs_survey" at mixed-bases.csv row 2'],
];

describe('validateRows', () => {
  for (const [file, message] of cases) {
    it(`rejects ${file.replace('.csv', '').replace(/-/g, ' ')} with a message naming file, row and field`, () => {
      expect(() => validateRows(fixture(file), file, ctx())).toThrow(message);
    });
  }

  it('throws a DataError whose fields the UI can show', () => {
    try {
      validateRows(fixture('unknown-source.csv'), 'unknown-source.csv', ctx());
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(DataError);
      expect(err).toMatchObject({ file: 'unknown-source.csv', row: 2, field: 'source_id', reason: 'unknown source id "S999"' });
    }
  });

  it('reads a good file into typed rows, keeping the note', () => {
    const text = 'entity_id,indicator,year,value,unit,basis,source_id,note\r\n510100,gdp,2016,12170.23,亿元,accounts,SEED004,"2016 boundaries, with 简阳"\r\n';
    expect(validateRows(text, 'ok.csv', ctx())).toEqual([
      { entityId: '510100', indicator: 'gdp', year: 2016, value: 12170.23, unit: '亿元', basis: 'accounts', sourceId: 'SEED004', note: '2016 boundaries, with 简阳' },
    ]);
  });

  it('rejects a file whose header is not the long format', () => {
    expect(() => validateRows('entity,indicator\n', 'h.csv', ctx())).toThrow('h.csv: row 1, field entity_id: expected column 1 to be "entity_id", found "entity"');
  });

  it('rejects a year that is not plausible (a typo like 2106)', () => {
    const text = 'entity_id,indicator,year,value,unit,basis,source_id,note\n510100,gdp,2106,1,亿元,accounts,SEED004,\n';
    expect(() => validateRows(text, 'y.csv', ctx())).toThrow('y.csv: row 2, field year: year 2106 outside 1949–2049');
  });

  it('rejects an indicator on an entity kind it is not defined for', () => {
    const text = 'entity_id,indicator,year,value,unit,basis,source_id,note\nliupan,gdp,2016,1,亿元,accounts,SEED004,\n';
    expect(() => validateRows(text, 'k.csv', ctx())).toThrow('k.csv: row 2, field entity_id: indicator "gdp" is not defined for area "liupan"');
  });

  it('rejects a ragged row, naming the file and its line (a quoted field may span lines)', () => {
    const text = 'entity_id,indicator,year,value,unit,basis,source_id,note\n510100,gdp,2016,12170.23,亿元,accounts,SEED004,"two\nlines"\n510100,gdp,2015,10801.16,亿元,accounts,SEED004\n';
    expect(() => validateRows(text, 'r.csv', ctx())).toThrow('r.csv: row 4, field *: expected 8 fields as in the header, found 7');
  });

  it('can collect every error and keep the good rows', () => {
    const errors: DataError[] = [];
    const text = fixture('unknown-entity.csv') + '510100,gdp,2015,10801.16,亿元,accounts,SEED004,\n510100,gdp,2014,x,亿元,accounts,SEED004,\n';
    const rows = validateRows(text, 'many.csv', ctx(), errors);
    expect(rows.map((r) => r.year)).toEqual([2016, 2015]);
    expect(errors.map((e) => e.message)).toEqual([
      'many.csv: row 3, field entity_id: unknown entity "519900"',
      'many.csv: row 5, field value: not a number: "x"',
    ]);
  });
});
