import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import type { I18nText, Lang } from '../data/schema';
import { t } from '../i18n/messages';
import { fire } from './atlas-events';
import { panelTheme } from './panel-theme';

/** A pinned region as the bar lists it. */
export interface PinnedRegion {
  id: string;
  name: I18nText;
  /** False when it has no values of the indicator shown (so the chart cannot draw it). */
  drawn: boolean;
}

/**
 * @summary Pinning for comparison, under the detail panel's chart: a toggle
 * that pins (or unpins) the region shown, and the pinned regions, each with
 * a button to unpin it. Says when the limit is reached and which pinned
 * region the chart cannot draw (no values of this indicator and unit).
 *
 * @event atlas-pin - Pin or unpin. detail: `{ id, pinned }`.
 * @csspart toggle - The pin / unpin button.
 * @csspart list - The pinned regions.
 */
@defineElement('atlas-pin-bar')
export class AtlasPinBar extends LitElement {
  /** Language of labels. */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** Id of the region whose panel this is. */
  @property() region = '';
  /** The pinned regions, in pinning order. */
  @property({ attribute: false }) pinned: PinnedRegion[] = [];
  /** At most this many regions can be pinned. */
  @property({ type: Number }) max = 4;
  /** Name of the indicator charted, for the "not drawn" note. */
  @property() indicatorName = '';

  static override styles = [
    panelTheme,
    css`
      :host {
        display: block;
        font-size: 0.85rem;
        margin-top: 0.4rem;
      }
      .row {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.3rem 0.5rem;
      }
      button {
        font: inherit;
        color: var(--_text);
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: 4px;
        padding: 0.2rem 0.55rem;
        min-height: 28px;
        cursor: pointer;
      }
      button[aria-pressed='true'] {
        background: var(--_accent);
        border-color: var(--_accent);
        color: #fff;
      }
      button:disabled {
        cursor: not-allowed;
        opacity: 0.6;
      }
      ul {
        display: flex;
        flex-wrap: wrap;
        gap: 0.3rem;
        margin: 0;
        padding: 0;
        list-style: none;
      }
      .chip {
        border-radius: 999px;
        padding: 0.1rem 0.5rem;
        min-height: 24px;
      }
      .chip span {
        color: var(--_muted);
        margin-left: 0.2rem;
      }
      .msg {
        color: var(--_muted);
        margin: 0.3rem 0 0;
      }
      .warn {
        color: var(--_warn);
      }
    `,
  ];

  override render() {
    const lang = this.lang;
    const isPinned = this.pinned.some((p) => p.id === this.region);
    const full = !isPinned && this.pinned.length >= this.max;
    return html`<div class="row">
        <button part="toggle" type="button" title=${t(lang, 'compare.hint')} aria-pressed=${isPinned ? 'true' : 'false'} ?disabled=${full}
          @click=${() => fire(this, 'atlas-pin', { id: this.region, pinned: !isPinned })}>
          ${t(lang, isPinned ? 'compare.unpin' : 'compare.pin')}
        </button>
        ${this.pinned.length
          ? html`<span class="muted" id="pinned-label">${t(lang, 'compare.pinned', { n: this.pinned.length, max: this.max })}</span>
              <ul part="list" aria-labelledby="pinned-label">
                ${this.pinned.map(
                  (p) => html`<li><button class="chip" type="button" data-id=${p.id} aria-label=${t(lang, 'compare.remove', { name: p.name[lang] })}
                    @click=${() => fire(this, 'atlas-pin', { id: p.id, pinned: false })}>${p.name[lang]}<span aria-hidden="true">×</span></button></li>`,
                )}
              </ul>`
          : nothing}
      </div>
      ${full ? html`<p class="msg warn" role="status">${t(lang, 'compare.full', { max: this.max })}</p>` : nothing}
      ${this.pinned
        .filter((p) => !p.drawn)
        .map((p) => html`<p class="msg warn">${t(lang, 'compare.notShown', { name: p.name[lang], indicator: this.indicatorName })}</p>`)}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-pin-bar': AtlasPinBar;
  }
}
