/**
 * Area membership as a coded indicator of the county view: each county's
 * area (from counties.topo.json, the 2012 list), or "Sichuan, outside the 14
 * areas". Timeless; values come from the geometry's properties, not series.
 */
import type { FeatureCollection } from 'geojson';
import type { I18nText, IndicatorDef } from '../data/schema';
import type { JoinedValue } from '../data/join-series';

export const MEMBERSHIP_ID = 'area_membership';
/** Code of a Sichuan county that is in none of the 14 areas. */
export const OUTSIDE_CODE = 99;

/** An area as the indicator names it: its full name, and the short one of the map labels ("Wuling Mts."), if any. */
export interface MembershipArea {
  id: string;
  name: I18nText;
  short?: I18nText;
}

/** The indicator; each area's category keeps its short name (`short`) for the legend, where 15 full names do not fit. */
export function membershipIndicator(areas: MembershipArea[]): IndicatorDef {
  const sorted = [...areas].sort((a, b) => a.name.en.localeCompare(b.name.en));
  return {
    id: MEMBERSHIP_ID,
    name: { zh: '所属片区（2012年名单）', en: 'Area of each county (2012 list)' },
    unit: { zh: '片区', en: 'area' },
    csvUnit: 'code',
    enFactor: 1,
    basis: 'official_list',
    kinds: ['county'],
    scale: 'ordinal',
    decimals: 0,
    higherIsBetter: null,
    carryForward: 0,
    categories: [
      ...sorted.map((a, i) => ({ value: i + 1, label: a.name, areaId: a.id, ...(a.short ? { short: a.short } : {}) })),
      { value: OUTSIDE_CODE, label: { zh: '四川（不属14片区）', en: 'Sichuan, outside the 14 areas' } },
    ],
    note: {
      zh: '每个县的归属有核实程度之分，见“来源”。',
      en: 'How sure each county’s membership is: see Sources.',
    },
  };
}

/** The source of every membership: the June 2012 list as compiled (sources.csv CPA2012); each county's status is in the panel. */
export const MEMBERSHIP_SOURCE = 'CPA2012';

/** Each county's code; year 2012 (the list's date), source: the 2012 list. */
export function membershipValues(counties: FeatureCollection, def: IndicatorDef): Map<string, JoinedValue> {
  const codeOf = new Map<string, number>();
  for (const c of def.categories ?? []) {
    const areaId = (c as { areaId?: string }).areaId;
    if (areaId) codeOf.set(areaId, c.value);
  }
  const out = new Map<string, JoinedValue>();
  for (const f of counties.features) {
    const p = (f.properties ?? {}) as { id: string; area: string | null };
    const value = p.area ? codeOf.get(p.area) : OUTSIDE_CODE;
    if (value !== undefined) out.set(p.id, { value, year: 2012, sourceId: MEMBERSHIP_SOURCE, basis: 'official_list' });
  }
  return out;
}
