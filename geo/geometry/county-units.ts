/**
 * Step 3 — select: the county units the atlas shows (every geometry unit of
 * the 14 areas plus every Sichuan county), joined to their membership rows.
 *
 * Crosswalk rules (documented in geo/README.md):
 * - one 2012 row → several files (a county later split): every file is a
 *   unit of the area, each carrying that row's code_2012 and status;
 * - several rows → one file (the three Qinghai 行委 in 海西州直辖): one unit,
 *   code_2012 of the row when there is one row, else null; the weakest status.
 */
import type { CountyProps } from '../../src/data/schema.ts';
import { type MemberRow, MEMBERSHIP_CSV, weakestStatus } from './membership.ts';
import type { SourceUnit } from './read-units.ts';

export const SICHUAN = '510000';

/** CountyProps without the English name (added by the names step). */
export type CountyBase = Omit<CountyProps, 'name_en'>;

/** Map each geometry file to the membership rows that point at it. */
export function rowsByFile(rows: MemberRow[], units: SourceUnit[]): Map<string, MemberRow[]> {
  const unitByFile = new Map(units.map((u) => [u.file, u]));
  const out = new Map<string, MemberRow[]>();
  for (const row of rows) {
    row.files.forEach((file, i) => {
      const unit = unitByFile.get(file);
      const where = `${MEMBERSHIP_CSV} line ${row.line}, geom_file`;
      if (!unit) throw new Error(`${where}: no such file in the package: ${file}`);
      if (unit.id !== row.geomCodes[i]) throw new Error(`${where}: ${file} has id ${unit.id}, geom_code says ${row.geomCodes[i]}`);
      out.set(file, [...(out.get(file) ?? []), row]);
    });
  }
  return out;
}

/** The county units in GB-code order, with their properties. */
export function selectCounties(units: SourceUnit[], rows: MemberRow[]): Array<{ unit: SourceUnit; props: CountyBase; rows: MemberRow[] }> {
  const byFile = rowsByFile(rows, units);
  const out = [];
  for (const unit of units) {
    const mine = byFile.get(unit.file) ?? [];
    if (!mine.length && unit.province !== SICHUAN) continue;
    const areas = [...new Set(mine.map((r) => r.area))];
    if (areas.length > 1) throw new Error(`${unit.file}: in several areas (${areas.join(', ')}), lines ${mine.map((r) => r.line).join(', ')}`);
    const props: CountyBase = {
      id: unit.id,
      name_zh: unit.name_zh,
      province: unit.province,
      prefecture: unit.prefecture,
      area: areas[0] ?? null,
      code_2012: mine.length === 1 ? mine[0]!.code_2012 : null,
      status: mine.length ? weakestStatus(mine.map((r) => r.status)) : null,
    };
    out.push({ unit, props, rows: mine });
  }
  return out.sort((a, b) => (a.props.id < b.props.id ? -1 : 1));
}
