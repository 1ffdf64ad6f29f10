/**
 * The `geometry` step of `npm run build:data`: read → membership → select →
 * topology → simplify → dissolve → validate → write. See geo/README.md.
 */
import type { StepContext } from '../build.ts';
import type { CountyProps } from '../../src/data/schema.ts';
import { selectCounties, SICHUAN } from './county-units.ts';
import { groupBy } from './dissolve.ts';
import { readMembership } from './membership.ts';
import { countyName, readCountyOverrides, readRegionNames } from './names.ts';
import { readUnits } from './read-units.ts';
import { buildRegions, type Region } from './regions.ts';
import { simplifyTopology } from './simplify.ts';
import { buildTopology, unitGeometries, type UnitGeometry } from './topology.ts';
import { validate } from './validate.ts';
import { printBudgets } from './budgets.ts';
import { pruneTopology, writeTopology } from './write.ts';

export const ATLAS_FILE = 'atlas.topo.json';
export const COUNTIES_FILE = 'counties.topo.json';

export async function buildGeometry(ctx: StepContext): Promise<void> {
  const t0 = performance.now();
  const lap = (what: string) => ctx.log(`geometry: ${what} (${((performance.now() - t0) / 1000).toFixed(1)} s)`);
  const units = readUnits(ctx.root);
  const rows = readMembership(ctx.root);
  const overrides = readCountyOverrides(ctx.root);
  const counties = selectCounties(units, rows).map((c) => ({ ...c, props: { ...c.props, ...countyName(c.props.id, c.unit.name_zh, overrides) } as CountyProps }));
  lap(`read ${units.length} units, ${rows.length} membership rows, ${counties.length} county units`);

  const topo = buildTopology(units);
  const simple = simplifyTopology(topo);
  const full = { topo, byId: unitGeometries(topo) };
  const simp = { topo: simple, byId: unitGeometries(simple) };
  lap(`topology ${topo.arcs.length} arcs, simplified`);

  const names = readRegionNames(ctx.root);
  const id = (c: { props: CountyProps }) => c.props.id;
  const regions: Region[] = [
    ...buildRegions('area', groupBy(counties, (c) => c.props.area, id), full, simp, names),
    ...buildRegions('prefecture', groupBy(counties.filter((c) => c.props.province === SICHUAN), (c) => c.props.prefecture, id), full, simp, names),
    ...buildRegions('province', groupBy(units, (u) => u.province, (u) => u.id), full, simp, names),
  ];
  lap(`dissolved ${regions.length} regions`);

  const report = validate({ units, rows, counties, regions, full, simple: simp, root: ctx.root });
  report.lines.forEach((l) => ctx.log(l));
  lap('validated');

  const countyGeoms = counties.map((c) => ({ ...(simp.byId.get(c.props.id) as UnitGeometry), id: c.props.id, properties: c.props }));
  const regionGeoms = (kind: Region['kind']) =>
    regions.filter((r) => r.kind === kind).map((r) => ({ ...r.geometry, id: r.props.id, properties: r.props }));
  const atlas = pruneTopology(simple, { areas: regionGeoms('area'), provinces: regionGeoms('province'), prefectures: regionGeoms('prefecture') });
  const countyTopo = pruneTopology(simple, { counties: countyGeoms });
  const sizes = { [ATLAS_FILE]: writeTopology(ctx.out, ATLAS_FILE, atlas), [COUNTIES_FILE]: writeTopology(ctx.out, COUNTIES_FILE, countyTopo) };
  printBudgets(sizes, ctx.log);
  lap('written');
}
