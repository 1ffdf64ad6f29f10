/**
 * Complete facts about one region for the detail panel, in the reader's
 * language: an area's provinces and county count (2012 list) and land area
 * measured from the geometry; for a county, how sure its membership is (its
 * area and prefecture are the panel's links) or that it is in none of the
 * 14 areas. Pure.
 */
import type { EntityDef, Lang, SeriesFile } from '../data/schema';
import { formatCount } from '../data/format';
import { t } from '../i18n/messages';
import type { ViewId } from './atlas-state';
import type { Region } from './view-catalog';

export interface Fact {
  label: { zh: string; en: string };
  value: string;
}

const MSG = (key: Parameters<typeof t>[1]) => ({ zh: t('zh', key), en: t('en', key) });

function nameOf(series: SeriesFile, id: string, lang: Lang): string | null {
  return series.entities.find((e) => e.id === id)?.name[lang] ?? null;
}

/** The entity behind a region: from series.json, else made from the geometry. */
export function entityOf(series: SeriesFile, region: Region, kind: EntityDef['kind']): EntityDef {
  return series.entities.find((e) => e.id === region.id) ?? { id: region.id, kind, name: region.name };
}

export function regionFacts(series: SeriesFile, view: ViewId, region: Region, lang: Lang): Fact[] {
  const facts: Fact[] = [];
  const entity = series.entities.find((e) => e.id === region.id);
  const sep = lang === 'zh' ? '、' : ', ';
  if (view === 'areas') {
    const provinces = (entity?.parents ?? []).map((id) => nameOf(series, id, lang) ?? id);
    if (provinces.length) facts.push({ label: MSG('facts.provinces'), value: provinces.join(sep) });
    const count = series.values.county_count_list?.[region.id]?.[0];
    if (count) facts.push({ label: MSG('facts.counties'), value: formatCount(count[1], lang) });
  }
  if (view === 'counties') {
    const p = region.props as { area?: string | null; status?: string | null };
    // Its area and (Sichuan) prefecture are links under its name (<atlas-parent-links>), not repeated here;
    // a county in none of the 14 areas has no area to link, so that is said here.
    if (!p.area) facts.push({ label: MSG('facts.areaOf'), value: t(lang, 'membership.sichuanOther') });
    if (p.status) facts.push({ label: MSG('facts.status'), value: t(lang, `status.${p.status}` as Parameters<typeof t>[1]) });
  }
  const km2 = region.props.area_km2;
  if (typeof km2 === 'number') facts.push({ label: MSG('facts.area'), value: `${formatCount(km2, lang)} ${t(lang, 'unit.km2')}` });
  return facts;
}
