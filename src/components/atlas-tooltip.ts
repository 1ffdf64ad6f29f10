import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import { formatValue } from '../data/format';
import type { I18nText, IndicatorDef, Lang, SourceDef } from '../data/schema';
import { t } from '../i18n/messages';
import { otherLang, panelTheme } from './panel-theme';
import type { ShownValue } from './shown-value';
import { isLowTrust, sourceShortName } from './source-label';

/** Gap between the pointer and the tooltip, px. */
const OFFSET = 14;

/**
 * @summary The hover / tap tooltip of a region: its name in both languages,
 * the value with its unit, the year the value is from when it is not the
 * selected year, and the source's short name — or "no data".
 *
 * Positioned absolutely at (x, y) inside its offset parent, flipped to stay
 * inside it. Never takes the pointer (pointer-events: none).
 *
 * @csspart tooltip - The tooltip box.
 * @csspart name - The name line.
 * @csspart value - The value line.
 * @csspart source - The source line.
 * @cssproperty --atlas-bg - Background colour.
 * @cssproperty --atlas-text - Text colour.
 * @cssproperty --atlas-muted - Secondary text colour.
 * @cssproperty --atlas-border - Border colour.
 * @cssproperty --atlas-font - Font stack.
 */
@defineElement('atlas-tooltip')
export class AtlasTooltip extends LitElement {
  /** Language of the text; the name also appears in the other language, smaller. */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** Name of the hovered region. */
  @property({ attribute: false }) entityName: I18nText | null = null;
  /** Indicator shown on the map (for the unit and formatting). */
  @property({ attribute: false }) indicator: IndicatorDef | null = null;
  /** The region's value for the selected year (possibly from an earlier year), or null for no data. */
  @property({ attribute: false }) value: ShownValue | null = null;
  /** Year selected on the timeline. */
  @property({ type: Number }) selectedYear = 0;
  /** Source of the value, or null. */
  @property({ attribute: false }) source: SourceDef | null = null;
  /** Pointer position in px, relative to the offset parent. */
  @property({ type: Number }) x = 0;
  /** Pointer position in px, relative to the offset parent. */
  @property({ type: Number }) y = 0;
  /** Shown when true. */
  @property({ type: Boolean, reflect: true }) open = false;

  static override styles = [
    panelTheme,
    css`
      :host {
        position: absolute;
        left: 0;
        top: 0;
        z-index: 5;
        pointer-events: none;
        display: none;
        max-width: min(18rem, calc(100% - 2rem));
      }
      :host([open]) {
        display: block;
      }
      .box {
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: 4px;
        box-shadow: 0 2px 8px rgb(0 0 0 / 0.18);
        padding: 0.45rem 0.6rem;
        font-size: 0.875rem;
      }
      .name {
        font-weight: 600;
        margin: 0;
      }
      .value {
        margin: 0.2rem 0 0;
        font-variant-numeric: tabular-nums;
      }
      .value strong {
        font-size: 1.05rem;
      }
      .indicator {
        color: var(--_muted);
        display: block;
        font-size: 0.8rem;
      }
      .from,
      .source {
        color: var(--_muted);
        font-size: 0.8rem;
        margin: 0.15rem 0 0;
      }
    `,
  ];

  override render() {
    if (!this.open || !this.entityName) return nothing;
    const other = this.entityName[otherLang(this.lang)];
    return html`<div class="box" part="tooltip" role="tooltip">
      <p class="name" part="name">
        ${this.entityName[this.lang]}
        ${other && other !== this.entityName[this.lang] ? html`<span class="other-lang" lang=${otherLang(this.lang)}>${other}</span>` : nothing}
      </p>
      ${this.renderValue()}
    </div>`;
  }

  private renderValue() {
    const { indicator: ind, value: v, lang } = this;
    const label = ind ? html`<span class="indicator">${ind.name[lang]}</span> ` : nothing;
    if (!ind || !v) return html`<p class="value" part="value">${label}<strong>${t(lang, 'tooltip.noData')}</strong></p>`;
    return html`
      <p class="value" part="value">${label}<strong>${formatValue(v.value, ind, lang)}</strong></p>
      ${v.year !== this.selectedYear ? html`<p class="from">${t(lang, 'tooltip.valueFrom', { year: v.year })}</p>` : nothing}
      ${this.source
        ? html`<p class="source" part="source">
            ${t(lang, 'tooltip.source', { source: sourceShortName(this.source) })}${isLowTrust(this.source.trust) ? t(lang, 'tooltip.lowTrust') : ''}
          </p>`
        : nothing}
    `;
  }

  override updated(): void {
    if (!this.open) return;
    const parent = this.offsetParent as HTMLElement | null;
    const w = this.offsetWidth;
    const h = this.offsetHeight;
    const maxX = (parent?.clientWidth ?? window.innerWidth) - 4;
    const maxY = (parent?.clientHeight ?? window.innerHeight) - 4;
    let left = this.x + OFFSET;
    let top = this.y + OFFSET;
    if (left + w > maxX) left = Math.max(4, this.x - OFFSET - w);
    if (top + h > maxY) top = Math.max(4, this.y - OFFSET - h);
    this.style.transform = `translate(${Math.round(left)}px, ${Math.round(top)}px)`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-tooltip': AtlasTooltip;
  }
}
