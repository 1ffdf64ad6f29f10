import { LitElement, css, html, nothing, svg } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import type { JoinedBounds } from '../data/join-series';
import { valueText } from '../data/value-text';
import type { I18nText, IndicatorDef, Lang, SeriesBreak, SourceDef, ValueNote } from '../data/schema';
import { t } from '../i18n/messages';
import { otherLang, panelTheme } from './panel-theme';
import { breaksFor, readingNotes, sparkline } from './panel-data';
import type { ShownValue } from './shown-value';
import { isLowTrust, readableNote, sourceIndex, sourceName } from './source-label';

/** Gap between the pointer and the tooltip, px. */
const OFFSET = 14;
/** Size of the sparkline, px (viewBox units; it scales with the type). */
const SPARK = { w: 150, h: 30 };

/**
 * @summary The hover / tap tooltip of a region: its name in both languages,
 * the value with its unit, the year the value is from when it is not the
 * selected year, a series break of that year (Chengdu and Ziyang 2016), a
 * sparkline of the region's series with the year marked, and the source's
 * short name — or "no data" and, when the data says, why.
 *
 * Positioned absolutely at (x, y) inside its offset parent, flipped to stay
 * inside it. Never takes the pointer (pointer-events: none).
 *
 * @csspart tooltip - The tooltip box.
 * @csspart name - The name line.
 * @csspart value - The value line.
 * @csspart source - The source line.
 * @csspart note - Why a value is missing, or the break of the year.
 * @csspart sparkline - The small chart of the region's series.
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
  /** Where only a range is known (no value): the range, shown as such ("2018 or 2019"). */
  @property({ attribute: false }) bounds: JoinedBounds | null = null;
  /** Year selected on the timeline. */
  @property({ type: Number }) selectedYear = 0;
  /** Source of the value, or null. */
  @property({ attribute: false }) source: SourceDef | null = null;
  /** Id of the region (to find its breaks and notes). */
  @property() entityId = '';
  /** The region's whole series for the indicator (CSV units), for the sparkline. */
  @property({ attribute: false }) series: ShownValue[] = [];
  /** All series breaks; the tooltip uses the region's, for the indicator shown. */
  @property({ attribute: false }) breaks: SeriesBreak[] = [];
  /** Notes on values (SeriesFile.notes): why a value is not shown. */
  @property({ attribute: false }) notes: ValueNote[] = [];
  /** Every source, to name the ones a note cites. */
  @property({ attribute: false }) sources: SourceDef[] = [];
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
      .note {
        font-size: 0.8rem;
        margin: 0.2rem 0 0;
      }
      .note.break {
        color: var(--_warn);
      }
      .spark {
        display: flex;
        align-items: center;
        gap: 0.35rem;
        margin: 0.3rem 0 0;
        color: var(--_muted);
        font-size: 0.7rem;
        font-variant-numeric: tabular-nums;
      }
      .spark svg {
        width: 9.4em;
        height: auto;
        flex: none;
        overflow: visible;
      }
      .spark .line {
        fill: none;
        stroke: var(--_accent);
        stroke-width: 1.5;
      }
      .spark .dot {
        fill: var(--_accent);
      }
      .spark .rule {
        stroke: var(--_muted);
        stroke-dasharray: 2 2;
      }
      .spark .now {
        fill: var(--_bg);
        stroke: var(--_text);
        stroke-width: 1.5;
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
    if (!ind) return html`<p class="value" part="value">${label}<strong>${t(lang, 'tooltip.noData')}</strong></p>`;
    const { brk, withheld } = readingNotes(this.breaks, this.notes, this.entityId, ind.id, this.selectedYear, !!v);
    const index = sourceIndex(this.sources);
    const note = (text: string) => readableNote(text, index, lang);
    const shown = valueText(v, this.bounds, ind, lang);
    return html`
      <p class="value" part="value">${label}<strong>${shown?.label ?? t(lang, 'tooltip.noData')}</strong></p>
      ${shown?.note ? html`<p class="note" part="note">${shown.note}</p>` : nothing}
      ${v && v.year !== this.selectedYear ? html`<p class="from">${t(lang, 'tooltip.valueFrom', { year: v.year })}</p>` : nothing}
      ${withheld ? html`<p class="note" part="note">${t(lang, 'tooltip.withheld', { note: note(withheld.note[lang]) })}</p>` : nothing}
      ${brk ? html`<p class="note break" part="note">${t(lang, 'panel.breakNote', { note: note(brk.note[lang]) })}</p>` : nothing}
      ${ind.scale === 'ordinal' ? nothing : this.renderSparkline(v)}
      ${shown && this.source
        ? html`<p class="source" part="source">
            ${t(lang, 'tooltip.source', { source: sourceName(this.source, lang) })}${isLowTrust(this.source.trust) ? t(lang, 'tooltip.lowTrust') : ''}
          </p>`
        : nothing}
    `;
  }

  /** The region's series in small, the selected year marked; nothing under two values. */
  private renderSparkline(v: ShownValue | null) {
    const ind = this.indicator;
    if (!ind) return nothing;
    const breakYears = breaksFor(this.breaks, this.entityId, ind.id).map((b) => b.year);
    const g = sparkline(this.series, this.selectedYear, v?.year ?? null, breakYears, SPARK.w, SPARK.h);
    if (!g) return nothing;
    const years = this.series.map((p) => p.year);
    return html`<div class="spark" part="sparkline" aria-hidden="true">
      <svg viewBox="0 0 ${SPARK.w} ${SPARK.h}">
        ${g.mark ? svg`<line class="rule" x1=${g.mark.x} x2=${g.mark.x} y1="0" y2=${SPARK.h}></line>` : nothing}
        ${g.lines.map((d) => svg`<path class="line" d=${d}></path>`)}
        ${g.dots.map((p) => svg`<circle class="dot" cx=${p.x} cy=${p.y} r="1.8"></circle>`)}
        ${g.mark?.point ? svg`<circle class="now" cx=${g.mark.point.x} cy=${g.mark.point.y} r="3"></circle>` : nothing}
      </svg>
      <span>${Math.min(...years)}–${Math.max(...years)}</span>
    </div>`;
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
