import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { MEMBERSHIP_CSV, readMembership, statusMix, weakestStatus } from './membership.ts';
import { OFFICIAL_COUNTS } from './validate.ts';

const HEADER = 'area_id,area_zh,county_zh_2012,code_2012,geom_code,geom_file,status';
let dir = '';
const withCsv = (...lines: string[]) => {
  dir = mkdtempSync(join(tmpdir(), 'atlas-membership-'));
  mkdirSync(join(dir, 'geo/sources'), { recursive: true });
  writeFileSync(join(dir, MEMBERSHIP_CSV), [HEADER, ...lines].join('\n'));
  return dir;
};
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

describe('readMembership', () => {
  it('reads several geometry files of one 2012 county', () => {
    const [row] = readMembership(withCsv('dabie,大别山区,霍邱县,341522,341522;341504,安徽/六安市/霍邱县.geojson;安徽/六安市/叶集区.geojson,V'));
    expect(row!.files).toEqual(['安徽/六安市/霍邱县.geojson', '安徽/六安市/叶集区.geojson']);
    expect(row!.geomCodes).toEqual(['341522', '341504']);
  });

  it('keeps a missing 2012 code as null, not as an empty code', () => {
    const [row] = readMembership(withCsv('tibetan_areas_4prov,四省藏区,冷湖行政委员会,,632825,青海/海西/直辖.geojson,D'));
    expect(row!.code_2012).toBeNull();
  });

  it('names the file, line and field of an invalid status', () => {
    expect(() => readMembership(withCsv('dabie,大别山区,寿县,341521,340422,安徽/淮南市/寿县.geojson,X'))).toThrow(
      `${MEMBERSHIP_CSV} line 2: invalid status: X`,
    );
  });

  it('names the line where geom_file and geom_code disagree', () => {
    expect(() => readMembership(withCsv('dabie,大别山区,寿县,341521,340422;1,安徽/淮南市/寿县.geojson,V'))).toThrow(/line 2: geom_file lists 1 files but geom_code 2 codes/);
  });
});

describe('the membership table', () => {
  const rows = readMembership(resolve(import.meta.dirname, '../..'));

  it('has the official number of counties in every area (680 in all)', () => {
    const counts = Object.fromEntries(Object.keys(OFFICIAL_COUNTS).map((a) => [a, rows.filter((r) => r.area === a).length]));
    expect(counts).toEqual(OFFICIAL_COUNTS);
  });

  it('says how many memberships are confirmed, consistent, derived and unverified', () => {
    expect(statusMix(rows)).toEqual({ V: 86, K: 410, D: 175, R: 9 });
  });

  it('shows the weakest status where one unit has several rows', () => {
    expect(weakestStatus(['V', 'D', 'K'])).toBe('D');
    expect(weakestStatus(['K', 'R'])).toBe('R');
  });
});
