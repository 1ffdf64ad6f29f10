import { LitElement, css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import { st } from '../story/messages';
import { storyAction, type NotesMessage } from '../story/story-keys';
import { panelTheme } from './panel-theme';

type StateMessage = Extract<NotesMessage, { type: 'state' }>;

/**
 * @summary The speaker-notes window of a presented story: this step's notes
 * large, the caption the class sees, what comes next, and buttons and keys
 * (←/→, PageUp/PageDown, space, Home/End) that move the presentation. Talks
 * to its <atlas-story> over the BroadcastChannel named by `channel`.
 */
@defineElement('atlas-story-notes')
export class AtlasStoryNotes extends LitElement {
  /** BroadcastChannel name shared with the presenter. */
  @property() channel = '';
  @state() private data: StateMessage | null = null;
  @state() private closed = false;
  private bc: BroadcastChannel | null = null;

  static override styles = [
    panelTheme,
    css`
      :host { display: block; height: 100%; box-sizing: border-box; padding: 20px 28px; font-size: 22px; }
      .top { display: flex; justify-content: space-between; gap: 1em; color: var(--_muted); font-size: 0.8em; }
      .progress { font-weight: 700; color: var(--_text); font-size: 1.4em; }
      h1 { font-size: 1.5em; margin: 0.4em 0 0.2em; }
      .notes { font-size: 1.2em; white-space: pre-wrap; border-left: 5px solid var(--_warn); padding: 0.2em 0.8em; margin: 0.4em 0; }
      .caption { white-space: pre-wrap; color: var(--_muted); font-size: 0.85em; border-top: 1px solid var(--_border); padding-top: 0.5em; }
      .next { color: var(--_muted); }
      nav { display: flex; gap: 0.5em; margin: 0.6em 0; }
      button { font: inherit; padding: 0.3em 0.9em; border: 1px solid var(--_border); border-radius: 6px; background: var(--_bg); color: var(--_text); cursor: pointer; }
      button.primary { background: var(--_accent); border-color: var(--_accent); color: #fff; }
    `,
  ];

  override connectedCallback(): void {
    super.connectedCallback();
    if (typeof BroadcastChannel !== 'undefined' && this.channel) {
      this.bc = new BroadcastChannel(this.channel);
      this.bc.onmessage = (e: MessageEvent<NotesMessage>) => {
        if (e.data.type === 'state') [this.data, this.closed] = [e.data, false];
        else if (e.data.type === 'closed') this.closed = true;
      };
      this.bc.postMessage({ type: 'hello' } satisfies NotesMessage);
    }
    window.addEventListener('keydown', this.onKey);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    this.bc?.close();
  }

  private send(m: NotesMessage): void {
    this.bc?.postMessage(m);
  }

  private onKey = (e: KeyboardEvent) => {
    const tag = (e.composedPath()[0] as HTMLElement | undefined)?.tagName?.toLowerCase();
    const action = storyAction(e, tag === 'button' && (e.key === ' ' || e.key === 'Enter'));
    if (action === 'next' || action === 'prev' || action === 'first' || action === 'last') {
      e.preventDefault();
      this.send({ type: 'action', action });
    }
  };

  override render() {
    const d = this.data;
    const lang = d?.lang ?? 'zh';
    if (!d) return html`<p>${st(lang, 'story.notesWaiting')}</p>`;
    const total = d.steps.length;
    const step = d.steps[d.step - 1];
    const next = d.steps[d.step];
    if (!step) return nothing;
    return html`<div lang=${lang === 'zh' ? 'zh-CN' : 'en'}>
      <div class="top"><span>${d.title}</span><span class="progress">${st(lang, 'story.step', { n: d.step, total })}</span></div>
      ${this.closed ? html`<p role="alert">${st(lang, 'story.notesWaiting')}</p>` : nothing}
      <h1>${step.heading}</h1>
      <div class="notes" role="note">${step.notes || st(lang, 'story.noNotes')}</div>
      <nav>
        <button type="button" @click=${() => this.send({ type: 'action', action: 'prev' })} ?disabled=${d.step <= 1}>← ${st(lang, 'story.prev')}</button>
        <button type="button" class="primary" @click=${() => this.send({ type: 'action', action: 'next' })} ?disabled=${d.step >= total}>${st(lang, 'story.next')} →</button>
      </nav>
      <p class="next">${next ? st(lang, 'story.nextUp', { heading: next.heading }) : st(lang, 'story.end')}</p>
      <div class="caption">${step.caption}</div>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-story-notes': AtlasStoryNotes;
  }
}
