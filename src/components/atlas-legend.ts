import { LitElement, css, html, nothing } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import type { I18nText, IndicatorDef, Lang } from '../data/schema';
import { HATCH_COLOR, NO_DATA_COLOR, type ColorScale } from '../data/color-scale';
import { formatBound, formatValue, unitLabel } from '../data/format';
import { hatchCss } from '../map/hatch-image';
import { t } from '../i18n/messages';
import { panelTheme } from './panel-theme';

/**
 * @summary The map's legend: the indicator and its unit, the colour bins of
 * the scale (the same bins the map uses, over all years), a hatched "no data"
 * swatch and how many regions have a value for the year shown.
 * @csspart legend - The whole legend.
 * @csspart title - The indicator and unit.
 * @csspart bins - The colour bar or list.
 * @csspart coverage - The "5 of 14 areas" line.
 * @cssproperty --atlas-legend-swatch - Height of the colour bar (default 12px).
 */
@customElement('atlas-legend')
export class AtlasLegend extends LitElement {
  /** Language of the labels and numbers. */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** Indicator on the map. */
  @property({ attribute: false }) indicator: IndicatorDef | null = null;
  /** Its colour scale (built over all years). */
  @property({ attribute: false }) scale: ColorScale | null = null;
  /** Regions with a value for the year shown, and regions drawn. */
  @property({ attribute: false }) coverage: { n: number; total: number } | null = null;
  /** Year shown (0 for timeless indicators). */
  @property({ type: Number }) year = 0;
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
      .bar {
        display: flex;
        align-items: flex-start;
        gap: 0;
        list-style: none;
        margin: 0;
        padding: 0;
      }
      .bar li {
        flex: 1 1 0;
        min-width: 2.6rem;
        position: relative;
      }
      .sw {
        display: block;
        height: var(--atlas-legend-swatch, 12px);
        border: 1px solid rgba(0, 0, 0, 0.15);
        border-right-width: 0;
      }
      .bar li:last-of-type .sw {
        border-right-width: 1px;
      }
      .tick {
        display: block;
        font-size: 0.75rem;
        color: var(--_muted);
        margin-top: 2px;
        white-space: nowrap;
        font-variant-numeric: tabular-nums;
      }
      .nodata {
        margin-left: 0.75rem;
        flex: 0 0 auto;
        min-width: 0;
      }
      .nodata .sw {
        width: 2rem;
        border-right-width: 1px;
      }
      .cats {
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.75rem;
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
      .coverage {
        margin: 0.35rem 0 0;
        color: var(--_muted);
        font-size: 0.75rem;
      }
    `,
  ];

  private noDataSwatch() {
    return html`<span class="sw" style="background:${hatchCss(HATCH_COLOR, NO_DATA_COLOR)}"></span>`;
  }

  private renderBins(ind: IndicatorDef, scale: ColorScale) {
    if (scale.kind === 'ordinal') {
      return html`<ul class="cats" part="bins">
        ${scale.bins.map(
          (b) => html`<li><span class="sw" style="background:${b.color}"></span>${formatValue(b.value ?? b.from, ind, this.lang)}</li>`,
        )}
        <li>${this.noDataSwatch()}${t(this.lang, 'legend.noData')}</li>
      </ul>`;
    }
    return html`<ul class="bar" part="bins">
      ${scale.bins.map(
        (b, i) => html`<li aria-label=${`${formatBound(b.from, ind, this.lang)}–${formatBound(b.to, ind, this.lang)}`}>
          <span class="sw" style="background:${b.color}"></span>
          <span class="tick" aria-hidden="true">${i === 0 ? formatBound(b.from, ind, this.lang) : formatBound(b.from, ind, this.lang)}</span>
        </li>`,
      )}
      <li class="end" aria-hidden="true" style="flex:0 0 0;min-width:0">
        <span class="sw" style="border:0;height:var(--atlas-legend-swatch, 12px)"></span>
        <span class="tick" style="transform:translateX(-100%)">${formatBound(scale.bins[scale.bins.length - 1].to, ind, this.lang)}</span>
      </li>
      <li class="nodata">${this.noDataSwatch()}<span class="tick">${t(this.lang, 'legend.noData')}</span></li>
    </ul>`;
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
    return html`<div part="legend" role="group" aria-label=${title}>
      <p class="title" part="title">${title}</p>
      ${this.renderBins(ind, this.scale)}
      ${params
        ? html`<p class="coverage" part="coverage">
            ${this.year ? t(this.lang, 'legend.coverage', params) : t(this.lang, 'legend.coverageTimeless', params)}
          </p>`
        : nothing}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-legend': AtlasLegend;
  }
}
