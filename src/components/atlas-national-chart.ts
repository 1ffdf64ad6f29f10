import { LitElement, css, html, nothing, svg } from 'lit';
import { property, state } from 'lit/decorators.js';
import { scaleLinear, type ScaleLinear } from 'd3-scale';
import { defineElement } from '../embed/define';
import { formatBound, formatNumber, formatValue, unitLabel } from '../data/format';
import type { Lang, SeriesFile } from '../data/schema';
import { DataStore } from '../state/data-store';
import { st } from '../story/messages';
import { MEASURES, MILESTONES, STANDARD_LABEL, lineSegments, milestoneKey, nationalModel, type Measure, type NationalLine, type NationalModel } from '../story/national-series';
import { panelTheme } from './panel-theme';
import { sourceShortName } from './source-label';

const MARGIN = { top: 14, right: 16, bottom: 30, left: 52 };
/** Room on the right for the last milestone's year. */
const LABEL_ROOM = 24;
const MARKERS = ['circle', 'square', 'triangle'] as const;

interface Active {
  measure: Measure;
  line: number;
  point: number;
}

/**
 * @summary China's rural poor population and poverty headcount ratio,
 * 1978–2020, under the 1978, 2008 and 2010 standards: three separately
 * labelled lines per measure, never joined; the six policy milestones on the
 * time axis; notes on single figures (seed 003's misprinted 2013 population)
 * flagged under the chart, never drawn as points. Every number comes from
 * series.json: pass `series`, or the element fetches it (relative to
 * `data-base`). Keyboard: focus a plot, arrows move between figures (read
 * out), up / down switch standard; the Table button shows every figure.
 *
 * @csspart plot - Each measure's SVG.
 * @csspart table - The table alternative.
 * @cssproperty --atlas-chart-font - Font size inside the plots (default 12px).
 * @cssproperty --atlas-chart-plot-height - Height of each plot (default scales with the width).
 * @cssproperty --atlas-std1978 - @cssproperty --atlas-std2008 - @cssproperty --atlas-std2010 - Line colours.
 */
@defineElement('atlas-national-chart')
export class AtlasNationalChart extends LitElement {
  /** Language of labels and numbers. */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** series.json as loaded; fetched by the element when not given. */
  @property({ attribute: false }) series: SeriesFile | null = null;
  /** Years to shade, e.g. a stage of poverty alleviation. */
  @property({ attribute: false }) span: [number, number] | null = null;
  /** A year to mark with a vertical line (0: none). */
  @property({ type: Number }) year = 0;
  /** Show the table instead of the plots. */
  @property({ type: Boolean, reflect: true }) table = false;

  @state() private width = 640;
  @state() private height = 240;
  @state() private active: Active | null = null;
  @state() private error = '';
  private model: NationalModel | null = null;
  private modelOf: SeriesFile | null = null;
  private readonly resize = new ResizeObserver(([entry]) => {
    const { width, height } = entry.contentRect;
    if (width > 0) [this.width, this.height] = [Math.round(width), Math.round(height) || this.height];
  });

  static override styles = [
    panelTheme,
    css`
      :host {
        display: block;
        container-type: inline-size;
        --_std1978: var(--atlas-std1978, #b35c00);
        --_std2008: var(--atlas-std2008, #6a3d9a);
        --_std2010: var(--atlas-std2010, #0a5aa8);
        font-size: var(--atlas-chart-text, 14px);
      }
      figure { margin: 0; }
      .head { display: flex; align-items: baseline; justify-content: space-between; gap: 0.5em; flex-wrap: wrap; }
      h2 { font-size: 1.15em; margin: 0 0 0.3em; }
      h3 { font-size: 1em; margin: 0.4em 0 0.1em; font-weight: 600; }
      button { font: inherit; padding: 0.2em 0.7em; border: 1px solid var(--_border); background: var(--_bg); border-radius: 4px; cursor: pointer; color: var(--_text); }
      .key { display: flex; flex-wrap: wrap; gap: 0.3em 1.2em; margin: 0.2em 0; padding: 0; list-style: none; }
      .key svg { vertical-align: middle; margin-right: 0.3em; }
      .plot { height: var(--atlas-chart-plot-height, clamp(150px, 34cqw, 330px)); position: relative; }
      svg.chart { display: block; width: 100%; height: 100%; overflow: visible; font-size: var(--atlas-chart-font, 12px); }
      svg.chart:focus-visible { outline: 2px solid var(--_accent); outline-offset: 2px; }
      .axis text { fill: var(--_muted); }
      .axis line, .axis path { stroke: var(--_border); }
      .grid { stroke: #e6e6e6; }
      .s1978std { stroke: var(--_std1978); fill: var(--_std1978); color: var(--_std1978); }
      .s2008std { stroke: var(--_std2008); fill: var(--_std2008); color: var(--_std2008); }
      .s2010std { stroke: var(--_std2010); fill: var(--_std2010); color: var(--_std2010); }
      path.seg { fill: none; stroke-width: 2.5; }
      path.seg.gap { stroke-dasharray: 2 4; stroke-width: 1.5; }
      .label { stroke: none; font-weight: 600; paint-order: stroke; }
      .milestone line { stroke: #777; stroke-dasharray: 3 3; }
      .milestone text { fill: #444; font-weight: 600; }
      .span { fill: #f2e6c9; }
      .cursor { stroke: var(--_accent); stroke-width: 2; }
      .flag { fill: var(--_warn); font-weight: 700; font-size: 1.25em; }
      .ring { fill: none; stroke: var(--_text); stroke-width: 2; }
      .readout { position: absolute; top: 0; left: 60px; right: 0; pointer-events: none; font-weight: 600; }
      ol.milestones { margin: 0.5em 0 0; padding-left: 0; list-style: none; display: grid; grid-template-columns: repeat(auto-fill, minmax(18em, 1fr)); gap: 0.15em 1.2em; }
      ol.milestones b { display: inline-block; min-width: 3em; }
      .notes { margin: 0.5em 0 0; padding: 0.4em 0.6em; border-left: 3px solid var(--_warn); background: #fbf6ee; }
      .notes p { margin: 0.2em 0; }
      .small { font-size: 0.85em; color: var(--_muted); margin: 0.35em 0 0; }
      table { border-collapse: collapse; font-size: 0.9em; width: 100%; }
      th, td { border-bottom: 1px solid var(--_border); padding: 0.2em 0.5em; text-align: right; }
      th:first-child, td:first-child { text-align: left; }
      .table-wrap { max-height: 60vh; overflow: auto; }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    if (!this.series) void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
  }

  protected override updated(): void {
    const plot = this.renderRoot.querySelector('.plot');
    if (plot && !this.observed) {
      this.resize.observe(plot);
      this.observed = true;
    }
  }
  private observed = false;

  private async load(): Promise<void> {
    const base = new URL(this.getAttribute('data-base') ?? '.', document.baseURI).href;
    try {
      this.series = await new DataStore(base.endsWith('/') ? base : `${base}/`).loadSeries();
    } catch (e) {
      this.error = (e as Error).message;
    }
  }

  private get data(): NationalModel | null {
    if (this.series && this.modelOf !== this.series) {
      this.model = nationalModel(this.series);
      this.modelOf = this.series;
    }
    return this.series ? this.model : null;
  }

  override render() {
    const lang = this.lang;
    const m = this.data;
    if (!m) return html`<p role=${this.error ? 'alert' : 'status'}>${this.error || st(lang, 'chart.loading')}</p>`;
    const has = MEASURES.some((k) => m.lines[k].length > 0);
    return html`<figure aria-labelledby="t">
      <div class="head">
        <h2 id="t">${st(lang, 'chart.title')}</h2>
        <button type="button" aria-pressed=${this.table ? 'true' : 'false'} @click=${() => (this.table = !this.table)}>
          ${st(lang, this.table ? 'chart.graph' : 'chart.table')}
        </button>
      </div>
      ${!has ? html`<p role="alert">${st(lang, 'chart.noData')}</p>` : nothing}
      ${this.table ? this.renderTable(m) : html`${this.renderKey(m)}${MEASURES.map((k) => this.renderPlot(m, k))}
        <p class="small">${st(lang, 'chart.explain')} ${st(lang, 'chart.keys')}</p>`}
      <h3>${st(lang, 'chart.milestones')}</h3>
      <ol class="milestones">${MILESTONES.map((y) => html`<li><b>${y}</b> ${st(lang, milestoneKey(y))}</li>`)}</ol>
      ${m.notes.length
        ? html`<div class="notes" role="note"><h3>⚑ ${st(lang, 'chart.notes')}</h3>
            ${m.notes.map((n) => html`<p><b>${st(lang, 'chart.flag', { year: n.year, indicator: this.indicatorName(n.indicator) })}</b>: ${n.note[lang]}</p>`)}</div>`
        : nothing}
      <p class="small">${st(lang, 'chart.sources', { list: m.sources.map((s) => sourceShortName(s)).join(lang === 'zh' ? '；' : '; ') })} · ${st(lang, 'milestone.source')}</p>
      <div class="visually-hidden" role="status" aria-live="polite">${this.readout()}</div>
    </figure>`;
  }

  private indicatorName(id: string): string {
    return this.series?.indicators.find((d) => d.id === id)?.name[this.lang] ?? id;
  }

  private renderKey(m: NationalModel) {
    const lines = m.lines.population.length ? m.lines.population : m.lines.incidence;
    return html`<ul class="key">${lines.map((l, i) => html`<li><svg width="30" height="12" aria-hidden="true" class="s${l.standard}">
        <line x1="0" x2="30" y1="6" y2="6" stroke-width="2.5"></line>${this.marker(15, 6, i, 4)}</svg>${st(this.lang, STANDARD_LABEL[l.standard])}</li>`)}</ul>`;
  }

  private marker(x: number, y: number, i: number, r = 3.5) {
    const kind = MARKERS[i % MARKERS.length];
    if (kind === 'square') return svg`<rect x=${x - r} y=${y - r} width=${2 * r} height=${2 * r}></rect>`;
    if (kind === 'triangle') return svg`<path d=${`M${x},${y - r * 1.2}L${x + r * 1.1},${y + r * 0.8}L${x - r * 1.1},${y + r * 0.8}Z`}></path>`;
    return svg`<circle cx=${x} cy=${y} r=${r}></circle>`;
  }

  private scales(m: NationalModel, measure: Measure) {
    const wide = this.width >= 560;
    const right = wide ? LABEL_ROOM : MARGIN.right;
    const x = scaleLinear().domain(m.years).range([MARGIN.left, this.width - right]);
    const max = Math.max(1, ...m.lines[measure].flatMap((l) => l.points.map((p) => p.value)));
    // Narrow plots print the milestones' years on two rows: 2011 and 2013 would overlap.
    const y = scaleLinear().domain([0, max]).nice(4).range([this.height - MARGIN.bottom, MARGIN.top + (wide ? 0 : 11)]);
    return { x, y, wide };
  }

  private renderPlot(m: NationalModel, measure: Measure) {
    const lines = m.lines[measure];
    if (lines.length === 0) return nothing;
    const lang = this.lang;
    const { x, y, wide } = this.scales(m, measure);
    const ind = lines[0].indicator;
    const unit = unitLabel(ind, lang);
    const [bottom, top] = [this.height - MARGIN.bottom, MARGIN.top + (wide ? 0 : 11)];
    const span = this.span ? [Math.max(this.span[0], m.years[0]), Math.min(this.span[1], m.years[1])] : null;
    const ticks = x.ticks(Math.max(3, Math.floor(this.width / 130))).filter(Number.isInteger);
    const flags = m.notes.filter((n) => lines.some((l) => l.indicator.id === n.indicator));
    const title = `${st(lang, measure === 'population' ? 'chart.population' : 'chart.incidence')}${unit ? ` (${unit})` : ''}`;
    const active = this.active?.measure === measure ? lines[this.active.line]?.points[this.active.point] : undefined;
    return html`<h3>${title}</h3>
      <div class="plot">
        <svg class="chart" part="plot" tabindex="0" role="img" aria-label=${`${title}. ${st(lang, 'chart.keys')}`}
          viewBox="0 0 ${this.width} ${this.height}" @keydown=${(e: KeyboardEvent) => this.onKey(e, measure)}
          @pointermove=${(e: PointerEvent) => this.onPointer(e, measure)} @pointerleave=${() => (this.active = null)}
          @blur=${() => (this.active = null)}>
          ${span && span[1] >= span[0] ? svg`<rect class="span" x=${x(span[0])} y=${top} width=${Math.max(3, x(span[1]) - x(span[0]))} height=${bottom - top}></rect>` : nothing}
          <g class="axis">
            ${y.ticks(4).map((v) => svg`<line class="grid" x1=${MARGIN.left} x2=${x(m.years[1])} y1=${y(v)} y2=${y(v)}></line>
              <text x=${MARGIN.left - 6} y=${y(v)} dy="0.32em" text-anchor="end">${formatBound(v, ind, lang)}</text>`)}
            <line x1=${MARGIN.left} x2=${x(m.years[1])} y1=${bottom} y2=${bottom}></line>
            ${ticks.map((t) => svg`<text x=${x(t)} y=${bottom + 16} text-anchor="middle">${t}</text>`)}
          </g>
          ${MILESTONES.map((yr, i) => svg`<g class="milestone"><line x1=${x(yr)} x2=${x(yr)} y1=${top} y2=${bottom}></line>
            <text x=${x(yr)} y=${top - 3 - (wide ? 0 : (i % 2) * 11)} text-anchor="middle" font-size="0.85em">${yr}</text></g>`)}
          ${this.year ? svg`<line class="cursor" x1=${x(this.year)} x2=${x(this.year)} y1=${top} y2=${bottom}></line>` : nothing}
          ${lines.map((l, i) => this.renderLine(l, i, x, y, wide))}
          ${flags.map((n) => svg`<text class="flag" x=${x(n.year)} y=${top + 14} text-anchor="middle" aria-hidden="true">⚑</text>`)}
          ${active ? svg`<circle class="ring" cx=${x(active.year)} cy=${y(active.value)} r="7"></circle>` : nothing}
        </svg>
        ${active ? html`<div class="readout" aria-hidden="true">${this.readout()}</div>` : nothing}
      </div>`;
  }

  private renderLine(l: NationalLine, i: number, x: (v: number) => number, y: ScaleLinear<number, number>, wide: boolean) {
    // The name sits above the line's first figure: the standards start far apart (1978 twice, 2000), their ends crowd together.
    const first = l.points[0];
    return svg`<g class="s${l.standard}">
      ${lineSegments(l.points).map((s) => svg`<path class="seg ${s.gap ? 'gap' : ''}" d=${`M${x(s.from.year)},${y(s.from.value)}L${x(s.to.year)},${y(s.to.value)}`}></path>`)}
      ${l.points.map((p) => this.marker(x(p.year), y(p.value), i))}
      ${wide ? svg`<text class="label" x=${x(first.year) + 8} y=${y(first.value) - (y(first.value) - y.range()[1] < 24 ? -18 : 9)}>${st(this.lang, STANDARD_LABEL[l.standard])}</text>` : nothing}
    </g>`;
  }

  private readout(): string {
    const m = this.data;
    const a = this.active;
    const line = a && m ? m.lines[a.measure][a.line] : undefined;
    const p = line?.points[a!.point];
    if (!line || !p) return '';
    return st(this.lang, 'chart.point', {
      std: st(this.lang, STANDARD_LABEL[line.standard]),
      year: p.year,
      value: formatValue(p.value, line.indicator, this.lang),
      source: p.source ? sourceShortName(p.source) : '—',
    });
  }

  private onKey(e: KeyboardEvent, measure: Measure): void {
    const lines = this.data?.lines[measure] ?? [];
    if (lines.length === 0) return;
    const a = this.active?.measure === measure ? this.active : { measure, line: lines.length - 1, point: -1 };
    const year = lines[a.line]?.points[a.point]?.year;
    let { line, point } = a;
    if (e.key === 'ArrowRight') point = Math.min(point + 1, lines[line].points.length - 1);
    else if (e.key === 'ArrowLeft') point = Math.max(point - 1, 0);
    else if (e.key === 'Home') point = 0;
    else if (e.key === 'End') point = lines[line].points.length - 1;
    else if (e.key === 'ArrowUp' || e.key === 'ArrowDown') {
      line = (line + (e.key === 'ArrowUp' ? 1 : lines.length - 1)) % lines.length;
      // Keep the year: the nearest figure of the other standard.
      const pts = lines[line].points;
      point = year === undefined ? 0 : pts.reduce((best, p, i) => (Math.abs(p.year - year) < Math.abs(pts[best].year - year) ? i : best), 0);
    } else return;
    e.preventDefault();
    e.stopPropagation();
    this.active = { measure, line, point: Math.max(point, 0) };
  }

  private onPointer(e: PointerEvent, measure: Measure): void {
    const m = this.data;
    const svgEl = e.currentTarget as SVGSVGElement;
    if (!m) return;
    const box = svgEl.getBoundingClientRect();
    const px = ((e.clientX - box.left) / box.width) * this.width;
    const py = ((e.clientY - box.top) / box.height) * this.height;
    const { x, y } = this.scales(m, measure);
    let best: Active | null = null;
    let bestD = 24 * 24;
    m.lines[measure].forEach((l, li) =>
      l.points.forEach((p, pi) => {
        const d = (x(p.year) - px) ** 2 + (y(p.value) - py) ** 2;
        if (d < bestD) [best, bestD] = [{ measure, line: li, point: pi }, d];
      }),
    );
    this.active = best;
  }

  private renderTable(m: NationalModel) {
    const lang = this.lang;
    const cols = MEASURES.flatMap((k) => m.lines[k]);
    const years = [...new Set(cols.flatMap((l) => l.points.map((p) => p.year)))].sort((a, b) => a - b);
    const measureName = (k: Measure) => st(lang, k === 'population' ? 'chart.population' : 'chart.incidence');
    return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${st(lang, 'chart.title')}><table>
      <caption class="visually-hidden">${st(lang, 'chart.title')}</caption>
      <thead><tr><th scope="col">${st(lang, 'chart.year')}</th>
        ${cols.map((l) => html`<th scope="col">${measureName(l.measure)}, ${st(lang, STANDARD_LABEL[l.standard])} (${unitLabel(l.indicator, lang)})</th>`)}</tr></thead>
      <tbody>${years.map((yr) => html`<tr><th scope="row">${yr}</th>${cols.map((l) => {
        const p = l.points.find((q) => q.year === yr);
        return html`<td title=${p?.source ? sourceShortName(p.source) : ''}>${p ? formatNumber(p.value, l.indicator, lang) : st(lang, 'chart.missing')}</td>`;
      })}</tr>`)}</tbody>
    </table></div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-national-chart': AtlasNationalChart;
  }
}
