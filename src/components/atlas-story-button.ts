import { LitElement, css, html } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import type { Lang } from '../data/schema';
import { st } from '../story/messages';
import { panelTheme } from './panel-theme';
import { presentStory } from './atlas-story-launch';

/**
 * @summary The atlas header's "Present" button: opens the presenter over the
 * page, offering the shipped stories, a file picker and a drop zone. Finds
 * its atlas as the host of the shadow root it sits in.
 */
@defineElement('atlas-story-button')
export class AtlasStoryButton extends LitElement {
  @property({ reflect: true }) override lang: Lang = 'zh';

  static override styles = [
    panelTheme,
    css`
      :host {
        margin-left: auto;
        align-self: center;
      }
      button {
        font: inherit;
        font-size: 0.9rem;
        padding: 0.3rem 0.75rem;
        border: 1px solid var(--_border);
        border-radius: 4px;
        background: var(--_bg);
        color: var(--_text);
        cursor: pointer;
      }
    `,
  ];

  private open(): void {
    const root = this.getRootNode();
    const host = (root instanceof ShadowRoot ? root.host : this) as HTMLElement & { lang: string };
    presentStory(host);
  }

  override render() {
    return html`<button type="button" @click=${() => this.open()} title=${st(this.lang, 'story.choose')}>▶ ${st(this.lang, 'story.present')}</button>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-story-button': AtlasStoryButton;
  }
}
