import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import type { Lang } from '../data/schema';
import { t } from '../i18n/messages';
import type { Crumb } from '../state/drill';
import { fire } from './atlas-events';
import { panelTheme } from './panel-theme';
import { linkButton, linkButtonStyle } from './link-style';

/**
 * @summary Where the reader is, from China down (China › 乌蒙山区 › 昭觉县);
 * every crumb but the last is a button that goes back up to it. Hidden when
 * there is only "China".
 *
 * @event atlas-navigate - A crumb was chosen. detail: `{ view, selected, area }`.
 * @csspart nav - The navigation landmark.
 * @cssproperty --atlas-accent - Colour of the crumbs that lead somewhere.
 */
@defineElement('atlas-breadcrumb')
export class AtlasBreadcrumb extends LitElement {
  /** Language of the names. */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** The path, from `drillPath` (src/state/drill.ts). */
  @property({ attribute: false }) crumbs: Crumb[] = [];

  static override styles = [
    panelTheme,
    linkButtonStyle,
    css`
      :host {
        display: block;
        font-size: 0.875rem;
      }
      :host([hidden]) {
        display: none;
      }
      /* One line over the map: where it is too narrow (a phone), the middle crumbs give way, ending in "…". */
      ol {
        display: flex;
        align-items: center;
        margin: 0;
        padding: 0;
        list-style: none;
        white-space: nowrap;
      }
      li {
        display: flex;
        align-items: center;
        min-width: 0;
      }
      li:first-child {
        flex: none;
      }
      li:last-child {
        flex: none;
        max-width: 60%;
      }
      li > *,
      li[aria-current] {
        overflow: hidden;
        text-overflow: ellipsis;
      }
      li[aria-current] {
        display: block;
      }
      li + li::before {
        content: '›';
        margin: 0 0.35rem;
        color: var(--_muted);
      }
      [aria-current] {
        font-weight: 600;
      }
    `,
  ];

  override render() {
    if (this.crumbs.length < 2) return nothing;
    return html`<nav part="nav" aria-label=${t(this.lang, 'crumb.label')}>
      <ol>
        ${this.crumbs.map((c) => {
          const target = c.target;
          return target
            ? html`<li>${linkButton(c.label[this.lang], () => fire(this, 'atlas-navigate', target))}</li>`
            : html`<li aria-current="location">${c.label[this.lang]}</li>`;
        })}
      </ol>
    </nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-breadcrumb': AtlasBreadcrumb;
  }
}
