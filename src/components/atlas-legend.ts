import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { cssomStyle } from '../embed/cssom-style';
import { defineElement } from '../embed/define';
import type { I18nText, IndicatorDef, Lang } from '../data/schema';
import { HATCH_COLOR, NO_DATA_COLOR, type ColorScale } from '../data/color-scale';
import { formatBound, formatValue, unitLabel } from '../data/format';
import { qualifierSummary } from '../data/value-text';
import { hatchCss } from '../map/hatch-image';
import { t } from '../i18n/messages';
import { panelTheme } from './panel-theme';
import { fire } from './atlas-events';

/** Above this many categories a legend reads best as a column (see the element's doc). */
const MANY = 8;

/** A category's short name (the membership indicator's areas: "Wuling Mts."), or null when it has none. */
function shortLabel(ind: IndicatorDef, value: number, lang: Lang): string | null {
  const category = ind.categories?.find((c) => c.value === value) as { short?: I18nText } | undefined;
  return category?.short?.[lang] ?? null;
}

/**
 * @summary The map's legend: the indicator and its unit, the colour bins of
 * the scale (the same bins the map uses, over all years), a hatched "no data"
 * swatch and how many regions have a value for the year shown.
 * @event atlas-legend-hover - Pointer over a bin. detail: `{ bin }` (index, 'nodata' or null).
 * @csspart legend - The whole legend.
 * @csspart title - The indicator and unit.
 * @csspart bins - The colour bar or list.
 * @csspart coverage - The "5 of 14 areas" line.
 * @csspart note - What the regions are (the counties view's 802 units).
 * @cssproperty --atlas-legend-swatch - Height of the colour bar (default 12px).
 * A legend of many categories (the counties' areas: 15) names them by their
 * short names, the full name on hover. A legend of categories that is tall
 * for its width (many of them, or a note under them: the counties view)
 * carries the attribute `column`, so the page can give it a tall narrow
 * place (the atlas: a column at the map's left edge, clear of Tibet and
 * Southern Xinjiang).
 */
@defineElement('atlas-legend')
export class AtlasLegend extends LitElement {
  /** Language of the labels and numbers. */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** Indicator on the map. */
  @property({ attribute: false }) indicator: IndicatorDef | null = null;
  /** Its colour scale (built over all years). */
  @property({ attribute: false }) scale: ColorScale | null = null;
  /** Regions with a value for the year shown, and regions drawn. */
  @property({ attribute: false }) coverage: { n: number; total: number; carried?: number; derived?: number; ranged?: number } | null = null;
  /** Year shown (0 for timeless indicators). */
  @property({ type: Number }) year = 0;
  /** Short names of the sources of the values shown, most used first. */
  @property({ attribute: false }) sources: string[] = [];
  /** Phones: fill the width given instead of sizing the colour bar to its labels, and leave the
   * source line to the tooltip, panel and table. */
  @property({ type: Boolean }) compact = false;
  /** A sentence on what the regions are, under the coverage line (the counties view: why 802 units for 680 counties). */
  @property() note = '';
  /** Noun for the regions ("areas" / "个片区"). */
  @property({ attribute: false }) noun: I18nText = { zh: '个地区', en: 'regions' };

  static override styles = [
    panelTheme,
    css`
      :host {
        display: block;
        font-size: 0.8125rem;
      }
      .title {
        font-weight: 600;
        margin: 0 0 0.35rem;
        font-size: 0.875rem;
      }
      .row {
        display: flex;
        align-items: flex-start;
        gap: 0.9rem;
      }
      .scale {
        flex: 1 1 auto;
        position: relative;
      }

      .bar {
        display: flex;
        height: var(--atlas-legend-swatch, 12px);
      }
      .bar .sw {
        flex: 1 1 0;
        height: 100%;
        border: 0;
      }
      .sw {
        display: block;
        border: 1px solid rgba(0, 0, 0, 0.2);
      }
      .ticks {
        position: relative;
        height: 1.1rem;
        border-top: 0;
      }
      .ticks.stagger {
        height: 2rem;
      }
      .ticks.stagger .tick:nth-child(even) {
        top: 0.95rem;
      }
      .tick {
        position: absolute;
        top: 2px;
        font-size: 0.75rem;
        color: var(--_muted);
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
      }
      .nd {
        flex: none;
        display: flex;
        flex-direction: column;
        align-items: center;
      }
      .nd .sw {
        width: 2rem;
        height: var(--atlas-legend-swatch, 12px);
      }
      .ndlabel {
        font-size: 0.75rem;
        color: var(--_muted);
        margin-top: 2px;
      }
      .cats {
        display: flex;
        flex-wrap: wrap;
        gap: 0.15rem 0.75rem;
        font-size: 0.75rem;
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .cats li {
        display: flex;
        align-items: center;
        gap: 0.3rem;
      }
      .cats .sw {
        width: 0.9rem;
        height: 0.9rem;
        border-right-width: 1px;
        flex: none;
      }
      .source {
        margin-top: 0.1rem;
      }
      .coverage {
        margin: 0.35rem 0 0;
        color: var(--_muted);
        font-size: 0.75rem;
      }
    `,
  ];

  private noDataSwatch() {
    return html`<span class="sw" style=${cssomStyle({ background: hatchCss(HATCH_COLOR, NO_DATA_COLOR) })}></span>`;
  }

  private renderBins(ind: IndicatorDef, scale: ColorScale) {
    if (scale.kind === 'ordinal') {
      return html`<ul class="cats" part="bins">
        ${scale.bins.map((b, i) => {
          const full = formatValue(b.value ?? b.from, ind, this.lang);
          const short = shortLabel(ind, b.value ?? b.from, this.lang);
          return html`<li @mouseenter=${() => this.point(i)} title=${short ? full : nothing}><span class="sw" style=${cssomStyle({ background: b.color })}></span>${short ?? full}</li>`;
        })}
        <li @mouseenter=${() => this.point('nodata')}>${this.noDataSwatch()}${t(this.lang, 'legend.noData')}</li>
      </ul>`;
    }
    const n = scale.bins.length;
    const fmt = (v: number) => formatBound(v, ind, this.lang);
    // Threshold scales have open ends: only their breaks are labelled.
    const ends = scale.kind !== 'threshold';
    const ticks = [
      ...(ends ? [{ at: 0, text: fmt(scale.bins[0].from), shift: '0' }] : []),
      ...scale.breaks.map((b, i) => ({ at: (i + 1) / n, text: fmt(b), shift: '-50%' })),
      ...(ends ? [{ at: 1, text: fmt(scale.bins[n - 1].to), shift: '-100%' }] : []),
    ];
    // Wide enough for the longest tick label in every bin (a CJK character is about twice a digit);
    // where the width is given (phones), ticks that would still touch alternate on two rows (see updated()).
    const longest = Math.max(...ticks.map((k) => [...k.text].reduce((w, c) => w + (c.charCodeAt(0) > 0x2e80 ? 0.75 : 0.45), 0)));
    const perBin = longest + 0.8;
    return html`<div class="row" part="bins">
      <div class="scale" style=${cssomStyle({ minWidth: `${this.compact ? 0 : Math.max(10, n * 3, n * perBin)}rem` })}>
        <div class="bar" aria-hidden="true">
          ${scale.bins.map((b, i) => html`<span class="sw" style=${cssomStyle({ background: b.color })} @mouseenter=${() => this.point(i)}></span>`)}
        </div>
        <div class=${this.stagger ? 'ticks stagger' : 'ticks'} aria-hidden="true">
          ${ticks.map((k) => html`<span class="tick" style=${cssomStyle({ left: `${k.at * 100}%`, transform: `translateX(${k.shift})` })}>${k.text}</span>`)}
        </div>
        <ul class="visually-hidden">
          ${scale.bins.map((b) => html`<li>${fmt(b.from)}–${fmt(b.to)}</li>`)}
        </ul>
      </div>
      <div class="nd" @mouseenter=${() => this.point('nodata')}>${this.noDataSwatch()}<span class="ndlabel">${t(this.lang, 'legend.noData')}</span></div>
    </div>`;
  }

  override render() {
    const ind = this.indicator;
    if (!ind || !this.scale) return nothing;
    const unit = unitLabel(ind, this.lang);
    const title = unit && ind.csvUnit !== 'code'
      ? t(this.lang, 'legend.title', { indicator: ind.name[this.lang], unit })
      : t(this.lang, 'legend.titleNoUnit', { indicator: ind.name[this.lang] });
    const cov = this.coverage;
    const params = cov ? { n: cov.n, total: cov.total, noun: this.noun[this.lang], year: this.year } : null;
    // Short windows cut the note and the source line to one line each: their whole text is also their tooltip.
    const source = this.sources.length && !this.compact ? this.sourceLine() : '';
    return html`<div part="legend" role="group" aria-label=${title} @mouseleave=${() => this.point(null)}>
      <p class="title" part="title">${title}</p>
      ${this.renderBins(ind, this.scale)}
      ${params
        ? html`<p class="coverage" part="coverage">
            ${this.year ? t(this.lang, 'legend.coverage', params) : t(this.lang, 'legend.coverageTimeless', params)}${cov?.carried && this.year
              ? t(this.lang, 'legend.carried', { n: cov.carried })
              : ''}
          </p>${cov && (cov.derived || cov.ranged) ? html`<p class="coverage" part="coverage">${qualifierSummary(cov.derived ?? 0, cov.ranged ?? 0, this.lang)}</p>` : nothing}`
        : nothing}
      ${this.note ? html`<p class="coverage" part="note" title=${this.note}>${this.note}</p>` : nothing}
      ${source ? html`<p class="coverage source" part="source" title=${source}>${source}</p>` : nothing}
    </div>`;
  }

  /** Tick labels alternate on two rows when neighbours would touch ("100,000200,000"). */
  @state() private stagger = false;
  /**
   * The observer's first call measures the first render, after the frame's
   * own layout: measuring from `updated` then would force a layout of the
   * whole page in the middle of its first render.
   */
  private measured = false;
  private readonly resize = new ResizeObserver(() => {
    this.measured = true;
    this.checkTicks();
  });

  override connectedCallback(): void {
    super.connectedCallback();
    this.resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resize.disconnect();
  }

  protected override willUpdate(): void {
    this.toggleAttribute('column', this.scale?.kind === 'ordinal' && (this.scale.bins.length > MANY || !!this.note));
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (this.measured && (changed.has('indicator') || changed.has('scale') || changed.has('lang') || changed.has('compact'))) this.checkTicks();
  }

  /** Measures the tick labels on one row; staggers them when two would touch. */
  private checkTicks(): void {
    const ticks = [...(this.renderRoot.querySelectorAll('.tick') as NodeListOf<HTMLElement>)];
    if (ticks.length < 2) return void (this.stagger = false);
    // Measure as if on one row: the lower row is only a shift down, its x positions are the same.
    const boxes = ticks.map((el) => el.getBoundingClientRect());
    let touch = false;
    for (let i = 1; i < boxes.length; i++) if (boxes[i].left < boxes[i - 1].right + 6) touch = true;
    this.stagger = touch;
  }

  /** Pointing at a bin highlights its regions on the map. */
  private point(bin: number | 'nodata' | null): void {
    fire(this, 'atlas-legend-hover', { bin });
  }

  private sourceLine(): string {
    const shown = this.sources.slice(0, 2).join(this.lang === 'zh' ? '；' : '; ');
    const more = this.sources.length - 2;
    const list = more > 0 ? t(this.lang, 'legend.more', { list: shown, n: more }) : shown;
    return t(this.lang, 'legend.source', { list });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-legend': AtlasLegend;
  }
}
