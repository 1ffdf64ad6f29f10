/** Prints indicator × entity kind: how many entities have values, and over which years. */
import type { EntityDef, SeriesFile } from '../../src/data/schema.ts';

export function coverageTable(file: SeriesFile): string[] {
  const kindOf = new Map(file.entities.map((e: EntityDef) => [e.id, e.kind]));
  const lines = [`${'indicator'.padEnd(36)} ${'kind'.padEnd(11)} ${'entities'.padStart(8)}  years (values)`];
  for (const [indicator, byEntity] of Object.entries(file.values)) {
    const byKind = new Map<string, { n: number; years: Set<number>; values: number }>();
    for (const [id, points] of Object.entries(byEntity)) {
      const kind = kindOf.get(id) ?? '?';
      const k = byKind.get(kind) ?? { n: 0, years: new Set<number>(), values: 0 };
      k.n++;
      k.values += points.length;
      points.forEach(([y]) => k.years.add(y));
      byKind.set(kind, k);
    }
    for (const [kind, k] of byKind) {
      const ys = [...k.years].sort((a, b) => a - b);
      const span = ys.length > 1 ? `${ys[0]}–${ys[ys.length - 1]} (${ys.length} yrs)` : `${ys[0]}`;
      lines.push(`${indicator.padEnd(36)} ${kind.padEnd(11)} ${String(k.n).padStart(8)}  ${span} (${k.values})`);
    }
  }
  return lines;
}

/** Per area: how many counties' exit years are named, derived, bounded or missing (by row of the 2012 list). */
export function exitCoverageTable(file: SeriesFile): string[] {
  const head = `${'exit years'.padEnd(22)} ${'named'.padStart(6)} ${'derived'.padStart(8)} ${'bounded'.padStart(8)} ${'missing'.padStart(8)} ${'total'.padStart(6)}`;
  return [head, ...(file.exitCoverage ?? []).map((c) =>
    `${c.entityId.padEnd(22)} ${String(c.named).padStart(6)} ${String(c.derived).padStart(8)} ${String(c.bounded).padStart(8)} ${String(c.missing).padStart(8)} ${String(c.total).padStart(6)}`)];
}
