/**
 * Drilling down and back up, without DOM: the breadcrumb of a state
 * (China › 乌蒙山区 › 昭觉县), an area's or prefecture's counties with the
 * values the panel lists, and a county's area and prefecture. Names and
 * parents come from series.json's entities; values from the same join as
 * the map (carry-forward within the indicator's tolerance).
 */
import type { EntityDef, I18nText, SeriesFile } from '../data/schema';
import { joinBounds, joinSeries, yearsOf, type JoinedBounds, type JoinedValue } from '../data/join-series';
import { t, type MessageKey } from '../i18n/messages';
import type { ViewId } from './atlas-state';

/** Where a crumb or a link leads: a view, its selection and the area drilled into. */
export interface NavTarget {
  view: ViewId;
  selected: string | null;
  area: string | null;
}

export interface Crumb {
  label: I18nText;
  /** null for the last crumb (where the reader is). */
  target: NavTarget | null;
}

/** The state fields a breadcrumb depends on. */
export interface DrillState {
  view: ViewId;
  selected: string | null;
  area: string | null;
}

const both = (key: MessageKey): I18nText => ({ zh: t('zh', key), en: t('en', key) });
const CHINA = both('crumb.china');
const SICHUAN = both('crumb.sichuan');
const COUNTIES = both('crumb.counties');
const TOP: NavTarget = { view: 'areas', selected: null, area: null };

/** A county's area and (Sichuan) prefecture, as named in series.json; null where it has none. */
export function parentsOf(entities: ReadonlyMap<string, EntityDef>, countyId: string): { area: EntityDef | null; prefecture: EntityDef | null } {
  const parents = (entities.get(countyId)?.parents ?? []).map((id) => entities.get(id)).filter((p): p is EntityDef => !!p);
  return { area: parents.find((p) => p.kind === 'area') ?? null, prefecture: parents.find((p) => p.kind === 'prefecture') ?? null };
}

/**
 * The breadcrumb of a state, from China down to where the reader is. An
 * area's crumb opens the area (areas view, its panel); a Sichuan
 * prefecture's opens it in the Sichuan view. Counties without an area on
 * the 2012 list go China › 四川 › prefecture › county.
 */
export function drillPath(s: DrillState, entities: ReadonlyMap<string, EntityDef>): Crumb[] {
  const name = (id: string | null) => (id ? entities.get(id)?.name : undefined);
  const crumbs: Crumb[] = [{ label: CHINA, target: TOP }];
  const here = (label: I18nText | undefined) => label && crumbs.push({ label, target: null });
  const areaCrumb = (id: string) => crumbs.push({ label: name(id) ?? { zh: id, en: id }, target: { view: 'areas', selected: id, area: null } });
  if (s.view === 'areas') {
    here(name(s.selected));
  } else if (s.view === 'sichuan') {
    crumbs.push({ label: SICHUAN, target: s.selected ? { view: 'sichuan', selected: null, area: null } : null });
    here(name(s.selected));
  } else {
    const { area, prefecture } = s.selected ? parentsOf(entities, s.selected) : { area: null, prefecture: null };
    const areaId = s.area ?? area?.id ?? null;
    if (areaId) areaCrumb(areaId);
    else if (prefecture) {
      crumbs.push({ label: SICHUAN, target: { view: 'sichuan', selected: null, area: null } });
      crumbs.push({ label: prefecture.name, target: { view: 'sichuan', selected: prefecture.id, area: null } });
    }
    here(s.selected ? name(s.selected) : COUNTIES);
  }
  // The last crumb is where the reader is, whatever it was built as.
  crumbs[crumbs.length - 1] = { ...crumbs[crumbs.length - 1], target: null };
  return crumbs;
}

/** One county in an area's (or prefecture's) list. */
export interface CountyRow {
  id: string;
  name: I18nText;
  /** The county indicator's value for the year, or null (no data). */
  value: JoinedValue | null;
  /** The county's exit year (method 'elimination' when derived), or null. */
  exit: JoinedValue | null;
  /** Where the exit year is known only as a range ("2018 or 2019"), that range. */
  exitBounds: JoinedBounds | null;
}

/** The indicator an area's county list shows beside the exit year: the one on the map if counties carry it, else their status. */
export function countyIndicatorFor(series: SeriesFile, indicator: string): string {
  const def = series.indicators.find((d) => d.id === indicator);
  return def?.kinds.includes('county') ? indicator : 'county_poverty_status';
}

/** The counties whose parents include `parentId` (an area or a prefecture), in list order, with their values. */
export function countyRows(series: SeriesFile, parentId: string, indicator: string, year: number): CountyRow[] {
  const counties = series.entities.filter((e) => e.kind === 'county' && e.parents?.includes(parentId));
  const ids = counties.map((c) => c.id);
  const values = joinSeries(series, indicator, ids, year);
  // Exits as of the last year with any: an exit stands for the later years (carryForward), so all are in reach.
  const exitYears = yearsOf(series, 'exit_year');
  const last = exitYears[exitYears.length - 1] ?? year;
  const exits = joinSeries(series, 'exit_year', ids, last);
  const ranges = joinBounds(series, 'exit_year', ids, last, exits);
  return counties.map((c) => ({
    id: c.id,
    name: c.name,
    value: values.get(c.id) ?? null,
    exit: exits.get(c.id) ?? null,
    exitBounds: ranges.get(c.id) ?? null,
  }));
}
