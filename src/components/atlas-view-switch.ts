import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import type { Lang } from '../data/schema';
import { t } from '../i18n/messages';
import { VIEWS, type ViewId } from '../state/atlas-state';
import { panelTheme } from './panel-theme';
import { controlTheme } from './control-theme';
import { fire } from './atlas-events';

/**
 * @summary Chooses the view: the 14 areas, Sichuan's prefectures, or counties.
 * @event atlas-view - A view was chosen. detail: `{ view }`.
 * @csspart group - The button group.
 */
@defineElement('atlas-view-switch')
export class AtlasViewSwitch extends LitElement {
  /** Language of the labels. */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** Current view. */
  @property() view: ViewId = 'areas';

  static override styles = [panelTheme, controlTheme];

  override render() {
    return html`<div class="seg" part="group" role="group" aria-label=${t(this.lang, 'view.label')}>
      ${VIEWS.map(
        (view) => html`<button type="button" aria-pressed=${String(view === this.view)} @click=${() => fire(this, 'atlas-view', { view })}>
          ${t(this.lang, `view.${view}`)}
        </button>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-view-switch': AtlasViewSwitch;
  }
}
