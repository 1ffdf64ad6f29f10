/**
 * The sources panel states how sure the 2012 list is. Its counts must be the
 * list's own (by row), not a count of drawn units: 巴州区 and 霍邱县 are drawn
 * as two units each, and three Qinghai 行委 share one.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { csvRecords } from '../src/data/csv';
import { readMembershipSummary } from '../src/state/data-store';

const ROOT = resolve(import.meta.dirname, '..');

describe('membership summary in counties.topo.json', () => {
  const topo = JSON.parse(readFileSync(resolve(ROOT, 'public/data/counties.topo.json'), 'utf8'));

  it('counts the rows of the 2012 list by status, as geo/sources/contiguous-counties.csv has them', () => {
    const [header, ...rows] = csvRecords(readFileSync(resolve(ROOT, 'geo/sources/contiguous-counties.csv'), 'utf8'));
    const col = header!.indexOf('status');
    const fromCsv = { V: 0, K: 0, D: 0, R: 0 } as Record<string, number>;
    for (const r of rows.filter((r) => r.length > 1)) fromCsv[r[col]!]!++;
    expect(readMembershipSummary(topo, 'counties.topo.json')).toEqual({ rows: 680, status: fromCsv });
    expect(fromCsv).toEqual({ V: 86, K: 410, D: 175, R: 9 });
  });

  it('rejects a file without the summary, naming the file and field', () => {
    expect(() => readMembershipSummary({ type: 'Topology' }, 'data/counties.topo.json')).toThrow(/counties\.topo\.json.*membership/);
  });
});
