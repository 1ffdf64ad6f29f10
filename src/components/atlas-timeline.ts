import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { cssomStyle } from '../embed/cssom-style';
import { defineElement } from '../embed/define';
import type { Lang } from '../data/schema';
import { t } from '../i18n/messages';
import { keyToAction, SPEEDS, type Speed } from '../state/timeline-controller';
import { panelTheme } from './panel-theme';
import { controlTheme } from './control-theme';
import { fire } from './atlas-events';

/**
 * @summary The timeline: a year slider with marks on years that have data,
 * play / pause, step buttons and a speed choice. ←/→ step, Home/End jump,
 * space plays or pauses (anywhere inside the timeline). Drives nothing
 * itself: it sends events to the atlas's timeline controller.
 * @event atlas-year - The slider moved. detail: `{ year }`.
 * @event atlas-timeline - A button or key asked for an action. detail: `{ action }`.
 * @event atlas-speed - A speed was chosen. detail: `{ speed }`.
 * @csspart timeline - The whole control.
 * @csspart slider - The range input.
 * @csspart year - The big year label.
 */
@defineElement('atlas-timeline')
export class AtlasTimeline extends LitElement {
  /** Language of the labels. */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** Every year of the slider, ascending ([] hides the timeline). */
  @property({ attribute: false }) years: number[] = [];
  /** Years that have at least one value (marked on the slider). */
  @property({ attribute: false }) dataYears: number[] = [];
  /** Selected year. */
  @property({ type: Number }) year = 0;
  /** Whether the timeline is playing. */
  @property({ type: Boolean }) playing = false;
  /** Playback speed. */
  @property() speed: Speed = 'normal';
  /** Set when there are no years (a timeless indicator): the element draws nothing, and a layout can hide its bar. */
  @property({ type: Boolean, reflect: true }) timeless = false;

  protected override willUpdate(): void {
    this.timeless = this.years.length === 0;
  }

  static override styles = [
    panelTheme,
    controlTheme,
    css`
      :host {
        display: block;
        container-type: inline-size;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.25rem 0.5rem;
      }
      .year {
        font-size: 1.5rem;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
        min-width: 3.2em;
        text-align: right;
      }
      .btn {
        font: inherit;
        width: 36px;
        height: 36px;
        flex: none;
        border-radius: 50%;
        border: 1px solid var(--_border);
        background: var(--_bg);
        color: var(--_text);
        cursor: pointer;
        display: grid;
        place-items: center;
        padding: 0;
      }
      .btn.play {
        background: var(--_accent);
        border-color: var(--_accent);
        color: #fff;
        width: 40px;
        height: 40px;
      }
      .btn:disabled {
        opacity: 0.45;
        cursor: default;
      }
      svg {
        width: 16px;
        height: 16px;
        fill: currentColor;
      }
      .track {
        position: relative;
        flex: 1 1 auto;
        min-width: 6rem;
        padding-bottom: 1.1rem;
      }
      input[type='range'] {
        width: 100%;
        margin: 0;
        accent-color: var(--_accent);
        height: 24px;
        cursor: pointer;
      }
      .mark {
        position: absolute;
        top: 24px;
        width: 2px;
        height: 6px;
        margin-left: -1px;
        background: var(--_text);
      }
      .end {
        position: absolute;
        top: 30px;
        font-size: 0.75rem;
        color: var(--_muted);
      }
      .end.first {
        left: 0;
      }
      .end.last {
        right: 0;
      }
      select {
        font: inherit;
        font-size: 0.8125rem;
        border: 1px solid var(--_border);
        border-radius: 6px;
        padding: 0.2rem 0.3rem;
        background: var(--_bg);
        color: var(--_text);
      }
      @container (max-width: 520px) {
        .year {
          font-size: 1.25rem;
          min-width: 0;
          margin-right: auto;
        }
        .track {
          order: 5;
          flex-basis: 100%;
        }
      }
    `,
  ];

  private onKey(e: KeyboardEvent): void {
    if ((e.target as HTMLElement).tagName === 'SELECT') return;
    if (e.key === ' ' && (e.target as HTMLElement).tagName === 'BUTTON') return; // the button's own click
    const action = keyToAction(e.key);
    if (!action) return;
    e.preventDefault();
    fire(this, 'atlas-timeline', { action });
  }

  private pos(year: number): string {
    const first = this.years[0];
    const last = this.years[this.years.length - 1];
    // The range thumb is ~16px wide: keep marks under its centre.
    const f = last === first ? 0.5 : (year - first) / (last - first);
    return `calc(8px + (100% - 16px) * ${f})`;
  }

  override render() {
    if (this.years.length === 0) return nothing;
    const first = this.years[0];
    const last = this.years[this.years.length - 1];
    const single = this.years.length < 2;
    const icon = (d: string) => html`<svg viewBox="0 0 16 16" aria-hidden="true"><path d=${d}></path></svg>`;
    return html`<div class="row" part="timeline" role="group" aria-label=${t(this.lang, 'timeline.label')} @keydown=${this.onKey}>
      <span class="year" part="year" aria-hidden="true">${this.year}</span>
      <button class="btn play" type="button" ?disabled=${single} aria-label=${t(this.lang, this.playing ? 'timeline.pause' : 'timeline.play')}
        @click=${() => fire(this, 'atlas-timeline', { action: 'toggle' })}>
        ${this.playing ? icon('M4 3h3v10H4zM9 3h3v10H9z') : icon('M5 3l8 5-8 5z')}
      </button>
      <button class="btn" type="button" ?disabled=${single || this.year === first} aria-label=${t(this.lang, 'timeline.prev')}
        @click=${() => fire(this, 'atlas-timeline', { action: 'prev' })}>${icon('M11 3L5 8l6 5z')}</button>
      <button class="btn" type="button" ?disabled=${single || this.year === last} aria-label=${t(this.lang, 'timeline.next')}
        @click=${() => fire(this, 'atlas-timeline', { action: 'next' })}>${icon('M5 3l6 5-6 5z')}</button>
      <div class="track">
        <input part="slider" type="range" min=${first} max=${last} step="1" .value=${String(this.year)}
          aria-label=${t(this.lang, 'timeline.label')} aria-valuetext=${String(this.year)}
          aria-describedby="keys"
          @input=${(e: Event) => fire(this, 'atlas-year', { year: Number((e.target as HTMLInputElement).value) })} />
        ${this.dataYears.map((y) => html`<span class="mark" style=${cssomStyle({ left: this.pos(y) })} title=${String(y)}></span>`)}
        <span class="end first">${first}</span>
        ${single ? nothing : html`<span class="end last">${last}</span>`}
        <span id="keys" class="visually-hidden">${t(this.lang, 'timeline.keys')}</span>
      </div>
      <label>
        <span class="visually-hidden speed-label">${t(this.lang, 'timeline.speed')}</span>
        <select aria-label=${t(this.lang, 'timeline.speed')} ?disabled=${single}
          @change=${(e: Event) => fire(this, 'atlas-speed', { speed: (e.target as HTMLSelectElement).value as Speed })}>
          ${(Object.keys(SPEEDS) as Speed[]).map(
            (s) => html`<option value=${s} ?selected=${s === this.speed}>${t(this.lang, `timeline.speed.${s}`)}</option>`,
          )}
        </select>
      </label>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-timeline': AtlasTimeline;
  }
}
