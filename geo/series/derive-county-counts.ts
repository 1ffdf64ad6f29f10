/**
 * Counts over the county exit years (indicator `exit_year`, year of the exit
 * batch): poverty counties not yet exited per Sichuan prefecture and per area,
 * the share exited, each county's status, and how each area's exit years are
 * known (named / derived by elimination / bounded / missing).
 *
 * A bounded county (exit year known only as low–high) counts as designated
 * before `low` and exited from `high`; in between, the count is a range, made
 * tighter by an official batch count of its province where one exists
 * (exit-batch-counts.csv). A range is written as a `bounded` ValueMethod,
 * never as a value.
 */
import type { EntityDef, ExitCoverage, Row, ValueMethod } from '../../src/data/schema.ts';
import { round } from './derive-gdp-growth.ts';
import type { BatchCount, ExitMethod } from './read-inputs.ts';

export const YEARS = [2015, 2016, 2017, 2018, 2019, 2020];
/** First exit batch (年度) anywhere, and the batch by which all 832 had exited (S11). */
const FIRST_EXIT = 2016;
const ALL_EXITED = 2020;

const row = (entityId: string, indicator: string, year: number, value: number, unit: string, note: string): Row => ({
  entityId, indicator, year, value, unit, basis: 'derived', sourceId: 'DERIVED', note,
});

/** What is known of one county's exit: a year, a range of years, or nothing. */
type Exit = { year: number } | { low: number; high: number } | null;

export interface CountyCounts {
  rows: Row[];
  methods: ValueMethod[];
  coverage: ExitCoverage[];
}

export function deriveCountyCounts(shown: Row[], entities: EntityDef[], exitMethods: ExitMethod[], batchCounts: BatchCount[], log: (s: string) => void): CountyCounts {
  const exitYear = new Map(shown.filter((r) => r.indicator === 'exit_year').map((r) => [r.entityId, r.value]));
  const method = new Map(exitMethods.map((m) => [m.entityId, m]));
  const exitOf = (id: string): Exit => {
    const y = exitYear.get(id);
    if (y !== undefined) return { year: y };
    const m = method.get(id);
    return m?.method === 'bounded' ? { low: m.low, high: m.high } : null;
  };
  const counties = entities.filter((e) => e.kind === 'county');
  const prefectures = entities.filter((e) => e.kind === 'prefecture' && e.parents?.includes('510000')).map((e) => e.id);
  const out: CountyCounts = { rows: [], methods: [], coverage: [] };
  out.rows.push(...sichuanCounts(counties, prefectures, exitYear, log));
  areaCounts(counties, exitOf, method, batchCounts, entities, out);
  out.rows.push(...countyStatus(counties, exitOf));
  for (const m of exitMethods) {
    out.methods.push({ entityId: m.entityId, indicator: 'exit_year', year: m.low, method: m.method, ...(m.method === 'bounded' ? { bounds: [m.low, m.high] as [number, number] } : {}), ...(m.confidence ? { confidence: m.confidence } : {}), sourceId: m.sourceId });
  }
  return out;
}

/** Whether a poverty county was still designated at the end of `year`; null when unknown. */
function designatedAt(exit: Exit, year: number): boolean | null {
  if (exit && 'year' in exit) return exit.year > year;
  if (exit && year < exit.low) return true;
  if (exit && year >= exit.high) return false;
  if (!exit && year < FIRST_EXIT) return true;
  if (!exit && year >= ALL_EXITED) return false;
  return null;
}

/**
 * Each county's status at the end of each year: 1 still designated, 2 exited,
 * 0 not a poverty county. Area counties are all national poverty counties;
 * the other counties in entities.csv are Sichuan's, where the 88-county list
 * is complete, so a Sichuan county without an exit year is not a poverty
 * county. A unit split off a listed county later (list_rows 0) has no status.
 */
function countyStatus(counties: EntityDef[], exitOf: (id: string) => Exit): Row[] {
  const out: Row[] = [];
  for (const c of counties) {
    const exit = exitOf(c.id);
    const inArea = c.listRows !== undefined;
    if (!exit && !inArea) {
      if (!c.id.startsWith('51')) throw new Error(`county ${c.id} is neither an area county nor in Sichuan`);
      YEARS.forEach((y) => out.push(row(c.id, 'county_poverty_status', y, 0, 'code', 'not among Sichuan\'s 88 poverty counties (the list is complete)')));
      continue;
    }
    if (!exit && c.listRows === 0) continue;
    for (const y of YEARS) {
      const designated = designatedAt(exit, y);
      if (designated === null) continue;
      const why = exit && 'year' in exit ? `exit year ${exit.year}` : exit ? `exit year ${exit.low} or ${exit.high}` : y < FIRST_EXIT ? 'no exits before the 2016 batch' : 'all 832 exited by 2020';
      out.push(row(c.id, 'county_poverty_status', y, designated ? 1 : 2, 'code', why));
    }
  }
  return out;
}

function sichuanCounts(counties: EntityDef[], prefectures: string[], exitYear: Map<string, number>, log: (s: string) => void): Row[] {
  const poor = counties.filter((c) => c.id.startsWith('51') && exitYear.has(c.id));
  log(`series: Sichuan poverty counties with an exit year: ${poor.length} (expected 88)`);
  if (poor.length !== 88) throw new Error(`Sichuan's poverty counties: found ${poor.length} exit years, expected 88`);
  // Every prefecture gets a value: the 88 list is complete, so 0 means none left (or none designated).
  const groups = new Map<string, number[]>([['510000', []], ...prefectures.map((p): [string, number[]] => [p, []])]);
  for (const c of poor) {
    const pref = c.parents!.find((p) => /^51\d\d00$/.test(p))!;
    groups.get(pref)!.push(exitYear.get(c.id)!);
    groups.get('510000')!.push(exitYear.get(c.id)!);
  }
  const out: Row[] = [];
  for (const [id, years] of groups) {
    for (const y of YEARS) {
      const remaining = years.filter((e) => e > y).length;
      out.push(row(id, 'poverty_counties_remaining', y, remaining, 'count', `${remaining} of ${years.length} poverty counties exit after ${y}`));
      if (years.length > 0) {
        out.push(row(id, 'poverty_counties_exited_share', y, round(((years.length - remaining) / years.length) * 100, 2), '%', `${years.length - remaining} of ${years.length} exited by ${y}`));
      }
    }
  }
  return out;
}

function areaCounts(counties: EntityDef[], exitOf: (id: string) => Exit, method: Map<string, ExitMethod>, batchCounts: BatchCount[], entities: EntityDef[], out: CountyCounts): void {
  const groups = entities.filter((e) => e.kind === 'area').map((e): [string, EntityDef[]] => [e.id, counties.filter((c) => c.parents?.includes(e.id))]);
  groups.push(['CPA_ALL14', groups.flatMap(([, members]) => members)]);
  const caps = new Map(batchCounts.map((b) => [`${b.province}|${b.year}`, b.exits]));
  for (const [id, members] of groups) {
    const weight = (c: EntityDef): number => c.listRows ?? 1;
    const list = members.reduce((n, c) => n + weight(c), 0);
    const cov: ExitCoverage = { entityId: id, named: 0, derived: 0, bounded: 0, missing: 0, total: list };
    for (const c of members) {
      const m = method.get(c.id);
      const key = m?.method === 'elimination' ? 'derived' : m?.method === 'bounded' ? 'bounded' : exitOf(c.id) ? 'named' : 'missing';
      cov[key] += weight(c);
    }
    out.coverage.push(cov);
    out.rows.push({ entityId: id, indicator: 'county_count_list', year: 2012, value: list, unit: 'count', basis: 'official_list', sourceId: 'CPA2012', note: 'counties of the 2012 list' });
    const known = cov.named + cov.derived;
    for (const y of YEARS) {
      out.rows.push(row(id, 'exit_year_known_counties', y, known, 'count', `exit year known for ${known} of ${list} counties`));
      out.rows.push(row(id, 'exit_year_known_share', y, round((known / list) * 100, 2), '%', `${known} of ${list}`));
      const range = remainingRange(members, weight, exitOf, caps, y);
      if (!range) continue;
      const [low, high] = range;
      const share = (r: number) => round(((list - r) / list) * 100, 2);
      if (low === high) {
        out.rows.push(row(id, 'area_counties_remaining', y, low, 'count', `${low} of ${list} counties still designated at the end of ${y}`));
        out.rows.push(row(id, 'poverty_counties_exited_share', y, share(low), '%', `(${list} − ${low}) ÷ ${list} × 100: ${list - low} of ${list} exited by ${y}`));
      } else {
        out.methods.push({ entityId: id, indicator: 'area_counties_remaining', year: y, method: 'bounded', bounds: [low, high], sourceId: 'DERIVED' });
        out.methods.push({ entityId: id, indicator: 'poverty_counties_exited_share', year: y, method: 'bounded', bounds: [share(high), share(low)], sourceId: 'DERIVED' });
      }
    }
  }
}

/**
 * The fewest and most counties that can still be designated at the end of
 * `year`, or null when some member's status is unknown. Bounded counties in
 * their open years make the range; an official batch count of their province
 * caps how many of them can have exited in that batch.
 */
function remainingRange(members: EntityDef[], weight: (c: EntityDef) => number, exitOf: (id: string) => Exit, caps: Map<string, number>, year: number): [number, number] | null {
  let sure = 0;
  const open = new Map<string, number>(); // province → weight of bounded counties undecided this year
  const namedInBatch = new Map<string, number>(); // province → exits named in this year's batch
  for (const c of members) {
    if (weight(c) === 0) continue; // a district split off a listed county later: counted with that county
    const exit = exitOf(c.id);
    if (exit && 'year' in exit && exit.year === year) namedInBatch.set(`${c.id.slice(0, 2)}0000`, (namedInBatch.get(`${c.id.slice(0, 2)}0000`) ?? 0) + weight(c));
    const d = designatedAt(exit, year);
    if (d === true) sure += weight(c);
    else if (d === null) {
      if (!exit || 'year' in exit) return null;
      const province = `${c.id.slice(0, 2)}0000`;
      open.set(province, (open.get(province) ?? 0) + weight(c));
    }
  }
  let low = sure;
  let high = sure;
  for (const [province, n] of open) {
    high += n;
    // At most `cap` of the province's counties exited in this batch, less those already named in it.
    const cap = caps.get(`${province}|${year}`);
    low += cap === undefined ? 0 : Math.max(0, n - Math.max(0, cap - (namedInBatch.get(province) ?? 0)));
  }
  return [low, high];
}
