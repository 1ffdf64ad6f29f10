import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { DataError } from './data-error';
import { INDICATORS } from './indicators';
import { parseSeriesFile } from './parse-series-file';
import { SeriesFileSchema } from './series-schema';

const gdp = () => structuredClone(INDICATORS.find((d) => d.id === 'gdp')!) as unknown as Record<string, unknown>;
const good = () => ({
  generated: 'x',
  indicators: [gdp()],
  sources: [{ id: 'SEED004', title: 'Figure 1: GDP of the prefectures of Sichuan 2010-2016', publisher: 'Paper on poverty alleviation in Aba', date: 'c. 2018', url: '../shared/seeds/004_5e754142fa46a1f3.txt', trust: 'medium' }],
  entities: [{ id: '510100', kind: 'prefecture', name: { zh: '成都市', en: 'Chengdu' } }],
  values: { gdp: { '510100': [[2016, 12170.23, 0]] } } as Record<string, Record<string, unknown[]>>,
  breaks: [] as unknown[],
  notes: [] as unknown,
});

const rejects = (json: unknown, message: string) => expect(() => parseSeriesFile(json, 'series.json')).toThrow(message);

describe('parseSeriesFile', () => {
  it('accepts a well-formed file and gives it back typed', () => {
    expect(parseSeriesFile(good(), 'series.json').values.gdp['510100']).toEqual([[2016, 12170.23, 0]]);
  });

  it('names the field when the file is not an object', () => {
    rejects('<html>', 'series.json: row 0, field (root): expected Object, found "<html>"');
  });

  it('rejects an indicator without kinds (the picker would wait for ever), naming its path', () => {
    const json = good();
    delete json.indicators[0].kinds;
    rejects(json, 'series.json: row 0, field indicators[0].kinds: missing (expected a value)');
  });

  it('rejects an indicator with no entity kind at all', () => {
    const json = good();
    json.indicators[0].kinds = [];
    rejects(json, 'field indicators[0].kinds: expected at least one entity kind, found none');
  });

  it('rejects an unknown basis (a blank picker otherwise)', () => {
    const json = good();
    json.indicators[0].basis = 'survey';
    rejects(json, 'series.json: row 0, field indicators[0].basis: expected one of "nbs_survey" | "registration" | "official_list" | "accounts" | "plan" | "geometry" | "derived", found "survey"');
  });

  it('rejects notes that are not an array (an empty table otherwise)', () => {
    const json = good();
    json.notes = { '510100': 'suspect' };
    rejects(json, 'series.json: row 0, field notes: expected Array, found Object');
  });

  it('names the path of a malformed point', () => {
    const json = good();
    json.values.gdp['510100'].push([2017, '13889.39', 0]);
    rejects(json, 'series.json: row 0, field values.gdp.510100[1][1]: expected number, found "13889.39"');
  });

  it('rejects a point whose source does not exist', () => {
    const json = good();
    (json.values.gdp['510100'][0] as number[])[2] = 5;
    expect(() => parseSeriesFile(json, 'series.json')).toThrow(DataError);
    rejects(json, 'field values.gdp.510100[0]: source index 5 out of range');
  });

  it('rejects values of an indicator that is not defined', () => {
    rejects({ ...good(), values: { gdp_typo: {} } }, 'field values.gdp_typo: unknown indicator "gdp_typo"');
  });

  it('rejects a trust level other than high, medium or low', () => {
    const json = good();
    (json.sources[0] as Record<string, unknown>).trust = 'certain';
    rejects(json, 'field sources[0].trust: expected one of "high" | "medium" | "low", found "certain"');
  });

  it('accepts the committed series.json', async () => {
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(new URL('../../public/data/series.json', import.meta.url), 'utf8');
    expect(parseSeriesFile(JSON.parse(text), 'series.json').entities.length).toBeGreaterThan(800);
  });
});

describe('parseSeriesFile on odd values (property test)', () => {
  // A point's three fields, each possibly something the schema refuses.
  const field = fc.oneof(
    fc.integer({ min: -3, max: 2030 }),
    fc.double({ noNaN: false }),
    fc.constantFrom('2016', null, undefined, true, [], {}, Infinity, -0, 0.5, 1e21),
  );
  // Mostly near-valid points (a year, a value, source 0) with one field odd, so each kind of oddity is met often.
  const point = fc.oneof(
    fc.tuple(fc.integer({ min: 2000, max: 2030 }), field, fc.constant(0)),
    fc.tuple(field, fc.double({ min: 0, max: 1e6, noNaN: true }), fc.constant(0)),
    fc.tuple(fc.integer({ min: 2000, max: 2030 }), fc.double({ min: 0, max: 1e6, noNaN: true }), field),
    fc.array(field, { maxLength: 5 }),
    fc.constantFrom(null, 'x', 5),
  );

  it('accepts and refuses exactly what the schema alone does, with the same message', () => {
    fc.assert(
      fc.property(fc.array(point, { maxLength: 4 }), (points) => {
        const json = good();
        json.values.gdp['510100'] = points;
        const plain = v.safeParse(SeriesFileSchema, structuredClone(json), { abortEarly: true });
        let got: unknown;
        try {
          got = parseSeriesFile(json, 'series.json');
        } catch (e) {
          got = e;
        }
        if (!plain.success) {
          // Refused for the schema's reason (not let through to the later checks), naming the point.
          expect(got).toBeInstanceOf(DataError);
          expect((got as DataError).field).toMatch(/^values\.gdp\.510100/);
          expect((got as DataError).reason).not.toMatch(/source index/);
        } else if (got instanceof DataError) {
          // Only the check after the schema (a source index past the list) may refuse what it accepted.
          expect((got as DataError).reason).toMatch(/source index .* out of range/);
        } else {
          expect((got as ReturnType<typeof parseSeriesFile>).values.gdp['510100']).toEqual(plain.output.values.gdp['510100']);
        }
      }),
      { numRuns: 300 },
    );
  });
});
