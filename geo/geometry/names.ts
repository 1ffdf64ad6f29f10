/**
 * English (and display) names: the curated table geo/sources/names-en.csv for
 * areas, provinces and Sichuan prefectures; romanised pinyin for counties with
 * exceptions from geo/sources/county-names-en.csv.
 */
import { join } from 'node:path';
import { readCsv } from '../read-csv.ts';
import { romaniseCounty } from './romanise.ts';

export const NAMES_CSV = 'geo/sources/names-en.csv';
export const COUNTY_NAMES_CSV = 'geo/sources/county-names-en.csv';

export interface Name {
  name_zh: string;
  name_en: string;
  /** Short forms for map labels, where the table gives them. */
  short_zh?: string;
  short_en?: string;
}

export type NameKind = 'area' | 'province' | 'prefecture';

/** Curated names by kind and id; throws on a duplicate or an unknown kind. */
export function readRegionNames(root: string): Record<NameKind, Map<string, Name>> {
  const out: Record<NameKind, Map<string, Name>> = { area: new Map(), province: new Map(), prefecture: new Map() };
  readCsv(join(root, NAMES_CSV), ['id', 'name_zh', 'name_en', 'kind']).forEach((r, i) => {
    const where = `${NAMES_CSV} line ${i + 2}`;
    const kind = r.kind as NameKind;
    if (!(kind in out)) throw new Error(`${where}: invalid kind: ${r.kind}`);
    if (!r.name_zh || !r.name_en) throw new Error(`${where}: empty name_zh or name_en`);
    if (out[kind].has(r.id!)) throw new Error(`${where}: duplicate id ${r.id}`);
    if (!r.short_zh !== !r.short_en) throw new Error(`${where}: give both short_zh and short_en, or neither`);
    out[kind].set(r.id!, { name_zh: r.name_zh, name_en: r.name_en, ...(r.short_zh ? { short_zh: r.short_zh, short_en: r.short_en } : {}) });
  });
  return out;
}

/** The curated name of a region, or an error naming the table. */
export function regionName(names: Record<NameKind, Map<string, Name>>, kind: NameKind, id: string): Name {
  const n = names[kind].get(id);
  if (!n) throw new Error(`${NAMES_CSV}: no ${kind} row for id ${id}`);
  return n;
}

/**
 * County overrides: id → optional zh display name and/or English name;
 * `reading` marks an English name that fixes a pinyin reading (the note names
 * pinyin-pro), which search pinyin then follows too.
 */
export function readCountyOverrides(root: string): Map<string, Partial<Name> & { reading?: boolean }> {
  const out = new Map<string, Partial<Name> & { reading?: boolean }>();
  readCsv(join(root, COUNTY_NAMES_CSV), ['id', 'name_zh', 'name_en']).forEach((r, i) => {
    if (!/^\d{6}$/.test(r.id!)) throw new Error(`${COUNTY_NAMES_CSV} line ${i + 2}: invalid id: ${r.id}`);
    if (out.has(r.id!)) throw new Error(`${COUNTY_NAMES_CSV} line ${i + 2}: duplicate id ${r.id}`);
    out.set(r.id!, { ...(r.name_zh ? { name_zh: r.name_zh } : {}), ...(r.name_en ? { name_en: r.name_en } : {}), ...(/pinyin-pro/.test(r.note ?? '') ? { reading: true } : {}) });
  });
  return out;
}

/** A county's names: override where the table has one, else package name + pinyin. */
export function countyName(id: string, packageName: string, overrides: Map<string, Partial<Name>>): Name {
  const o = overrides.get(id) ?? {};
  const name_zh = o.name_zh ?? packageName;
  return { name_zh, name_en: o.name_en ?? romaniseCounty(packageName) };
}
