/**
 * The `geometry` step of `npm run build:data`: read → membership → select →
 * topology → simplify → dissolve → validate → write. See geo/README.md.
 */
import type { StepContext } from '../build.ts';
import type { CountyProps, MembershipStatus, MembershipSummary } from '../../src/data/schema.ts';
import { printBudgets } from './budgets.ts';
import { selectCounties, SICHUAN } from './county-units.ts';
import { groupBy } from './dissolve.ts';
import { readMembership } from './membership.ts';
import { countyName, readCountyOverrides, readRegionNames } from './names.ts';
import { type EmptyUnit, readUnits, type SourceUnit } from './read-units.ts';
import { fillFromGaps, gapsKm2 } from './fill-gaps.ts';
import { buildRegions, type Region } from './regions.ts';
import { crossingArcs } from './repair.ts';
import { presimplifyTopology, simplifyWeighted } from './simplify.ts';
import { closeSlivers } from './slivers.ts';
import { buildTopology, ringsOf, unitGeometries, type UnitGeometry, type UnitTopology } from './topology.ts';
import { validate } from './validate.ts';
import { pruneTopology, writeTopology } from './write.ts';

export const ATLAS_FILE = 'atlas.topo.json';
export const COUNTIES_FILE = 'counties.topo.json';
/** Rounds of crossing repair before validation reports what is left. */
const REPAIR_ROUNDS = 6;

type County = ReturnType<typeof selectCounties>[number] & { props: CountyProps };
type Res = { topo: UnitTopology; byId: Map<string, UnitGeometry> };

export async function buildGeometry(ctx: StepContext): Promise<void> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  // Time since the step began: wall clock, and CPU of the process (all threads, so GC is counted).
  const lap = (what: string) => {
    const { user, system } = process.cpuUsage(cpu0);
    ctx.log(`geometry: ${what} (${((performance.now() - t0) / 1000).toFixed(1)} s, ${((user + system) / 1e6).toFixed(1)} core-s)`);
  };
  const { units: packageUnits, empty } = readUnits(ctx.root);
  lap(`read ${packageUnits.length + empty.length} units`);
  const rows = readMembership(ctx.root);
  const overrides = readCountyOverrides(ctx.root);
  const { units, full } = buildUnitTopology(ctx, packageUnits, empty, lap);
  const counties: County[] = selectCounties(units, rows).map((c) => ({ ...c, props: { ...c.props, ...countyName(c.props.id, c.unit.name_zh, overrides) } }));
  const countyIds = new Set(counties.map((c) => c.props.id));
  const stray = [...overrides.keys()].filter((k) => !countyIds.has(k));
  if (stray.length) throw new Error(`geo/sources/county-names-en.csv: ids that are not county units of the atlas: ${stray.join(', ')}`);
  lap(`${units.length} units, ${rows.length} membership rows, ${counties.length} county units`);

  const { simple, regions, kept } = simplifyAndDissolve(ctx, units, counties, full);
  lap(`simplified (${kept.size} arcs kept at full detail to avoid crossings), dissolved ${regions.length} regions`);

  const report = validate({ units, rows, counties, regions, full, simple, root: ctx.root, kept });
  report.lines.forEach((l) => ctx.log(l));
  lap('validated');

  const countyGeoms = counties.map((c) => ({ ...simple.byId.get(c.props.id)!, id: c.props.id, properties: c.props }));
  const regionGeoms = (kind: Region['kind']) =>
    regions.filter((r) => r.kind === kind).map((r) => ({ ...r.geometry, id: r.props.id, properties: r.props }));
  const atlas = pruneTopology(simple.topo, { areas: regionGeoms('area'), provinces: regionGeoms('province'), prefectures: regionGeoms('prefecture') });
  const countyTopo = pruneTopology(simple.topo, { counties: countyGeoms });
  const membership = membershipSummary(rows);
  printBudgets(
    { [ATLAS_FILE]: writeTopology(ctx.out, ATLAS_FILE, atlas), [COUNTIES_FILE]: writeTopology(ctx.out, COUNTIES_FILE, countyTopo, { membership }) },
    ctx.log,
  );
  lap('written');
}

/**
 * Topology of all units: slivers closed, units without coordinates rebuilt
 * from their gap. The gaps are found on the first topology with the slivers
 * closed in its arcs, so that only one more topology is built.
 */
function buildUnitTopology(ctx: StepContext, packageUnits: SourceUnit[], empty: EmptyUnit[], lap: (what: string) => void): { units: SourceUnit[]; full: Res } {
  const { geometries, closed, closedTopo } = closeSlivers(buildTopology(packageUnits));
  const { filled, missing } = fillFromGaps(closedTopo, empty);
  const units = [...packageUnits.map((u) => ({ ...u, geometry: geometries.get(u.id)! })), ...filled];
  const topo = buildTopology(units);
  lap(`closed ${closed} slivers between neighbours; topology of ${topo.arcs.length} arcs`);
  for (const u of filled) ctx.log(`geometry: ${u.file} has no coordinates in the package; rebuilt from the gap its neighbours leave`);
  if (missing.length) ctx.log(`geometry: no gap found for ${missing.join(', ')}; left out`);
  const gaps = gapsKm2(topo);
  const gapTotal = gaps.reduce((a, b) => a + b, 0);
  lap(`${gaps.length} gaps inside China covered by no unit in the package, ${gapTotal.toFixed(1)} km² in all (largest ${Math.max(0, ...gaps).toFixed(1)} km²)`);
  return { units, full: { topo, byId: unitGeometries(topo) } };
}

/** Simplify, dissolve, and repeat keeping arcs near crossings at full detail. */
function simplifyAndDissolve(ctx: StepContext, units: SourceUnit[], counties: County[], full: Res): { simple: Res; regions: Region[]; kept: Set<number> } {
  const names = readRegionNames(ctx.root);
  const weighted = presimplifyTopology(full.topo);
  const keep = new Set<number>();
  const id = (c: County) => c.props.id;
  const groups = {
    area: groupBy(counties, (c) => c.props.area, id),
    prefecture: groupBy(counties.filter((c) => c.props.province === SICHUAN), (c) => c.props.prefecture, id),
    province: groupBy(units, (u) => u.province, (u) => u.id),
  };
  let changed: Set<number> | null = null; // arcs kept since the last round (null: check all)
  for (let round = 1; ; round++) {
    const topo = simplifyWeighted(weighted, keep);
    const simple: Res = { topo, byId: unitGeometries(topo) };
    const regions = (['area', 'prefecture', 'province'] as const).flatMap((kind) => buildRegions(kind, groups[kind], full, simple, names));
    const drawn: Array<UnitGeometry | Region['geometry']> = [...counties.map((c) => simple.byId.get(c.props.id)!), ...regions.map((r) => r.geometry)];
    // Only outlines using a newly kept arc can have changed since the last round.
    const suspects = changed ? drawn.filter((g) => ringsOf(g).some((r) => r.some((a) => changed!.has(a < 0 ? ~a : a)))) : drawn;
    const bad: number[] = crossingArcs(topo, suspects).filter((i) => !keep.has(i));
    if (!bad.length || round === REPAIR_ROUNDS) return { simple, regions, kept: keep };
    ctx.log(`geometry: repair round ${round}: ${bad.length} arcs near crossings kept at full detail`);
    bad.forEach((i) => keep.add(i));
    changed = new Set(bad);
  }
}

/** The status mix of the 2012 list, by row (what the sources panel states). */
function membershipSummary(rows: ReadonlyArray<{ status: MembershipStatus }>): MembershipSummary {
  const status: Record<MembershipStatus, number> = { V: 0, K: 0, D: 0, R: 0 };
  for (const r of rows) status[r.status]++;
  return { rows: rows.length, status };
}
