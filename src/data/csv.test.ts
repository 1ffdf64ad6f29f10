import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvRecords, csvTable, formatCsv } from './csv';
import { DataError } from './data-error';

describe('csv (d3-dsv)', () => {
  it('splits records on LF and CRLF alike and ignores a byte-order mark', () => {
    expect(csvRecords('\ufeffa,b\r\n1,2\n3,4\r\n')).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
  });

  it('keeps commas, quotes and line breaks inside quoted fields; a quote inside a bare field is text', () => {
    expect(csvRecords('x,"a, ""b""\nc",y\n')).toEqual([['x', 'a, "b"\nc', 'y']]);
    expect(csvRecords('a"b,c\n')).toEqual([['a"b', 'c']]);
  });

  it('fails on a ragged row, naming the file and the line of the row', () => {
    const text = 'id,name\n1,"two\nlines"\n2,b,extra\n';
    expect(() => csvTable(text, 'names.csv')).toThrow('names.csv: row 4, field *: expected 2 fields as in the header, found 3');
  });

  it('skips blank lines and keeps line numbers of the rows after them', () => {
    expect(csvTable('id\n\n7\n', 'x.csv').rows).toEqual([{ line: 3, fields: ['7'], record: { id: '7' } }]);
  });

  it('round-trips any table through formatCsv', () => {
    fc.assert(
      fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 }), { minLength: 1, maxLength: 5 }), (rows) => {
        const table = [['a', 'b'], ...rows.filter((r) => !(r[0] === '' && r[1] === ''))];
        expect(csvRecords(formatCsv(table))).toEqual(table);
      }),
      { numRuns: 1000 },
    );
  });

  it('on any input either reads a table or throws a DataError naming the file (1,000 inputs)', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', '\ufeff', 'é', ' ') }), (text) => {
        try {
          csvTable(text, 'fuzz.csv');
        } catch (err) {
          expect(err).toBeInstanceOf(DataError);
          expect((err as DataError).file).toBe('fuzz.csv');
        }
      }),
      { numRuns: 1000 },
    );
  });
});
