import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import type { EntityDef, Lang } from '../data/schema';
import { t } from '../i18n/messages';
import { fire } from './atlas-events';
import { panelTheme } from './panel-theme';
import { linkButton, linkButtonStyle } from './link-style';

/**
 * @summary Under a county's name in its panel: the area and the (Sichuan)
 * prefecture it belongs to, each a link that opens it — the area in the
 * areas view, the prefecture in the Sichuan view.
 *
 * @event atlas-navigate - The area or prefecture was chosen. detail: `{ view, selected, area: null }`.
 * @csspart links - The line of links.
 */
@defineElement('atlas-parent-links')
export class AtlasParentLinks extends LitElement {
  /** Language of the names. */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** The county's area (2012 list), or null. */
  @property({ attribute: false }) area: EntityDef | null = null;
  /** The county's prefecture, when series.json names it (Sichuan), or null. */
  @property({ attribute: false }) prefecture: EntityDef | null = null;

  static override styles = [
    panelTheme,
    linkButtonStyle,
    css`
      :host {
        display: block;
        font-size: 0.875rem;
        margin-top: 0.3rem;
      }
      p {
        margin: 0;
        display: flex;
        flex-wrap: wrap;
        gap: 0.2rem 0.9rem;
      }
      .k {
        color: var(--_muted);
        margin-right: 0.3rem;
      }
    `,
  ];

  override render() {
    const { area, prefecture, lang } = this;
    if (!area && !prefecture) return nothing;
    return html`<p part="links">
      ${area
        ? html`<span><span class="k">${t(lang, 'drill.inArea')}</span>${linkButton(area.name[lang], () => fire(this, 'atlas-navigate', { view: 'areas', selected: area.id, area: null }), area.id)}</span>`
        : nothing}
      ${prefecture
        ? html`<span><span class="k">${t(lang, 'drill.inPrefecture')}</span>${linkButton(prefecture.name[lang], () => fire(this, 'atlas-navigate', { view: 'sichuan', selected: prefecture.id, area: null }), prefecture.id)}</span>`
        : nothing}
    </p>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-parent-links': AtlasParentLinks;
  }
}
