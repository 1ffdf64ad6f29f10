import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import type { Lang } from '../data/schema';
import { buildSearchIndex, searchPlaces, type SearchEntry, type SearchHit, type SearchIndex } from '../data/search-index';
import { t } from '../i18n/messages';
import { fire } from './atlas-events';
import { controlTheme } from './control-theme';
import { labelledField, labelledFieldStyles } from './labelled-field';
import { otherLang, panelTheme } from './panel-theme';

/**
 * @summary "Find a place": a text box over the areas, Sichuan's prefectures
 * and the counties, matching Chinese characters, pinyin with or without
 * tones, and English names. An ARIA 1.2 combobox with a listbox popup:
 * Down / Up move through the results (`aria-activedescendant`, focus stays
 * in the box), Enter chooses, Escape closes the list (a second Escape clears
 * the box). A polite live region says how many places match.
 *
 * @event atlas-navigate - A place was chosen. detail: `{ view, selected }` (the view that draws it and its id).
 * @csspart input - The text box.
 * @csspart listbox - The results list.
 * @cssproperty --atlas-accent - Highlight of the active result.
 */
@defineElement('atlas-search')
export class AtlasSearch extends LitElement {
  static override shadowRootOptions = { ...LitElement.shadowRootOptions, delegatesFocus: true };

  /** Language of labels; results show the name in this language first. */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /**
   * The places that can be found (see `searchEntries` in src/data/search-index.ts),
   * or a function giving them: then they are listed and indexed only when a reader first types.
   */
  @property({ attribute: false }) entries: SearchEntry[] | (() => SearchEntry[]) = [];

  @state() private text = '';
  @state() private expanded = false;
  @state() private active = -1;
  @query('input') private input!: HTMLInputElement;
  /** Built on the first search after `entries` changed. */
  private index: SearchIndex | null = null;
  private hits: SearchHit[] = [];

  static override styles = [
    panelTheme,
    controlTheme,
    labelledFieldStyles,
    css`
      :host {
        position: relative;
      }
      [role='listbox'] {
        position: absolute;
        z-index: 20;
        left: 0;
        right: 0;
        min-width: 16rem;
        max-height: min(22rem, 60vh);
        overflow: auto;
        margin: 0.2rem 0 0;
        padding: 0.25rem 0;
        list-style: none;
        background: var(--_bg);
        border: 1px solid var(--_border);
        border-radius: 6px;
        box-shadow: 0 4px 16px rgb(0 0 0 / 0.16);
      }
      [role='option'] {
        padding: 0.35rem 0.6rem;
        cursor: pointer;
        line-height: 1.3;
      }
      [role='option'][aria-selected='true'] {
        background: color-mix(in srgb, var(--_accent) 14%, transparent);
        outline: 2px solid var(--_accent);
        outline-offset: -2px;
      }
      [role='option']:hover {
        background: color-mix(in srgb, var(--_accent) 8%, transparent);
      }
      .name {
        font-weight: 600;
      }
      .where {
        display: block;
        font-size: 0.8rem;
        color: var(--_muted);
      }
      .empty {
        padding: 0.35rem 0.6rem;
        color: var(--_muted);
        font-size: 0.875rem;
      }
    `,
  ];

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('entries')) this.index = null;
    if (changed.has('entries') || (changed as Map<string, unknown>).has('text')) {
      if (this.text.trim() === '') this.hits = [];
      else {
        this.index ??= buildSearchIndex(typeof this.entries === 'function' ? this.entries() : this.entries);
        this.hits = searchPlaces(this.index, this.text);
      }
    }
  }

  override render() {
    const lang = this.lang;
    const open = this.expanded && this.text.trim() !== '';
    const activeId = open && this.active >= 0 ? `opt-${this.active}` : '';
    const input = html`<input
      part="input"
      type="text"
      role="combobox"
      autocomplete="off"
      spellcheck="false"
      aria-autocomplete="list"
      aria-controls="results"
      aria-expanded=${open ? 'true' : 'false'}
      aria-activedescendant=${activeId}
      placeholder=${t(lang, 'search.placeholder')}
      .value=${this.text}
      @input=${this.onInput}
      @keydown=${this.onKeydown}
      @blur=${() => (this.expanded = false)}
    />`;
    return html`${labelledField(t(lang, 'search.label'), input, 'label')}
      <ul id="results" role="listbox" part="listbox" aria-labelledby="label" ?hidden=${!open}>
        ${open && this.hits.length === 0 ? html`<li class="empty" role="presentation">${t(lang, 'search.none', { query: this.text.trim() })}</li>` : nothing}
        ${open ? this.hits.map((hit, i) => this.renderOption(hit, i)) : nothing}
      </ul>
      <div class="visually-hidden" role="status" aria-live="polite">${open ? this.countMessage() : ''}</div>`;
  }

  private renderOption(hit: SearchHit, i: number) {
    const lang = this.lang;
    const other = hit.name[otherLang(lang)];
    const where = [t(lang, `search.kind.${hit.kind}`), hit.context?.[lang]].filter(Boolean).join(' · ');
    return html`<li
      id="opt-${i}"
      role="option"
      aria-selected=${i === this.active ? 'true' : 'false'}
      data-id=${hit.id}
      @pointerdown=${(e: Event) => e.preventDefault()}
      @click=${() => this.choose(hit)}
    >
      <span class="name">${hit.name[lang]}</span>
      ${other !== hit.name[lang] ? html`<span class="other-lang" lang=${otherLang(lang)}>${other}</span>` : nothing}
      <span class="where">${where}</span>
    </li>`;
  }

  private countMessage(): string {
    if (this.hits.length === 0) return t(this.lang, 'search.none', { query: this.text.trim() });
    return t(this.lang, 'search.count', { n: this.hits.length });
  }

  private onInput(e: Event): void {
    this.text = (e.target as HTMLInputElement).value;
    this.expanded = true;
    this.active = -1;
  }

  private onKeydown(e: KeyboardEvent): void {
    const n = this.hits.length;
    switch (e.key) {
      case 'ArrowDown':
        e.preventDefault();
        this.expanded = true;
        if (n) this.active = this.active < n - 1 ? this.active + 1 : 0;
        break;
      case 'ArrowUp':
        e.preventDefault();
        this.expanded = true;
        if (n) this.active = this.active > 0 ? this.active - 1 : n - 1;
        break;
      case 'Enter': {
        // Enter with no active result takes the best one, as a reader who typed a full name expects.
        const hit = this.hits[this.active >= 0 ? this.active : 0];
        if (this.expanded && hit) {
          e.preventDefault();
          this.choose(hit);
        }
        break;
      }
      case 'Escape':
        e.stopPropagation();
        if (this.expanded && this.text) this.expanded = false;
        else this.text = '';
        this.active = -1;
        break;
    }
  }

  protected override updated(): void {
    this.renderRoot.querySelector('[role="option"][aria-selected="true"]')?.scrollIntoView({ block: 'nearest' });
  }

  private choose(hit: SearchHit): void {
    this.text = hit.name[this.lang];
    this.expanded = false;
    this.active = -1;
    // A county opens drilled into its area (zoomed there, the area outlined), as from the area's panel.
    fire(this, 'atlas-navigate', { view: hit.view, selected: hit.id, area: hit.area ?? null });
  }

  /** Puts the cursor in the box (e.g. from a keyboard shortcut). */
  override focus(): void {
    this.input?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-search': AtlasSearch;
  }
}
