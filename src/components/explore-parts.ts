/**
 * Templates of <poverty-atlas> for finding, drilling and comparing: the
 * search box, the breadcrumb over the map, what the detail panel adds for a
 * region (its counties, or its area and prefecture as links; pinning) and
 * the table's second year. Read from the session and the state only; every
 * action goes out as an `atlas-*` event the shell turns into state.
 */
import { css, html, nothing } from 'lit';
import type { EntityDef, SeriesFile } from '../data/schema';
import { seriesFor } from '../data/join-series';
import { searchEntries, type SearchEntry } from '../data/search-index';
import { MAX_PINNED, type AtlasState } from '../state/atlas-state';
import type { AtlasSession } from '../state/atlas-session';
import { countyIndicatorFor, countyRows, drillPath, parentsOf } from '../state/drill';
import { MEMBERSHIP_ID } from '../state/membership';
import type { ChartLine } from './atlas-line-chart';
import './atlas-search';
import './atlas-breadcrumb';
import './atlas-county-list';
import './atlas-parent-links';
import './atlas-pin-bar';
import { breaksFor } from '../data/series-rules';

/** Layout of the search box and the breadcrumb in the shell. */
export const exploreStyles = css`
  atlas-search {
    flex: 0 1 17rem;
    min-width: 12rem;
  }
  /* Over the map's top edge, right of its zoom buttons. */
  .crumbs {
    position: absolute;
    z-index: 3;
    top: 0.6rem;
    left: 3.25rem;
    max-width: calc(100% - 4rem);
    padding: 0.2rem 0.6rem;
    background: color-mix(in srgb, var(--_bg) 92%, transparent);
    border: 1px solid var(--_border);
    border-radius: 6px;
    box-shadow: 0 1px 4px rgb(0 0 0 / 0.12);
  }
`;

const entriesOf = new WeakMap<SeriesFile, () => SearchEntry[]>();
const entityMaps = new WeakMap<SeriesFile, Map<string, EntityDef>>();

function entities(series: SeriesFile): Map<string, EntityDef> {
  let map = entityMaps.get(series);
  if (!map) entityMaps.set(series, (map = new Map(series.entities.map((e) => [e.id, e]))));
  return map;
}

/** The "find a place" box, over the areas, prefectures and counties of series.json. */
export function searchTemplate(session: AtlasSession | null, s: AtlasState) {
  if (!session) return nothing;
  // Listed only when a reader first types (a few dozen ms saved from the first view).
  let entries = entriesOf.get(session.series);
  if (!entries) {
    const series = session.series;
    let list: SearchEntry[] | null = null;
    entriesOf.set(series, (entries = () => (list ??= searchEntries(series.entities))));
  }
  return html`<atlas-search .lang=${s.lang} .entries=${entries}></atlas-search>`;
}

/** China › area › county, over the map's top-left corner (map tab; hidden at the top level). */
export function breadcrumbTemplate(session: AtlasSession | null, s: AtlasState) {
  if (!session || s.tab !== 'map') return nothing;
  const crumbs = drillPath(s, entities(session.series));
  if (crumbs.length < 2) return nothing;
  return html`<atlas-breadcrumb class="crumbs" .lang=${s.lang} .crumbs=${crumbs}></atlas-breadcrumb>`;
}

/** The year an area's county list shows: the map's, when the county indicator has values then, else its latest. */
function countyYear(session: AtlasSession, indicator: string, year: number): number {
  const years = session.catalog.dataYears(indicator);
  return years.includes(year) || years.length === 0 ? year : years[years.length - 1];
}

/**
 * What the detail panel adds under the region's name (`slot="under-title"`:
 * a county's area and prefecture, linked) and after its facts
 * (`slot="drill"`: an area's or prefecture's counties).
 */
export function drillSlotsTemplate(session: AtlasSession, s: AtlasState) {
  const id = s.selected;
  if (!id) return nothing;
  const series = session.series;
  if (s.view === 'counties') {
    const { area, prefecture } = parentsOf(entities(series), id);
    return html`<atlas-parent-links slot="under-title" .lang=${s.lang} .area=${area} .prefecture=${prefecture}></atlas-parent-links>`;
  }
  const indicator = countyIndicatorFor(series, s.indicator);
  const year = countyYear(session, indicator, s.year);
  const def = (x: string) => series.indicators.find((d) => d.id === x) ?? null;
  const listCount = s.view === 'areas' ? (series.values.county_count_list?.[id]?.[0]?.[1] ?? null) : null;
  return html`<atlas-county-list slot="drill" .lang=${s.lang} .parent=${id} .kind=${s.view === 'areas' ? 'area' : 'prefecture'}
    .rows=${countyRows(series, id, indicator, year)} .indicator=${def(indicator)} .exitIndicator=${def('exit_year')}
    .year=${year} .listCount=${listCount}></atlas-county-list>`;
}

/** Whether the indicator is drawn as a line chart (coded values are not), so pinning can compare it. */
function charted(session: AtlasSession, s: AtlasState): boolean {
  const ind = session.catalog.indicator(s.indicator);
  return !!ind && ind.id !== MEMBERSHIP_ID && ind.scale !== 'ordinal';
}

/** The pin toggle and the pinned regions, under the panel's chart (`slot="compare"`). */
export function pinSlotTemplate(session: AtlasSession, s: AtlasState) {
  if (!s.selected || !charted(session, s)) return nothing;
  const byId = entities(session.series);
  const name = (id: string) => byId.get(id)?.name ?? session.catalog.regionsOf(s.view).find((r) => r.id === id)?.name ?? { zh: id, en: id };
  const pinned = s.pinned.map((id) => ({ id, name: name(id), drawn: seriesFor(session.series, s.indicator, id).length > 0 }));
  const indicatorName = session.catalog.indicator(s.indicator)?.name[s.lang] ?? '';
  return html`<atlas-pin-bar slot="compare" .lang=${s.lang} .region=${s.selected} .pinned=${pinned} .max=${MAX_PINNED}
    .indicatorName=${indicatorName}></atlas-pin-bar>`;
}

/** The pinned regions' series of the indicator, for the panel's chart (the selected region's own is drawn first). */
export function compareLines(session: AtlasSession, s: AtlasState): ChartLine[] {
  if (!charted(session, s)) return [];
  const byId = entities(session.series);
  return s.pinned
    .filter((id) => id !== s.selected)
    .map((id) => {
      const series = seriesFor(session.series, s.indicator, id);
      const used = new Set(series.map((p) => p.sourceId));
      return {
        id,
        name: byId.get(id)?.name[s.lang] ?? id,
        series,
        breakYears: breaksFor(session.series.breaks, id, s.indicator).map((b) => b.year),
        sources: session.series.sources.filter((x) => used.has(x.id)),
      };
    })
    .filter((line) => line.series.length > 0);
}

/** The table's second year: its rows and the years to choose from. */
export function year2Props(session: AtlasSession, s: AtlasState) {
  const years = session.catalog.dataYears(s.indicator);
  const year2 = s.year2 !== null && years.includes(s.year2) ? s.year2 : null;
  return { years, year2, rows2: year2 === null ? [] : session.tableRows({ ...s, year: year2 }) };
}
