/**
 * What a step shows besides the map: its caption with every quoted figure
 * formatted from series.json, and the sources behind what it shows (the
 * figures, the map's values in the step's year, the national chart). Pure.
 */
import { formatValue } from '../data/format';
import type { Lang, SeriesFile, SourceDef } from '../data/schema';
import { ViewCatalog } from '../state/view-catalog';
import { nationalModel } from './national-series';
import type { StoryContext } from './story-context';
import type { Block, Caption, StoryStep, ValueRef } from './story-types';
import { sourceById } from '../data/series-rules';

/** A caption run ready to draw: text, bold, and whether it is a figure from the data. */
export interface ShownRun {
  text: string;
  strong: boolean;
  figure: boolean;
}

export interface ShownBlock {
  kind: Block['kind'];
  runs: ShownRun[];
}

/** A quoted figure as the reader sees it ("9,899万人", "98.99 million people"); '—' if the row is missing. */
export function figureText(ref: ValueRef, lang: Lang, ctx: StoryContext): string {
  const v = ctx.value(ref);
  return v ? formatValue(v.value, v.indicator, lang) : '—';
}

export function shownCaption(caption: Caption, lang: Lang, ctx: StoryContext): ShownBlock[] {
  return caption.blocks.map((b) => ({
    kind: b.kind,
    runs: b.inlines.map((i) => (i.kind === 'text' ? { text: i.text, strong: i.strong, figure: false } : { text: figureText(i.ref, lang, ctx), strong: i.strong, figure: true })),
  }));
}

/** A caption as plain text (for the notes window and screen readers). */
export function captionText(caption: Caption, lang: Lang, ctx: StoryContext): string {
  return shownCaption(caption, lang, ctx)
    .map((b) => (b.kind === 'li' ? '• ' : '') + b.runs.map((r) => r.text).join(''))
    .join('\n');
}

/**
 * The sources behind a step, most used first: its quoted figures, the
 * values the map shows for the step's view, indicator and year, and the
 * national chart's series when it is shown.
 */
export function stepSources(step: StoryStep, series: SeriesFile, ctx: StoryContext, catalog = new ViewCatalog(series, {})): SourceDef[] {
  const count = new Map<string, { source: SourceDef; n: number }>();
  const add = (source: SourceDef | null | undefined, n = 1) => {
    if (!source) return;
    const c = count.get(source.id) ?? { source, n: 0 };
    c.n += n;
    count.set(source.id, c);
  };
  // Quoted figures first: a caption's numbers must always show where they come from.
  for (const ref of step.refs) add(ctx.value(ref)?.source, 1000);
  const { view, indicator, year } = step.state;
  if (indicator && year) for (const v of catalog.values(view, indicator, year).values()) add(sourceById(series.sources, v.sourceId));
  if (step.chart) for (const s of nationalModel(series).sources) add(s, 0.5);
  return [...count.values()].sort((a, b) => b.n - a.n).map((c) => c.source);
}
