/**
 * GDP growth, nominal, year on year: (GDP_y / GDP_{y-1} − 1) × 100, rounded to
 * 0.01. Only from shown `gdp` values of consecutive years whose sources are of
 * medium or high trust, and never in a year where the entity has a break.
 */
import type { Row, SeriesBreak, SourceDef } from '../../src/data/schema.ts';

export function deriveGdpGrowth(shown: Row[], sources: SourceDef[], breaks: SeriesBreak[]): Row[] {
  const trusted = new Set(sources.filter((s) => s.trust !== 'low').map((s) => s.id));
  const gdp = new Map<string, number>();
  for (const r of shown) {
    if (r.indicator === 'gdp' && trusted.has(r.sourceId)) gdp.set(`${r.entityId}|${r.year}`, r.value);
  }
  const broken = (entityId: string, year: number): boolean =>
    breaks.some((b) => b.entityId === entityId && b.year === year && (b.indicators === 'all' || b.indicators.includes('gdp')));
  const out: Row[] = [];
  for (const [key, value] of gdp) {
    const [entityId, yearText] = key.split('|');
    const year = Number(yearText);
    const prev = gdp.get(`${entityId}|${year - 1}`);
    if (prev === undefined || prev === 0 || broken(entityId, year)) continue;
    out.push({
      entityId, indicator: 'gdp_growth_nominal', year, value: round((value / prev - 1) * 100, 2), unit: '%', basis: 'derived',
      sourceId: 'DERIVED', note: `(gdp ${year} ${value} / gdp ${year - 1} ${prev} - 1) x 100`,
    });
  }
  return out;
}

/** Rounds without float noise (e.g. 12.345 → 12.35, never 12.350000000000001). */
export function round(x: number, digits: number): number {
  return Number(x.toFixed(digits));
}
