/**
 * What <poverty-atlas> hands to a reader who downloads: the table's rows as
 * CSV (table-csv.ts) and a PNG of the map as shown (map-svg.ts + png.ts),
 * both read from the atlas's session and state, never from the screen's
 * pixels.
 */
import type { Lang } from '../data/schema';
import { formatBound, formatValue, unitLabel } from '../data/format';
import { t } from '../i18n/messages';
import type { AtlasMap } from '../components/atlas-map';
import { sortTableRows } from '../components/sort-table-rows';
import { readTheme } from '../map/map-theme';
import type { AtlasSession } from '../state/atlas-session';
import type { AtlasState } from '../state/atlas-state';
import { atlasRoot } from '../embed/asset-base';
import { renderMapSvg } from './map-svg';
import { composePng, type LegendItem } from './png';
import { csvFileName, tableCsv } from './table-csv';

/** The session, or an error saying the data is not there yet (an export asked for too early). */
function loaded(session: AtlasSession | null): AtlasSession {
  if (!session) throw new Error('the data has not loaded');
  return session;
}

/** The table's rows as CSV, in the table's order (its sort, else largest value first). */
export function atlasCsv(loading: AtlasSession | null, s: AtlasState): { text: string; file: string } {
  const session = loaded(loading);
  const vm = session.viewModel(s);
  if (!vm.indicator) throw new Error('no indicator shown');
  const key = s.sort?.key === 'name' ? 'name' : 'value';
  const dir = s.sort ? (s.sort.dir === 'asc' ? 'ascending' : 'descending') : key === 'name' ? 'ascending' : 'descending';
  const rows = sortTableRows(session.tableRows(s), key, dir, s.lang);
  return { text: tableCsv({ indicator: vm.indicator, rows, sources: session.series.sources }), file: csvFileName(vm.indicator.id, s.year) };
}

/** The legend's entries as the legend shows them, then the hatched "no data". */
function legendItems(session: AtlasSession, s: AtlasState): LegendItem[] {
  const { indicator: ind, scale } = session.viewModel(s);
  if (!ind || !scale) return [];
  const lang: Lang = s.lang;
  const fmt = (v: number) => formatBound(v, ind, lang);
  const n = scale.bins.length;
  const items = scale.bins.map((b, i): LegendItem => {
    if (scale.kind === 'ordinal') return { color: b.color, label: formatValue(b.value ?? b.from, ind, lang) };
    if (scale.kind === 'threshold' && i === 0) return { color: b.color, label: `< ${fmt(scale.breaks[0])}` };
    if (scale.kind === 'threshold' && i === n - 1) return { color: b.color, label: `≥ ${fmt(scale.breaks[n - 2])}` };
    return { color: b.color, label: `${fmt(b.from)}–${fmt(b.to)}` };
  });
  return [...items, { color: null, label: t(lang, 'legend.noData') }];
}

/** A PNG of the map as shown, with title, legend, year and sources; `scale` 2 for print. */
export async function atlasPng(atlas: HTMLElement & { renderRoot: ParentNode }, loading: AtlasSession | null, s: AtlasState, scale: number): Promise<{ blob: Blob; file: string }> {
  const session = loaded(loading);
  const lang = s.lang;
  const mapEl = atlas.renderRoot.querySelector('atlas-map') as AtlasMap | null;
  const props = session.mapProps(s, null);
  const model = mapEl?.model ?? props.model;
  const vm = props.vm;
  const shown = !!mapEl && mapEl.clientWidth > 0 && mapEl.clientHeight > 0;
  // The map as on screen; from another tab, the view fitted at the atlas's width.
  const width = shown ? mapEl.clientWidth : Math.max(320, atlas.clientWidth || 800);
  const height = shown ? mapEl.clientHeight : Math.round(width * 0.62);
  const camera = shown ? (mapEl.activeRenderer?.camera() ?? null) : null;
  const theme = readTheme(mapEl ?? atlas);
  const svg = await renderMapSvg({ model: { ...model, highlight: null }, theme, camera, width, height, scale });
  const host = getComputedStyle(atlas);
  const prop = (name: string, fallback: string) => host.getPropertyValue(name).trim() || fallback;
  const ind = vm.indicator;
  const unit = ind ? unitLabel(ind, lang) : '';
  const year = s.year ? (lang === 'zh' ? `${s.year}年` : String(s.year)) : '';
  const sources = session.sourceNames(s);
  const blob = await composePng(
    svg,
    {
      width,
      mapHeight: height,
      title: ind ? ind.name[lang] : t(lang, 'app.title'),
      subtitle: [t(lang, `view.${s.view}`), year].filter(Boolean).join(' · '),
      legendTitle: ind ? `${ind.name[lang]}${unit ? (lang === 'zh' ? `（${unit}）` : ` (${unit})`) : ''}` : '',
      legend: legendItems(session, s),
      notes: vm.indicator && s.year ? [t(lang, 'legend.coverage', { ...vm.coverage, noun: props.noun[lang], year: s.year })] : [],
      source: sources.length ? t(lang, 'legend.source', { list: sources.join(lang === 'zh' ? '；' : '; ') }) : '',
      credit: `${t(lang, 'export.credit')} · ${atlasRoot()}`,
      colors: {
        text: prop('--_text', '#1b1b1b'),
        muted: prop('--_muted', '#545454'),
        bg: prop('--_bg', '#ffffff'),
        border: prop('--_border', '#c9c9c9'),
        hatch: theme.hatch,
        noData: theme.noData,
      },
      font: host.fontFamily || 'sans-serif',
    },
    scale,
  );
  const base = csvFileName(ind?.id ?? s.view, s.year).replace(/\.csv$/, '');
  return { blob, file: `${base}${scale === 1 ? '' : `@${scale}x`}.png` };
}

/** Saves a blob under a file name (a temporary blob: link, clicked). */
export function download(blob: Blob, file: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = file;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
