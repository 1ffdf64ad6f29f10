import { LitElement, css, html, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import type { Lang } from '../data/schema';
import type { AtlasState } from '../state/atlas-state';
import { t, type MessageKey } from '../i18n/messages';
import { atlasRoot } from '../embed/asset-base';
import { CONTROLS, type ControlsMode } from '../embed/embed-layout';
import { HEIGHT_MESSAGE } from '../embed/frame-protocol';
import { embedUrl, iframeSnippet, iframeStartHeight, scriptSnippet, shareLink } from '../embed/snippets';
import { cssomStyle } from '../embed/cssom-style';
import { panelTheme } from './panel-theme';
import { controlTheme } from './control-theme';

/** What the share and download controls need of the atlas they sit in (<poverty-atlas>). */
export interface ShareHost extends HTMLElement {
  readonly state: AtlasState;
  toCsv(): Promise<{ text: string; file: string }>;
  toPng(scale?: number): Promise<{ blob: Blob; file: string }>;
}

type Dialog = 'share' | 'download' | null;

/**
 * @summary Share and Download, for the atlas it sits in. Share opens a
 * dialog with a link to this exact view (copy button) and the two embed
 * snippets (iframe, recommended; script) for the view, with the chosen
 * `controls` and a live preview of the iframe. Download offers a PNG of the
 * map as shown (screen size, or 2× for print) and the table's rows as CSV.
 * @csspart share-button - The Share button. @csspart download-button - The Download button.
 * @csspart dialog - Either dialog.
 */
@defineElement('atlas-share')
export class AtlasShare extends LitElement {
  @property({ reflect: true }) override lang: Lang = 'zh';

  @state() private open: Dialog = null;
  @state() private controls: ControlsMode = 'full';
  @state() private status = '';
  @state() private busy = false;
  @state() private previewHeight = 0;
  @query('dialog') private dialog?: HTMLDialogElement;
  @query('iframe.preview') private preview?: HTMLIFrameElement;

  static override styles = [
    panelTheme,
    controlTheme,
    css`
      :host {
        display: inline-flex;
        gap: 0.4rem;
      }
      .btn {
        font: inherit;
        font-size: 0.875rem;
        border: 1px solid var(--_border);
        border-radius: 6px;
        background: var(--_bg);
        color: var(--_text);
        padding: 0.3rem 0.7rem;
        min-height: 32px;
        cursor: pointer;
        white-space: nowrap;
      }
      .btn:hover {
        background: color-mix(in srgb, var(--_accent) 10%, var(--_bg));
      }
      .primary {
        background: var(--_accent);
        border-color: var(--_accent);
        color: #fff;
      }
      dialog {
        width: min(46rem, calc(100vw - 1.5rem));
        max-height: calc(100dvh - 1.5rem);
        overflow: auto;
        border: 1px solid var(--_border);
        border-radius: 10px;
        padding: 0;
        color: var(--_text);
        background: var(--_bg);
        box-sizing: border-box;
      }
      dialog.small {
        width: min(24rem, calc(100vw - 1.5rem));
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 0.35);
      }
      .head {
        display: flex;
        justify-content: space-between;
        align-items: center;
        gap: 1rem;
        padding: 0.75rem 1rem;
        border-bottom: 1px solid var(--_border);
      }
      h2 {
        margin: 0;
        font-size: 1.05rem;
      }
      h3 {
        margin: 0 0 0.4rem;
        font-size: 0.95rem;
      }
      section {
        padding: 0.75rem 1rem;
        border-bottom: 1px solid var(--_border);
      }
      section:last-child {
        border-bottom: 0;
      }
      .row {
        display: flex;
        gap: 0.5rem;
        align-items: stretch;
      }
      input[type='text'],
      textarea {
        flex: 1;
        min-width: 0;
        font: 0.8rem/1.4 ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
        color: var(--_text);
        background: color-mix(in srgb, var(--_border) 18%, var(--_bg));
        border: 1px solid var(--_border);
        border-radius: 6px;
        padding: 0.35rem 0.5rem;
      }
      textarea {
        resize: vertical;
        min-height: 4.8rem;
        width: 100%;
        box-sizing: border-box;
      }
      label.block {
        display: block;
        font-size: 0.85rem;
        margin: 0.6rem 0 0.25rem;
      }
      p.note {
        margin: 0.3rem 0 0;
        font-size: 0.8rem;
        color: var(--_muted);
      }
      fieldset {
        border: 0;
        padding: 0;
        margin: 0 0 0.25rem;
        display: flex;
        flex-wrap: wrap;
        gap: 0.25rem 1rem;
        font-size: 0.875rem;
      }
      legend {
        padding: 0;
        margin-bottom: 0.25rem;
        font-weight: 600;
      }
      .preview {
        display: block;
        width: 100%;
        height: 420px;
        border: 1px solid var(--_border);
        border-radius: 6px;
        background: #fff;
      }
      .actions {
        display: grid;
        gap: 0.5rem;
        padding: 0.75rem 1rem;
      }
      .actions .btn {
        text-align: left;
        white-space: normal;
      }
      [role='status'] {
        min-height: 1.2em;
        font-size: 0.8rem;
        color: var(--_muted);
        margin: 0.35rem 0 0;
      }
    `,
  ];

  private host_(): ShareHost | null {
    const root = this.getRootNode();
    return root instanceof ShadowRoot && 'toPng' in root.host ? (root.host as ShareHost) : null;
  }

  private m(key: MessageKey, params?: Record<string, string | number>) {
    return t(this.lang, key, params);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('message', this.onMessage);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('message', this.onMessage);
  }

  /** The preview iframe reports its height like any embed; only its own messages count. */
  private onMessage = (e: MessageEvent) => {
    if (e.source && e.source === this.preview?.contentWindow && e.data?.type === HEIGHT_MESSAGE && e.data.height > 0) {
      this.previewHeight = Math.min(1200, Math.ceil(e.data.height));
    }
  };

  private async show(which: Dialog): Promise<void> {
    this.status = '';
    this.open = which;
    await this.updateComplete;
    this.dialog?.showModal();
  }

  private close(): void {
    this.dialog?.close();
    this.open = null;
    this.previewHeight = 0;
  }

  private async copy(text: string, field: HTMLInputElement | HTMLTextAreaElement | null): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.status = this.m('share.copied');
    } catch {
      field?.select();
      this.status = this.m('share.copyFailed');
    }
  }

  private async save(kind: 'png' | 'png2x' | 'csv'): Promise<void> {
    const host = this.host_();
    if (!host || this.busy) return;
    this.busy = true;
    this.status = this.m('export.working');
    try {
      const { download } = await import('../export/atlas-export');
      if (kind === 'csv') {
        const { text, file } = await host.toCsv();
        download(new Blob([text], { type: 'text/csv;charset=utf-8' }), file);
        this.status = this.m('export.done', { file });
      } else {
        const { blob, file } = await host.toPng(kind === 'png2x' ? 2 : 1);
        download(blob, file);
        this.status = this.m('export.done', { file });
      }
    } catch (e) {
      this.status = this.m('export.failed', { reason: (e as Error).message ?? String(e) });
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<button type="button" class="btn" part="share-button" aria-haspopup="dialog" @click=${() => this.show('share')}>
        ${this.m('share.button')}</button>
      <button type="button" class="btn" part="download-button" aria-haspopup="dialog" @click=${() => this.show('download')}>
        ${this.m('export.button')}</button>
      ${this.open === 'share' ? this.renderShare() : this.open === 'download' ? this.renderDownload() : nothing}`;
  }

  private head(title: string) {
    return html`<div class="head"><h2 id="dlg-title">${title}</h2>
      <button type="button" class="btn" @click=${() => this.close()}>${this.m('share.close')}</button></div>`;
  }

  private renderShare() {
    const host = this.host_();
    if (!host) return nothing;
    const s = host.state;
    const root = atlasRoot();
    const link = shareLink(s, root);
    const iframe = iframeSnippet(s, this.controls, root, this.m('share.previewTitle'));
    const script = scriptSnippet(s, this.controls, root);
    const height = this.previewHeight || iframeStartHeight(this.controls);
    return html`<dialog part="dialog" aria-labelledby="dlg-title" lang=${this.lang === 'zh' ? 'zh-CN' : 'en'} @close=${() => this.close()}>
      ${this.head(this.m('share.title'))}
      <section>
        <h3><label for="link">${this.m('share.link')}</label></h3>
        <div class="row">
          <input id="link" type="text" readonly .value=${link} @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
          <button type="button" class="btn primary" @click=${(e: Event) => this.copy(link, (e.target as HTMLElement).previousElementSibling as HTMLInputElement)}>
            ${this.m('share.copyLink')}</button>
        </div>
        <p class="note">${this.m('share.linkNote')}</p>
        <p role="status">${this.status}</p>
      </section>
      <section>
        <h3>${this.m('share.embed')}</h3>
        <fieldset>
          <legend>${this.m('share.controls')}</legend>
          ${CONTROLS.map(
            (c) => html`<label><input type="radio" name="controls" value=${c} .checked=${this.controls === c}
              @change=${() => ((this.controls = c), (this.previewHeight = 0))} /> ${this.m(`share.controls.${c}`)}</label>`,
          )}
        </fieldset>
        <label class="block" for="iframe">${this.m('share.iframe')}</label>
        <textarea id="iframe" readonly rows="4" .value=${iframe}></textarea>
        <p class="note">${this.m('share.iframeNote')}</p>
        <button type="button" class="btn" @click=${() => this.copy(iframe, this.renderRoot.querySelector('#iframe'))}>${this.m('share.copy')}</button>
        <label class="block" for="script">${this.m('share.script')}</label>
        <textarea id="script" readonly rows="3" .value=${script}></textarea>
        <button type="button" class="btn" @click=${() => this.copy(script, this.renderRoot.querySelector('#script'))}>${this.m('share.copy')}</button>
        <h3 class="block">${this.m('share.preview')}</h3>
        <iframe class="preview" src=${embedUrl(s, this.controls, root)} title=${this.m('share.previewTitle')}
          style=${cssomStyle({ height: `${height}px` })}></iframe>
      </section>
    </dialog>`;
  }

  private renderDownload() {
    return html`<dialog class="small" part="dialog" aria-labelledby="dlg-title" lang=${this.lang === 'zh' ? 'zh-CN' : 'en'} @close=${() => this.close()}>
      ${this.head(this.m('export.title'))}
      <div class="actions">
        <button type="button" class="btn" ?disabled=${this.busy} data-kind="png" @click=${() => this.save('png')}>${this.m('export.png')}</button>
        <button type="button" class="btn" ?disabled=${this.busy} data-kind="png2x" @click=${() => this.save('png2x')}>${this.m('export.png2x')}</button>
        <button type="button" class="btn" ?disabled=${this.busy} data-kind="csv" @click=${() => this.save('csv')}>${this.m('export.csv')}</button>
        <p role="status">${this.status}</p>
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-share': AtlasShare;
  }
}
