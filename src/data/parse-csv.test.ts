import { describe, expect, it } from 'vitest';
import { csvField, parseCsv } from './parse-csv';

describe('parseCsv', () => {
  it('splits records on LF and CRLF alike', () => {
    expect(parseCsv('a,b\r\n1,2\n3,4\r\n')).toEqual([['a', 'b'], ['1', '2'], ['3', '4']]);
  });

  it('keeps commas, quotes and line breaks inside quoted fields', () => {
    expect(parseCsv('x,"a, ""b""\nc",y\n')).toEqual([['x', 'a, "b"\nc', 'y']]);
  });

  it('keeps empty fields, including a trailing one', () => {
    expect(parseCsv('a,,c,\n')).toEqual([['a', '', 'c', '']]);
  });

  it('ignores a byte-order mark', () => {
    expect(parseCsv('\ufeffid\n1')).toEqual([['id'], ['1']]);
  });

  it('round-trips a field through csvField', () => {
    const tricky = 'say "hi", then\nleave';
    expect(parseCsv(`${csvField(tricky)},z`)).toEqual([[tricky, 'z']]);
  });
});
