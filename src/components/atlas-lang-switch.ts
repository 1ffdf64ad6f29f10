import { LitElement, html } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import type { Lang } from '../data/schema';
import { t } from '../i18n/messages';
import { LANGS } from '../state/atlas-state';
import { panelTheme } from './panel-theme';
import { controlTheme } from './control-theme';
import { fire } from './atlas-events';

/**
 * @summary The 中文 / English switch.
 * @event atlas-lang - A language was chosen. detail: `{ lang }`.
 * @csspart group - The button group.
 */
@defineElement('atlas-lang-switch')
export class AtlasLangSwitch extends LitElement {
  /** Current language. */
  @property({ reflect: true }) override lang: Lang = 'zh';

  static override styles = [panelTheme, controlTheme];

  override render() {
    return html`<div class="seg" part="group" role="group" aria-label=${t(this.lang, 'lang.label')}>
      ${LANGS.map(
        (lang) => html`<button
          type="button"
          lang=${lang === 'zh' ? 'zh-CN' : 'en'}
          aria-pressed=${String(lang === this.lang)}
          @click=${() => fire(this, 'atlas-lang', { lang })}
        >
          ${t(lang, `lang.${lang}`)}
        </button>`,
      )}
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-lang-switch': AtlasLangSwitch;
  }
}
