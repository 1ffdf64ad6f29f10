import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import type { Basis, IndicatorDef, Lang } from '../data/schema';
import { t, type MessageKey } from '../i18n/messages';
import { panelTheme } from './panel-theme';
import { controlTheme } from './control-theme';
import { fire } from './atlas-events';
import { labelledField, labelledFieldStyles } from './labelled-field';

/**
 * @summary The indicator menu, grouped by statistical basis so figures on
 * different bases read as different things. Shows the chosen indicator's note.
 * @event atlas-indicator - An indicator was chosen. detail: `{ id }`.
 * @csspart select - The native select.
 * @csspart note - The note under it.
 */
@defineElement('atlas-indicator-picker')
export class AtlasIndicatorPicker extends LitElement {
  /** Language of the labels. */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** Indicators of the current view, best-covered first. */
  @property({ attribute: false }) indicators: IndicatorDef[] = [];
  /** Chosen indicator id. */
  @property() value = '';

  static override styles = [
    panelTheme,
    controlTheme,
    labelledFieldStyles,
    css`
      .note {
        font-size: 0.8rem;
        color: var(--_muted);
        margin: 0.3rem 0 0;
      }
      .note summary {
        cursor: pointer;
      }
      .note p {
        margin: 0.25rem 0 0;
        max-width: 48rem;
      }
    `,
  ];

  private groups(): Array<[Basis, IndicatorDef[]]> {
    const byBasis = new Map<Basis, IndicatorDef[]>();
    for (const ind of this.indicators) byBasis.set(ind.basis, [...(byBasis.get(ind.basis) ?? []), ind]);
    return [...byBasis];
  }

  override render() {
    const current = this.indicators.find((i) => i.id === this.value);
    const select = html`<select part="select" @change=${(e: Event) => fire(this, 'atlas-indicator', { id: (e.target as HTMLSelectElement).value })}>
      ${this.groups().map(
        ([basis, inds]) => html`<optgroup label=${t(this.lang, `basis.${basis}` as MessageKey)}>
          ${inds.map((ind) => html`<option value=${ind.id} ?selected=${ind.id === this.value}>${ind.name[this.lang]}</option>`)}
        </optgroup>`,
      )}
    </select>`;
    return html`${labelledField(t(this.lang, 'picker.label'), select)}
      ${current
        ? html`<details class="note" part="note">
            <summary>${t(this.lang, 'picker.basis', { basis: t(this.lang, `basis.${current.basis}` as MessageKey) })}${current.note ? html` · ${t(this.lang, 'picker.note')}` : ''}</summary>
            ${current.note ? html`<p>${current.note[this.lang]}</p>` : ''}
          </details>`
        : ''}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-indicator-picker': AtlasIndicatorPicker;
  }
}
