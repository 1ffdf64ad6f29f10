import { LitElement, css, html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import { formatBound, formatValue, unitLabel } from '../data/format';
import type { IndicatorDef, Lang, SourceDef } from '../data/schema';
import { t } from '../i18n/messages';
import { lineChartGeometry, splitRuns, type ChartBox } from './line-chart-geometry';
import { panelTheme } from './panel-theme';
import { breakLabelPlace, labelWidth } from './panel-data';
import type { ShownValue } from './shown-value';
import { isLowTrust, sourceIndex } from './source-label';

const BOX: ChartBox = { width: 320, height: 176, margin: { top: 26, right: 12, bottom: 24, left: 46 } };

/** How many series can be told apart (the selected region and four pinned), each by colour and dash (classes s0…s4). */
const LOOKS = 5;

/** One line of the chart: a region's series for the indicator. */
export interface ChartLine {
  /** Region id ('' for the selected region's own line). */
  id: string;
  /** Name in the current language, for the key and the points' labels. */
  name: string;
  series: ShownValue[];
  /** First years of the series breaks of that region and indicator. */
  breakYears: number[];
  /** Sources of its values, for the trust marks (the selected region's are `sources`). */
  sources?: SourceDef[];
}

/**
 * @summary A small SVG line chart of one region's series for one indicator.
 * Consecutive years are joined; a missing year leaves a gap (never a line
 * across it); a series break is drawn as a labelled vertical mark and also
 * cuts the line; the selected year is marked; values from less trusted
 * sources are hollow dots. Up to four other regions' series of the same
 * indicator (`compare`) are drawn on the same axes, each with its own colour
 * and dash and named in the key. No chart library.
 *
 * @csspart chart - The SVG.
 * @csspart key - The key under the chart.
 * @cssproperty --atlas-chart-line - Line and dot colour (the selected region's line when comparing).
 * @cssproperty --atlas-chart-line-2 - Colour of the first compared region (then -3, -4, -5).
 * @cssproperty --atlas-accent - Selected-year mark colour.
 * @cssproperty --atlas-warn - Series-break mark colour.
 * @cssproperty --atlas-muted - Axis text colour.
 */
@defineElement('atlas-line-chart')
export class AtlasLineChart extends LitElement {
  /** Language of labels and number formats. */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** Name of the region, in the current language (for the chart's accessible label). */
  @property() entityLabel = '';
  /** The indicator charted (unit, decimals, English factor). */
  @property({ attribute: false }) indicator: IndicatorDef | null = null;
  /** The region's values, any order; missing years are simply absent. */
  @property({ attribute: false }) series: ShownValue[] = [];
  /** Year selected on the timeline, marked on the chart. */
  @property({ type: Number }) selectedYear: number | null = null;
  /** Sources of the values (for the trust marks). */
  @property({ attribute: false }) sources: SourceDef[] = [];
  /** First years of series breaks that apply to this region and indicator. */
  @property({ attribute: false }) breakYears: number[] = [];
  /** Other regions' series of the same indicator (pinned for comparison), drawn on the same axes. */
  @property({ attribute: false }) compare: ChartLine[] = [];
  /** Writes the unit over the value axis; off where the unit stands just above the chart (the detail panel's value). */
  @property({ attribute: false }) axisUnit = true;

  static override styles = [
    panelTheme,
    css`
      :host {
        display: block;
      }
      svg {
        display: block;
        width: 100%;
        height: auto;
        overflow: visible;
        font-size: 10px;
      }
      .axis text {
        fill: var(--_muted);
      }
      .axis .unit {
        font-weight: 600;
      }
      .grid {
        stroke: #e3e3e3;
      }
      .baseline {
        stroke: #8c8c8c;
      }
      /* Compared series: colour and dash both differ, so they read apart in grey too. */
      .s0 {
        --_s: var(--_line);
      }
      .s1 {
        --_s: var(--atlas-chart-line-2, #b35900);
        --_dash: 6 3;
      }
      .s2 {
        --_s: var(--atlas-chart-line-3, #00795a);
        --_dash: 2 2;
      }
      .s3 {
        --_s: var(--atlas-chart-line-4, #a4487f);
        --_dash: 8 3 2 3;
      }
      .s4 {
        --_s: var(--atlas-chart-line-5, #4d4d4d);
        --_dash: 1 3;
      }
      .line {
        fill: none;
        stroke: var(--_s, var(--_line));
        stroke-dasharray: var(--_dash, none);
        stroke-width: 2;
        stroke-linejoin: round;
      }
      .dot {
        fill: var(--_s, var(--_line));
        stroke: var(--_s, var(--_line));
        stroke-width: 1.5;
      }
      .key .name {
        color: var(--_text);
      }
      .swatch {
        display: inline-block;
        width: 22px;
        height: 8px;
        margin-right: 0.3rem;
        overflow: visible;
      }
      .key .none {
        color: var(--_muted);
      }
      .dot.low {
        fill: var(--_bg);
      }
      .selected line {
        stroke: var(--_accent);
        stroke-dasharray: 3 2;
      }
      .selected text {
        fill: var(--_accent);
        font-weight: 600;
      }
      .break line {
        stroke: var(--_warn);
        stroke-width: 1.5;
        stroke-dasharray: 1 2;
      }
      .break text {
        fill: var(--_warn);
      }
      .key {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.9rem;
        margin: 0.3rem 0 0;
        padding: 0;
        list-style: none;
        font-size: 0.75rem;
        color: var(--_muted);
      }
      .empty {
        color: var(--_muted);
        font-size: 0.875rem;
      }
    `,
  ];

  override render() {
    const ind = this.indicator;
    if (!ind) return nothing;
    const lang = this.lang;
    const lines = this.lines();
    if (lines.every((l) => l.series.length === 0)) return html`<p class="empty">${t(lang, 'chart.empty')}</p>`;
    const byId = sourceIndex([...this.sources, ...this.compare.flatMap((l) => l.sources ?? [])]);
    const all = lines.flatMap((l) => l.series);
    const extent = { years: all.map((d) => d.year), values: all.map((d) => d.value) };
    const geos = lines.map((l) =>
      lineChartGeometry(l.series, {
        ...BOX,
        breakYears: l.breakYears,
        selectedYear: this.selectedYear,
        isLowTrust: (id) => isLowTrust(byId.get(id)?.trust),
        extent,
      }),
    );
    const g = geos[0];
    const breaks = geos.flatMap((x) => x.breaks).filter((b, i, list) => list.findIndex((o) => o.year === b.year) === i);
    const { width, height, margin } = BOX;
    const unit = unitLabel(ind, lang);
    const label = this.compare.length
      ? t(lang, 'compare.chartLabel', { names: lines.map((l) => l.name).join(lang === 'zh' ? '、' : ', '), indicator: ind.name[lang], unit })
      : t(lang, 'chart.label', { name: this.entityLabel, indicator: ind.name[lang], unit });
    const hasGap = geos.some((x) => splitRuns(x.points).length > 1);
    const hasLow = geos.some((x) => x.points.some((p) => p.lowTrust));
    const point = (name: string, p: { year: number; value: number }) =>
      `${this.compare.length ? `${name} ` : ''}${t(lang, 'chart.point', { year: p.year, value: formatValue(p.value, ind, lang) })}`;
    return html`
      <svg part="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label=${label}>
        <g class="axis" aria-hidden="true">
          ${this.axisUnit ? svg`<text class="unit" x="0" y="10">${unit}</text>` : nothing}
          ${g.yTicks.map(
            (tick) => svg`<line class=${tick.value === 0 ? 'baseline' : 'grid'} x1=${margin.left} x2=${width - margin.right} y1=${tick.y} y2=${tick.y}></line>
              <text x=${margin.left - 4} y=${tick.y} dy="0.32em" text-anchor="end">${formatBound(tick.value, ind, lang)}</text>`,
          )}
          ${g.xTicks.map((tick) => svg`<text x=${tick.x} y=${height - margin.bottom + 14} text-anchor="middle">${tick.year}</text>`)}
        </g>
        ${breaks.map((b) => {
          // Beside its mark, away from the selected year's: the label never crosses the value read now.
          const at = breakLabelPlace(b.x, g.selected?.x ?? null, width, labelWidth(t(lang, 'chart.break'), 10));
          return svg`<g class="break"><line x1=${b.x} x2=${b.x} y1=${margin.top} y2=${height - margin.bottom}></line>
            <text x=${at.x} y=${margin.top - 4} text-anchor=${at.anchor}>${t(lang, 'chart.break')}</text></g>`;
        })}
        ${g.selected
          ? svg`<g class="selected"><line x1=${g.selected.x} x2=${g.selected.x} y1=${margin.top} y2=${height - margin.bottom}></line></g>`
          : nothing}
        ${geos.map((x, i) => {
          return svg`<g class="series s${i % LOOKS}" data-id=${lines[i].id}>
            ${x.segments.map((d) => svg`<path class="line" d=${d}></path>`)}
            ${x.points.map(
              (p) => svg`<circle class=${p.lowTrust ? 'dot low' : 'dot'} cx=${p.x} cy=${p.y}
                r=${p.year === this.selectedYear ? 4.5 : 3}><title>${point(lines[i].name, p)}</title></circle>`,
            )}
          </g>`;
        })}
      </svg>
      <ul class="visually-hidden">
        ${lines.flatMap((l) => [...l.series].sort((a, b) => a.year - b.year).map((p) => html`<li>${point(l.name, p)}</li>`))}
      </ul>
      ${this.renderKey(lines, hasGap, hasLow, breaks.length > 0)}
    `;
  }

  /** The selected region's line first, then the compared ones. */
  private lines(): ChartLine[] {
    return [{ id: '', name: this.entityLabel, series: this.series, breakYears: this.breakYears }, ...this.compare];
  }

  private renderKey(lines: ChartLine[], hasGap: boolean, hasLow: boolean, hasBreak: boolean) {
    const lang = this.lang;
    return html`<ul class="key" part="key" aria-hidden="true">
      ${this.compare.length
        ? lines.map(
            (l, i) => html`<li class="name s${i % LOOKS}"><svg class="swatch" viewBox="0 0 22 8"><path class="line" d="M1,4H21"></path></svg
              >${l.name}${l.series.length ? nothing : html` <span class="none">(${t(lang, 'compare.noLine')})</span>`}</li>`,
          )
        : nothing}
      ${this.selectedYear !== null ? html`<li>┆ ${t(lang, 'chart.selected')} ${this.selectedYear}</li>` : nothing}
      ${hasBreak ? html`<li>┊ ${t(lang, 'chart.break')}</li>` : nothing}
      ${hasLow ? html`<li>${t(lang, 'chart.lowTrust')}</li>` : nothing}
      ${hasGap ? html`<li>${t(lang, 'chart.gap')}</li>` : nothing}
    </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-line-chart': AtlasLineChart;
  }
}
