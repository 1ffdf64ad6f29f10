/**
 * Step 7 — validate: counts against the official per-area counts, geometry
 * for every member, unique ids, valid polygons, dissolve = sum of parts,
 * Sichuan land areas against official figures. Prints a table; throws with
 * every failure listed. (Plan land areas are printed for information only.)
 */
import type { CountyProps } from '../../src/data/schema.ts';
import { type MemberRow, statusMix } from './membership.ts';
import { areaKm2, type Polygonal, ringProblem, selfIntersections } from './measure.ts';
import { readPlanLandAreas } from './plan-areas.ts';
import type { SourceUnit } from './read-units.ts';
import { type Region, toGeoJSON } from './regions.ts';
import { arcsNear } from './repair.ts';
import { ringsOf, type UnitGeometry, type UnitTopology } from './topology.ts';

const arcSet = (g: Parameters<typeof ringsOf>[0]) => new Set(ringsOf(g).flat().map((a) => (a < 0 ? ~a : a)));

/** Official county counts of the June 2012 list (国务院扶贫办, 14 areas, 680 counties). */
export const OFFICIAL_COUNTS: Record<string, number> = {
  liupan: 61, qinba: 75, wuling: 64, wumeng: 38, dianguiqian: 80, dianxi: 56, daxinganling: 19,
  yanshan_taihang: 33, lvliang: 20, dabie: 36, luoxiao: 23, tibet: 74, tibetan_areas_4prov: 77, south_xinjiang: 24,
};

/** The three special areas, left out of the plans' "11 areas" totals (CPA_11). */
const SPECIAL_AREAS = ['tibet', 'tibetan_areas_4prov', 'south_xinjiang'];

/** Official land areas (km²) the geometry must match within 3%: seed 003 (甘孜, 阿坝); Sichuan 48.6万 km². */
export const OFFICIAL_LAND_KM2: Record<string, number> = { '513300': 153000, '513200': 84242, '510000': 486000 };

export const DISSOLVE_TOLERANCE = 0.005;
export const LAND_TOLERANCE = 0.03;

type Res = { topo: UnitTopology; byId: Map<string, UnitGeometry> };
export interface ValidationInput {
  units: SourceUnit[];
  rows: MemberRow[];
  counties: Array<{ props: CountyProps; rows: MemberRow[] }>;
  regions: Region[];
  full: Res;
  simple: Res;
  /** Repository root, for the plan figures (informational). */
  root: string;
  /** Arcs kept at full detail by the crossing repair. */
  kept: Set<number>;
}

export interface ValidationReport {
  lines: string[];
  failures: string[];
  /** Per-area figures, for tests. */
  areas: Array<{ id: string; official: number; rows: number; units: number; km2: number; gap: string }>;
}

/** Run every check; returns the printed lines, and throws if any check fails. */
export function validate(input: ValidationInput): ValidationReport {
  const report: ValidationReport = { lines: [], failures: [], areas: [] };
  areaTable(input, report);
  idChecks(input, report);
  validityChecks(input, report);
  dissolveChecks(input, report);
  landChecks(input, report);
  if (report.failures.length) {
    throw new Error(`geometry validation failed:\n  ${report.failures.join('\n  ')}`);
  }
  report.lines.push('validation: all checks passed');
  return report;
}

function areaTable(input: ValidationInput, report: ValidationReport): void {
  const plan = readPlanLandAreas(input.root);
  const mix = statusMix(input.rows);
  const { lines } = report;
  lines.push(`membership status of ${input.rows.length} rows: V confirmed ${mix.V} · K consistent ${mix.K} · D derived ${mix.D} · R unverified ${mix.R}`);
  lines.push('area                  official  rows  units  V   K   D   R   land km² (geometry)  plan km²  note');
  for (const [id, official] of Object.entries(OFFICIAL_COUNTS)) {
    const rows = input.rows.filter((r) => r.area === id);
    const units = input.counties.filter((c) => c.props.area === id).length;
    const m = statusMix(rows);
    const region = input.regions.find((r) => r.kind === 'area' && r.props.id === id);
    const km2 = region?.props.area_km2 ?? 0;
    const gap = countGap(official, rows, units);
    if (rows.length !== official) report.failures.push(`area ${id}: ${rows.length} rows in the membership table, official count ${official}`);
    if (!region) report.failures.push(`area ${id}: no dissolved geometry`);
    const planKm2 = plan.get(id);
    lines.push(
      `${id.padEnd(21)} ${String(official).padStart(8)} ${String(rows.length).padStart(5)} ${String(units).padStart(6)}  ` +
        `${[m.V, m.K, m.D, m.R].map((n) => String(n).padEnd(3)).join(' ')} ${String(km2).padStart(19)} ${(planKm2 ? String(planKm2) : '—').padStart(9)}  ${gap}`,
    );
    report.areas.push({ id, official, rows: rows.length, units, km2, gap });
  }
  const sum = (list: typeof report.areas, k: 'rows' | 'units' | 'km2') => list.reduce((s, a) => s + a[k], 0);
  const all = report.areas;
  lines.push(`${'all 14'.padEnd(21)} ${'680'.padStart(8)} ${String(sum(all, 'rows')).padStart(5)} ${String(sum(all, 'units')).padStart(6)}  ${' '.repeat(15)} ${String(sum(all, 'km2')).padStart(19)}`);
  // The plans give one land area for the 11 areas without the three special ones.
  const eleven = all.filter((a) => !SPECIAL_AREAS.includes(a.id));
  const plan11 = plan.get('CPA_11');
  lines.push(`${'11 (no special areas)'.padEnd(21)} ${' '.repeat(8)} ${String(sum(eleven, 'rows')).padStart(5)} ${String(sum(eleven, 'units')).padStart(6)}  ${' '.repeat(15)} ${String(sum(eleven, 'km2')).padStart(19)} ${(plan11 ? String(plan11) : '—').padStart(9)}  plan figure for CPA_11 (2013)`);
}

/** Why rows and geometry units differ, in words (empty when they agree). */
function countGap(official: number, rows: MemberRow[], units: number): string {
  const notes: string[] = [];
  if (rows.length !== official) notes.push(`table has ${rows.length} of ${official} rows`);
  const split = rows.filter((r) => r.files.length > 1).map((r) => `${r.county_zh_2012} → ${r.files.length} units`);
  const shared = new Map<string, string[]>();
  for (const r of rows) for (const f of r.files) shared.set(f, [...(shared.get(f) ?? []), r.county_zh_2012]);
  const merged = [...shared.values()].filter((n) => n.length > 1).map((n) => `${n.join('+')} → 1 unit`);
  notes.push(...split, ...merged);
  if (!notes.length && units !== rows.length) notes.push(`${units} units for ${rows.length} rows`);
  return notes.join('; ');
}

function idChecks(input: ValidationInput, report: ValidationReport): void {
  const seen = new Set<string>();
  for (const c of input.counties) {
    if (seen.has(c.props.id)) report.failures.push(`county id ${c.props.id} appears twice`);
    seen.add(c.props.id);
    if (!input.simple.byId.has(c.props.id)) report.failures.push(`county ${c.props.id} ${c.props.name_zh} has no geometry`);
  }
  const inCounties = new Set(input.counties.flatMap((c) => c.rows.map((r) => r.line)));
  for (const r of input.rows) {
    if (!inCounties.has(r.line)) report.failures.push(`membership line ${r.line} (${r.county_zh_2012}) has no county unit`);
  }
  const regionIds = new Set<string>();
  for (const r of input.regions) {
    const key = `${r.kind}:${r.props.id}`;
    if (regionIds.has(key)) report.failures.push(`${r.kind} id ${r.props.id} appears twice`);
    regionIds.add(key);
  }
  report.lines.push(`ids: ${input.counties.length} county units, ${regionIds.size} regions, all unique; every member row has geometry`);
}

function validityChecks(input: ValidationInput, report: ValidationReport): void {
  const { topo, byId } = input.simple;
  let checked = 0;
  let lost = 0;
  let touches = 0;
  const inherited: string[] = [];
  // A crossing whose nearby arcs are all kept at full detail (repair.ts) is
  // in the package itself (overlapping neighbours); any other is a failure.
  const check = (what: string, g: Polygonal, arcs: Set<number>) => {
    checked++;
    const problem = ringProblem(g);
    if (problem) report.failures.push(`${what}: ${problem}`);
    const k = selfIntersections(g);
    touches += k.touches;
    if (!k.crossings.length) return;
    if (arcsNear(topo, arcs, k.crossings).every((i) => input.kept.has(i))) inherited.push(`${what} (${k.crossings.length})`);
    else report.failures.push(`${what}: simplified outline crosses itself at ${k.crossings.length} points, e.g. ${k.crossings[0]!.join(',')}`);
  };
  for (const c of input.counties) {
    const g = toGeoJSON(topo, byId.get(c.props.id)!);
    if (!(areaKm2(g) > 0)) lost++;
    check(`county ${c.props.id} ${c.props.name_zh}`, g, arcSet(byId.get(c.props.id)!));
  }
  if (lost) report.failures.push(`${lost} counties lost their area in simplification`);
  for (const r of input.regions) {
    check(`${r.kind} ${r.props.id} ${r.props.name_zh}`, toGeoJSON(topo, r.geometry), arcSet(r.geometry));
  }
  if (inherited.length) report.lines.push(`validity: crossings in the package itself (all nearby arcs at full detail): ${inherited.join('; ')}`);
  report.lines.push(
    `validity (turf kinks): ${checked} simplified polygons, closed rings of ≥ 4 points, non-zero area, no crossing segments; ` +
      `${touches} vertex touches (outline meeting itself at a vertex, inherited from the package) left as they are; counties lost in simplification: ${lost}`,
  );
}

function dissolveChecks(input: ValidationInput, report: ValidationReport): void {
  let worst = 0;
  let worstId = '';
  for (const res of [input.full, input.simple]) {
    const unitArea = new Map<string, number>();
    const areaOf = (id: string) => unitArea.get(id) ?? unitArea.set(id, areaKm2(toGeoJSON(res.topo, res.byId.get(id)!))).get(id)!;
    for (const r of input.regions) {
      if (r.kind === 'province' && res === input.simple && r.members.length > 250) continue; // big provinces: full res suffices
      const sum = r.members.reduce((s, m) => s + areaOf(m), 0);
      const dissolved = res === input.full ? r.props.area_km2 : areaKm2(toGeoJSON(res.topo, r.geometry));
      const diff = Math.abs(dissolved - sum) / sum;
      if (diff > worst) (worst = diff), (worstId = `${r.kind} ${r.props.id}`);
      if (diff > DISSOLVE_TOLERANCE) {
        report.failures.push(`${r.kind} ${r.props.id}: dissolved ${Math.round(dissolved)} km² vs sum of units ${Math.round(sum)} km² (${(diff * 100).toFixed(2)}%)`);
      }
    }
  }
  report.lines.push(`dissolve: region area = sum of its units within ${(worst * 100).toFixed(3)}% (worst ${worstId}; limit ${DISSOLVE_TOLERANCE * 100}%)`);
}

function landChecks(input: ValidationInput, report: ValidationReport): void {
  for (const [id, official] of Object.entries(OFFICIAL_LAND_KM2)) {
    const r = input.regions.find((x) => x.props.id === id && x.kind !== 'area');
    const km2 = r?.props.area_km2 ?? 0;
    const diff = (km2 - official) / official;
    const ok = Math.abs(diff) <= LAND_TOLERANCE;
    if (!ok) report.failures.push(`${id}: geometry ${km2} km² vs official ${official} km² (${(diff * 100).toFixed(1)}%, limit 3%)`);
    report.lines.push(`land area ${id} ${r?.props.name_zh ?? '?'}: geometry ${km2} km², official ${official} km² (${diff >= 0 ? '+' : ''}${(diff * 100).toFixed(1)}%) ${ok ? 'ok' : 'FAIL'}`);
  }
}
