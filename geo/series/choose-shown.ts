/**
 * One value per (entity, indicator, year). All rows stay in the CSVs; this
 * step picks the one shown. Rule: where sources agree, the most trusted one
 * (then the earlier in sources.csv); where they disagree, geo/sources/crosscheck.csv
 * must say which is shown (or none) and why — a disagreement without an entry
 * stops the build. Each entry becomes a ValueNote the UI can display.
 */
import type { Row, SourceDef, ValueNote } from '../../src/data/schema.ts';
import type { CrossCheck } from './read-inputs.ts';

const TRUST_RANK = { high: 0, medium: 1, low: 2 } as const;

export function chooseShown(rows: Row[], sources: SourceDef[], checks: CrossCheck[]): { shown: Row[]; notes: ValueNote[] } {
  const order = new Map(sources.map((s, i) => [s.id, i]));
  const trust = new Map(sources.map((s) => [s.id, TRUST_RANK[s.trust]]));
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const key = `${row.entityId}|${row.indicator}|${row.year}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const checkByKey = new Map(checks.map((c) => [`${c.entityId}|${c.indicator}|${c.year}`, c]));
  for (const key of checkByKey.keys()) {
    if (!groups.has(key)) throw new Error(`crosscheck.csv: no rows for ${key}`);
  }
  const shown: Row[] = [];
  const notes: ValueNote[] = [];
  for (const [key, group] of groups) {
    const check = checkByKey.get(key);
    if (check) {
      const pick = check.shown === null ? undefined : group.find((r) => r.sourceId === check.shown);
      if (check.shown !== null && !pick) throw new Error(`crosscheck.csv: ${key} shows ${check.shown}, which has no row`);
      if (pick) shown.push(pick);
      notes.push({
        entityId: check.entityId, indicator: check.indicator, year: check.year, shown: check.shown,
        others: group.map((r) => r.sourceId).filter((s) => s !== check.shown).sort(), note: check.note,
      });
      continue;
    }
    const values = new Set(group.map((r) => r.value));
    if (values.size > 1) {
      const list = group.map((r) => `${r.sourceId}=${r.value}`).join(', ');
      throw new Error(`sources disagree on ${key} (${list}): add a line to geo/sources/crosscheck.csv saying which is shown and why`);
    }
    const best = [...group].sort((a, b) => (trust.get(a.sourceId)! - trust.get(b.sourceId)!) || (order.get(a.sourceId)! - order.get(b.sourceId)!))[0];
    shown.push(best);
  }
  return { shown, notes };
}
