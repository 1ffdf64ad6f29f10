import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import type { JoinedBounds } from '../data/join-series';
import { valueText } from '../data/value-text';
import type { EntityDef, I18nText, IndicatorDef, Lang, SeriesBreak, SourceDef, ValueNote } from '../data/schema';
import { t } from '../i18n/messages';
import { fire } from './atlas-events';
import './atlas-line-chart';
import type { ChartLine } from './atlas-line-chart';
import './atlas-sources';
import { otherLang, panelTheme } from './panel-theme';
import { breaksFor, notesFor, sourcesByUse, valueAt } from './panel-data';
import type { ShownValue } from './shown-value';
import { readableNote, sourceIndex } from './source-label';

/** A fact line of the panel (county count, provinces, land area…), value already formatted. */
export interface PanelFact {
  label: I18nText;
  value: string;
}

/**
 * @summary The detail panel of one region: names in both languages, the
 * selected year's value, the whole series as a line chart with the year
 * marked, facts (for an area: provinces and county count), series breaks and
 * the sources used, with links for people.
 *
 * Escape or the close button fires `atlas-close`. Focusing the element
 * focuses its close button. As a bottom sheet (class `sheet`, phones) it
 * opens at a peek height with a handle on top: a tap expands or shrinks it,
 * a drag sets its height (kept in `--atlas-sheet-height` on the element).
 *
 * @event atlas-close - The reader asked to close the panel. No detail.
 * @csspart panel - The panel box.
 * @csspart header - Header with the names and the close button.
 * @csspart close - The close button.
 * @csspart facts - The facts list.
 * @slot under-title - Under the name and the value line (a county's area and prefecture, linked).
 * @slot compare - Under the chart (pinning for comparison).
 * @slot drill - After the facts (an area's counties).
 * @csspart handle - The bottom sheet's drag / expand handle.
 * @cssproperty --atlas-bg - Background colour.
 * @cssproperty --atlas-border - Border colour.
 * @cssproperty --atlas-text - Text colour.
 * @cssproperty --atlas-font - Font stack.
 */
@defineElement('atlas-detail-panel')
export class AtlasDetailPanel extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Language of the panel. */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** The region shown. */
  @property({ attribute: false }) entity: EntityDef | null = null;
  /** Indicator of the series. */
  @property({ attribute: false }) indicator: IndicatorDef | null = null;
  /** The region's whole series for the indicator (CSV units). */
  @property({ attribute: false }) series: ShownValue[] = [];
  /** Year selected on the timeline. */
  @property({ type: Number }) selectedYear = 0;
  /** The value shown now, for a timeless indicator (selectedYear 0), which has no series to read it from. */
  @property({ attribute: false }) current: ShownValue | null = null;
  /** Sources to list: those the series and facts use (also read for the chart's trust marks). */
  @property({ attribute: false }) sources: SourceDef[] = [];
  /** Facts about the region, already formatted. */
  @property({ attribute: false }) facts: PanelFact[] = [];
  /** All series breaks; the panel uses those of this region and indicator. */
  @property({ attribute: false }) breaks: SeriesBreak[] = [];
  /** Notes on values (SeriesFile.notes); the panel lists those of this region and indicator. */
  @property({ attribute: false }) notes: ValueNote[] = [];
  /** Pinned regions' series of the indicator, drawn in the chart with this one (see <atlas-line-chart>). */
  @property({ attribute: false }) compare: ChartLine[] = [];
  /** As a bottom sheet: taller than its peek height (the handle toggles it). */
  @property({ type: Boolean, reflect: true }) expanded = false;

  static override styles = [
    panelTheme,
    css`
      :host {
        display: block;
        box-sizing: border-box;
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: 6px;
        box-shadow: 0 4px 16px rgb(0 0 0 / 0.16);
        max-height: 100%;
        overflow: auto;
      }
      section {
        padding: 0.75rem 0.9rem 0.9rem;
      }
      .handle {
        position: sticky;
        top: 0;
        z-index: 1;
        display: block;
        width: 100%;
        height: 1.6rem;
        margin: 0;
        border: 0;
        background: var(--_bg);
        cursor: ns-resize;
        touch-action: none;
      }
      .handle::before {
        content: '';
        display: block;
        width: 2.75rem;
        height: 5px;
        margin: 0 auto;
        border-radius: 3px;
        background: var(--_border);
      }
      .handle + section {
        padding-top: 0.1rem;
      }
      header {
        display: flex;
        align-items: flex-start;
        gap: 0.5rem;
      }
      h2 {
        font-size: 1.15rem;
        margin: 0;
        flex: 1;
      }
      h2 .other-lang {
        display: block;
      }
      .close {
        flex: none;
        font: inherit;
        font-size: 1.25rem;
        line-height: 1;
        width: 2.25rem;
        height: 2.25rem;
        border: 1px solid var(--_border);
        border-radius: 4px;
        background: var(--_bg);
        color: var(--_text);
        cursor: pointer;
      }
      .close:hover {
        background: #f0f0f0;
      }
      .current {
        margin: 0.6rem 0 0.2rem;
      }
      .current .ind {
        display: block;
        color: var(--_muted);
        font-size: 0.85rem;
      }
      .current .from {
        color: var(--_muted);
        font-size: 0.85rem;
        margin-left: 0.4rem;
      }
      .current strong {
        font-size: 1.3rem;
        font-variant-numeric: tabular-nums;
      }
      dl {
        display: grid;
        grid-template-columns: auto 1fr;
        gap: 0.2rem 0.75rem;
        margin: 0.75rem 0 0;
        font-size: 0.875rem;
      }
      dt {
        color: var(--_muted);
      }
      dd {
        margin: 0;
      }
      .about {
        font-size: 0.8rem;
        margin: 0.6rem 0 0;
      }
      .about summary {
        cursor: pointer;
        color: var(--_accent);
      }
      .about p {
        margin: 0.3rem 0;
      }
      .notes {
        color: var(--_muted);
        font-size: 0.8rem;
        margin: 0.4rem 0 0;
        padding-left: 1rem;
      }
      .breaks {
        color: var(--_warn);
        font-size: 0.8rem;
        margin: 0.4rem 0 0;
        padding: 0;
        list-style: none;
      }
    `,
  ];

  /** Where only a range is known for the selected year (no value): the range, shown as such. */
  @property({ attribute: false }) bounds: JoinedBounds | null = null;

  /** Every source, to name the ones a note cites (the panel lists only `sources`). */
  @property({ attribute: false }) allSources: SourceDef[] = [];

  /** A note as the reader sees it: cited source ids replaced by the sources' names. */
  private note(text: string): string {
    return readableNote(text, sourceIndex(this.allSources.length ? this.allSources : this.sources), this.lang);
  }

  override render() {
    const { entity, indicator: ind, lang } = this;
    if (!entity) return nothing;
    const name = entity.name[lang];
    const other = entity.name[otherLang(lang)];
    // A timeless indicator (area membership) has no year: its one value, without "0年".
    const timeless = this.selectedYear === 0;
    const current = !ind ? null : timeless ? this.current : valueAt(this.series, this.selectedYear, ind.carryForward);
    const shown = ind ? valueText(current, this.bounds, ind, lang) : null;
    const breaks = ind ? breaksFor(this.breaks, entity.id, ind.id) : [];
    return html`${this.classList.contains('sheet') ? this.renderHandle() : nothing}<section part="panel" aria-labelledby="title" @keydown=${this.onKeydown}>
      <header part="header">
        <h2 id="title">${name}${other && other !== name ? html`<span class="other-lang" lang=${otherLang(lang)}>${other}</span>` : nothing}</h2>
        <button class="close" part="close" type="button" aria-label=${t(lang, 'panel.close')} @click=${this.close}>×</button>
      </header>
      ${ind
        ? html`<p class="current">
            <span class="ind">${timeless ? ind.name[lang] : t(lang, 'panel.valueIn', { indicator: ind.name[lang], year: this.selectedYear })}</span>
            <strong>${shown?.label ?? (timeless ? t(lang, 'legend.noData') : t(lang, 'panel.noValue', { year: this.selectedYear }))}</strong>
            ${shown?.note ? html`<span class="from">${shown.note}</span>` : nothing}
            ${current && !timeless && current.year !== this.selectedYear ? html`<span class="from">${t(lang, 'tooltip.valueFrom', { year: current.year })}</span>` : nothing}
          </p>`
        : nothing}
      <!-- The value first, so a phone's sheet shows it at its peek height; then where the place lies. -->
      <slot name="under-title"></slot>
      ${ind && ind.scale !== 'ordinal' ? this.renderChart(ind, name, breaks, !!shown) : nothing}
      <slot name="compare"></slot>
      ${breaks.length
        ? html`<ul class="breaks">
            ${breaks.map((b) => html`<li>${t(lang, 'panel.breakNote', { year: b.year, note: this.note(b.note[lang]) })}</li>`)}
          </ul>`
        : nothing}
      ${ind ? this.renderNotes(notesFor(this.notes, entity.id, ind.id)) : nothing}
      ${ind && (ind.note || ind.formula)
        ? html`<details class="about">
            <summary>${t(lang, 'panel.about')}</summary>
            ${ind.formula ? html`<p>${t(lang, 'panel.formula', { formula: this.note(ind.formula[lang]) })}</p>` : nothing}
            ${ind.note ? html`<p>${this.note(ind.note[lang])}</p>` : nothing}
          </details>`
        : nothing}
      ${this.facts.length
        ? html`<dl part="facts">
            ${this.facts.map((f) => html`<dt>${f.label[lang]}</dt><dd>${f.value}</dd>`)}
          </dl>`
        : nothing}
      <slot name="drill"></slot>
      <atlas-sources lang=${lang} heading-level="3" .sources=${sourcesByUse(this.sources, this.series)}></atlas-sources>
    </section>`;
  }

  /** Notes on single values (e.g. why a year is not shown), with their year. */
  private renderNotes(notes: ValueNote[]) {
    if (notes.length === 0) return nothing;
    return html`<ul class="notes">
      ${notes.map((n) => html`<li>${t(this.lang, 'panel.valueNote', { year: n.year, note: this.note(n.note[this.lang]) })}</li>`)}
    </ul>`;
  }

  /**
   * The series chart; not for coded (ordinal) indicators, whose codes make no line. `unitAbove`: the
   * value line just above says the unit, so the chart's axis does not repeat it.
   */
  private renderChart(ind: IndicatorDef, name: string, breaks: SeriesBreak[], unitAbove: boolean) {
    return html`<atlas-line-chart
      lang=${this.lang}
      .entityLabel=${name}
      .indicator=${ind}
      .series=${this.series}
      .selectedYear=${this.selectedYear}
      .sources=${this.sources}
      .breakYears=${breaks.map((b) => b.year)}
      .compare=${this.compare}
      .axisUnit=${!unitAbove}
    ></atlas-line-chart>`;
  }

  /** The sheet's handle: a button (tap or Enter expands / shrinks) that can also be dragged. */
  private renderHandle() {
    return html`<button class="handle" part="handle" type="button" aria-expanded=${String(this.expanded)}
      aria-label=${t(this.lang, this.expanded ? 'panel.shrink' : 'panel.expand')}
      @click=${this.onHandleClick} @pointerdown=${this.onHandleDown}></button>`;
  }

  private drag: { y: number; h: number; moved: boolean } | null = null;

  private onHandleClick(): void {
    if (this.drag?.moved) return;
    this.style.removeProperty('--atlas-sheet-height');
    this.expanded = !this.expanded;
  }

  private onHandleDown(e: PointerEvent): void {
    const handle = e.currentTarget as HTMLElement;
    handle.setPointerCapture(e.pointerId);
    this.drag = { y: e.clientY, h: this.getBoundingClientRect().height, moved: false };
    const move = (ev: PointerEvent) => {
      if (!this.drag) return;
      const dy = ev.clientY - this.drag.y;
      if (Math.abs(dy) < 4 && !this.drag.moved) return;
      this.drag.moved = true;
      this.expanded = false;
      // Up makes it taller; the stage's height caps it (max-height: 100%).
      this.style.setProperty('--atlas-sheet-height', `${Math.max(80, Math.round(this.drag.h - dy))}px`);
    };
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
      handle.removeEventListener('pointercancel', up);
      // Let the click that follows a drag see `moved`, then forget the drag.
      setTimeout(() => (this.drag = null));
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
    handle.addEventListener('pointercancel', up);
  }

  private onKeydown(e: KeyboardEvent): void {
    if (e.key !== 'Escape') return;
    e.stopPropagation();
    this.close();
  }

  private close(): void {
    fire(this, 'atlas-close', undefined);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-detail-panel': AtlasDetailPanel;
  }
}
