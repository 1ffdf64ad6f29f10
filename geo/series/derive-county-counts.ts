/**
 * Counts over the county exit years (indicator `exit_year`, year of the exit
 * batch): poverty counties not yet exited per Sichuan prefecture and per area,
 * the share exited, and the coverage of the exit data per area.
 */
import type { EntityDef, Row } from '../../src/data/schema.ts';
import { round } from './derive-gdp-growth.ts';

export const YEARS = [2015, 2016, 2017, 2018, 2019, 2020];
/** First exit batch (年度) anywhere, and the batch by which all 832 had exited (S11). */
const FIRST_EXIT = 2016;
const ALL_EXITED = 2020;
/** Geometries standing for more than one county of the 2012 list: 冷湖, 大柴旦, 茫崖 行委 share 海西直辖. */
const LIST_COUNTIES_PER_GEOMETRY: Record<string, number> = { '632825': 3 };

const row = (entityId: string, indicator: string, year: number, value: number, unit: string, note: string): Row => ({
  entityId, indicator, year, value, unit, basis: 'derived', sourceId: 'DERIVED', note,
});

export function deriveCountyCounts(shown: Row[], entities: EntityDef[], log: (s: string) => void): Row[] {
  const exitYear = new Map(shown.filter((r) => r.indicator === 'exit_year').map((r) => [r.entityId, r.value]));
  const counties = entities.filter((e) => e.kind === 'county');
  const prefectures = entities.filter((e) => e.kind === 'prefecture' && e.parents?.includes('510000')).map((e) => e.id);
  return [...sichuanCounts(counties, prefectures, exitYear, log), ...areaCounts(counties, exitYear, entities, log), ...countyStatus(counties, exitYear)];
}

/**
 * Each county's status at the end of each year: 1 still designated, 2 exited,
 * 0 not a poverty county. Area counties are all national poverty counties;
 * the other counties in entities.csv are Sichuan's, where the 88-county list
 * is complete, so a Sichuan county without an exit year is not a poverty
 * county. An area county without a sourced exit year has a status only in
 * 2015 and 2020.
 */
function countyStatus(counties: EntityDef[], exitYear: Map<string, number>): Row[] {
  const out: Row[] = [];
  for (const c of counties) {
    const exit = exitYear.get(c.id);
    const inArea = c.parents?.some((p) => /^[a-z]/.test(p)) ?? false;
    if (exit === undefined && !inArea) {
      if (!c.id.startsWith('51')) throw new Error(`county ${c.id} is neither an area county nor in Sichuan`);
      YEARS.forEach((y) => out.push(row(c.id, 'county_poverty_status', y, 0, 'code', 'not among Sichuan\'s 88 poverty counties (the list is complete)')));
      continue;
    }
    for (const y of YEARS) {
      const designated = designatedAt(exit, y);
      if (designated === null) continue;
      const why = exit !== undefined ? `exit year ${exit}` : y < FIRST_EXIT ? 'no exits before the 2016 batch' : 'all 832 exited by 2020';
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

function areaCounts(counties: EntityDef[], exitYear: Map<string, number>, entities: EntityDef[], log: (s: string) => void): Row[] {
  const groups = entities.filter((e) => e.kind === 'area').map((e): [string, EntityDef[]] => [e.id, counties.filter((c) => c.parents?.includes(e.id))]);
  groups.push(['CPA_ALL14', groups.flatMap(([, members]) => members)]);
  return groups.flatMap(([id, members]) => groupCounts(id, members, exitYear, log));
}

/** List size, coverage and, in each year where every member's status is known, the count still designated. */
function groupCounts(id: string, members: EntityDef[], exitYear: Map<string, number>, log: (s: string) => void): Row[] {
  const weight = (c: EntityDef): number => LIST_COUNTIES_PER_GEOMETRY[c.id] ?? 1;
  const list = members.reduce((n, c) => n + weight(c), 0);
  const known = members.filter((c) => exitYear.has(c.id)).reduce((n, c) => n + weight(c), 0);
  log(`series: ${id.padEnd(20)} exit year known for ${known} of ${list} counties`);
  const out: Row[] = [
    { entityId: id, indicator: 'county_count_list', year: 2012, value: list, unit: 'count', basis: 'official_list', sourceId: 'CPA2012', note: 'counties of the 2012 list' },
    ...coverageRows(id, known, list),
  ];
  for (const y of YEARS) {
    const status = members.map((c) => designatedAt(exitYear.get(c.id), y));
    if (status.includes(null)) continue;
    const remaining = members.reduce((n, c, i) => n + (status[i] ? weight(c) : 0), 0);
    out.push(row(id, 'area_counties_remaining', y, remaining, 'count', `${remaining} of ${list} counties still designated at the end of ${y}`));
    out.push(row(id, 'poverty_counties_exited_share', y, round(((list - remaining) / list) * 100, 2), '%', `${list - remaining} of ${list} exited by ${y}`));
  }
  return out;
}

/**
 * Coverage of the exit data as compiled. It does not change with the year, but
 * is written for each year 2015–2020 so the view can show it beside (or
 * instead of) the count for whichever year is selected.
 */
function coverageRows(entityId: string, known: number, list: number): Row[] {
  return YEARS.flatMap((y) => [
    row(entityId, 'exit_year_known_counties', y, known, 'count', `exit year known for ${known} of ${list} counties`),
    row(entityId, 'exit_year_known_share', y, round((known / list) * 100, 2), '%', `${known} of ${list}`),
  ]);
}

/**
 * Whether a poverty county was still designated at the end of `year`: from its
 * exit year, else known only before the first exits and after the last; null
 * when unknown.
 */
function designatedAt(exit: number | undefined, year: number): boolean | null {
  if (exit !== undefined) return exit > year;
  if (year < FIRST_EXIT) return true;
  if (year >= ALL_EXITED) return false;
  return null;
}
