/**
 * Step 2 — membership: the 680 county rows of the 14 areas (June 2012 list)
 * from geo/sources/contiguous-counties.csv, with their crosswalk to geometry
 * files of the package.
 */
import { join } from 'node:path';
import type { MembershipStatus } from '../../src/data/schema.ts';
import { readCsv } from '../read-csv.ts';

export const MEMBERSHIP_CSV = 'geo/sources/contiguous-counties.csv';

const COLUMNS = ['area_id', 'area_zh', 'county_zh_2012', 'code_2012', 'geom_code', 'geom_file', 'status'];
const STATUSES: MembershipStatus[] = ['V', 'K', 'D', 'R'];

export interface MemberRow {
  /** 1-based line number in the CSV (header is line 1). */
  line: number;
  area: string;
  county_zh_2012: string;
  /** GB code at the end of 2012, or null (the three Qinghai 行委 have none). */
  code_2012: string | null;
  /** Geometry files (paths under the package's src/), one or more. */
  files: string[];
  /** GB codes of those files, same order. */
  geomCodes: string[];
  status: MembershipStatus;
}

/** Read and check the membership table; errors name file, line and field. */
export function readMembership(root: string): MemberRow[] {
  const rows = readCsv(join(root, MEMBERSHIP_CSV), COLUMNS);
  return rows.map((r, i) => {
    const line = i + 2;
    const where = `${MEMBERSHIP_CSV} line ${line}`;
    const status = r.status as MembershipStatus;
    if (!STATUSES.includes(status)) throw new Error(`${where}: invalid status: ${r.status}`);
    const files = r.geom_file!.split(';').map((s) => s.trim());
    const geomCodes = r.geom_code!.split(';').map((s) => s.trim());
    if (files.length !== geomCodes.length) {
      throw new Error(`${where}: geom_file lists ${files.length} files but geom_code ${geomCodes.length} codes`);
    }
    const code = r.code_2012!.trim();
    if (code && !/^\d{6}$/.test(code)) throw new Error(`${where}: invalid code_2012: ${code}`);
    if (!/^[a-z_0-9]+$/.test(r.area_id!)) throw new Error(`${where}: invalid area_id: ${r.area_id}`);
    return { line, area: r.area_id!, county_zh_2012: r.county_zh_2012!.trim(), code_2012: code || null, files, geomCodes, status };
  });
}

/** Order of trust, strongest first; a unit with several rows shows the weakest. */
export function weakestStatus(statuses: MembershipStatus[]): MembershipStatus {
  return statuses.reduce((a, b) => (STATUSES.indexOf(b) > STATUSES.indexOf(a) ? b : a));
}

/** Count rows by status, in the order V, K, D, R. */
export function statusMix(rows: MemberRow[]): Record<MembershipStatus, number> {
  const mix = { V: 0, K: 0, D: 0, R: 0 };
  for (const r of rows) mix[r.status]++;
  return mix;
}
