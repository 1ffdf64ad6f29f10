import { LitElement, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { defineElement } from '../embed/define';
import type { Lang, SeriesFile } from '../data/schema';
import { DataStore } from '../state/data-store';
import { contextFor, fetchStoryText, readStory, unreadable, type StoryListing } from '../story/load-story';
import { st } from '../story/messages';
import { storyAction, type NotesMessage, type StoryAction } from '../story/story-keys';
import { readStoryHash, writeStoryHash } from '../story/story-url';
import { captionText, shownCaption, stepSources } from '../story/story-view';
import type { Story, StoryIssue, StoryResult, StoryStep } from '../story/story-types';
import type { PovertyAtlas } from './poverty-atlas';
import { panelTheme } from './panel-theme';
import { sourceShortName } from './source-label';
import { storyStyles } from './atlas-story-styles';
import './atlas-national-chart';
import './atlas-story-notes';

/** Milliseconds per year when the year moves between two steps on the same indicator. */
const YEAR_STEP_MS = 260;
/** More years than this between two steps jump instead of counting through. */
const MAX_YEARS_ANIMATED = 8;

const reducedMotion = () => typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * @summary Presents a story on the live atlas: full screen, one step at a
 * time, each step an atlas state (restored on its own <poverty-atlas>) with
 * a caption readable from the back of a classroom, its sources and optional
 * speaker notes (a toggled panel, or a second window kept in step over a
 * BroadcastChannel). Keys: ←/→, PageUp/PageDown (clickers), space,
 * Home/End, Esc to leave; N notes, W notes window, F full screen, L language.
 * Without `src` or `text` it offers the shipped stories (stories/index.json),
 * a file picker and a drop zone for a story file from the teacher's machine.
 *
 * Attributes: `src` (story URL, relative to the page), `step` (1-based),
 * `lang`, `data-base` (where data/ lives), `url` (keep `#story=…&step=N` in
 * the page's URL).
 *
 * @event atlas-story-step - The step shown changed. detail: `{step, total, state}`.
 * @event atlas-story-exit - The reader left the presentation.
 * @csspart stage - The map (or chart) area. @csspart caption - The caption panel.
 * @cssproperty --atlas-story-text - Caption body size (default: 28.8px at 1920 px wide).
 */
@defineElement('atlas-story')
export class AtlasStory extends LitElement {
  /** URL of the story file (Markdown with front matter per step). */
  @property({ reflect: true }) src = '';
  /** A story file's text (from a file picker or a drop); wins over `src`. */
  @property({ attribute: false }) text: string | null = null;
  /** Name shown for a story given as text (its file name). */
  @property() fileName = '';
  /** The step shown, 1-based. */
  @property({ type: Number, reflect: true }) step = 1;
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** Keep the story and step in the page's URL hash. */
  @property({ type: Boolean }) url = false;

  @state() private story: Story | null = null;
  @state() private errors: StoryIssue[] = [];
  @state() private loading = true;
  @state() private notesOpen = false;
  @state() private listing: StoryListing[] = [];
  @state() private announcement = '';
  private series: SeriesFile | null = null;
  private channel: BroadcastChannel | null = null;
  private readonly channelName = `poverty-atlas-story-${Math.random().toString(36).slice(2)}`;
  private timers: ReturnType<typeof setTimeout>[] = [];
  private shown: StoryStep | null = null;
  private hashBefore = '';

  static override styles = [panelTheme, storyStyles];

  private get base(): string {
    const b = new URL(this.getAttribute('data-base') ?? '.', document.baseURI).href;
    return b.endsWith('/') ? b : `${b}/`;
  }

  /** The atlas the steps restore. */
  get atlas(): PovertyAtlas | null {
    return this.renderRoot?.querySelector('poverty-atlas') ?? null;
  }

  /** The parsed story, once loaded. */
  get current(): Story | null {
    return this.story;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    window.addEventListener('keydown', this.onKey);
    this.hashBefore = location.hash;
    void this.load();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    window.removeEventListener('keydown', this.onKey);
    this.stopTimers();
    this.channel?.postMessage({ type: 'closed' } satisfies NotesMessage);
    this.channel?.close();
    this.channel = null;
  }

  /** Focus moves into the presentation (off the Present button underneath, which space would press again). */
  protected override firstUpdated(): void {
    (this.renderRoot.querySelector('.panel') as HTMLElement | null)?.focus({ preventScroll: true });
  }

  protected override willUpdate(changed: Map<string, unknown>): void {
    if ((changed.has('src') || changed.has('text')) && this.hasUpdated) void this.load();
    // `step` set from outside (attribute or property): show it.
    else if (changed.has('step') && this.hasUpdated && this.story && this.shown?.index !== this.step) this.go(this.step);
  }

  private async load(): Promise<void> {
    this.loading = true;
    try {
      this.series ??= await new DataStore(this.base).loadSeries();
    } catch (e) {
      const r = unreadable('data/series.json', (e as Error).message);
      this.errors = r.ok ? [] : r.errors;
      this.loading = false;
      return;
    }
    if (this.text === null && !this.src) {
      this.story = null;
      this.loading = false;
      void this.loadListing();
      return;
    }
    let text = this.text;
    if (text === null) {
      try {
        text = await fetchStoryText(this.src, document.baseURI);
      } catch (e) {
        const r = unreadable(this.src, (e as Error).message);
        this.errors = r.ok ? [] : r.errors;
        this.loading = false;
        return;
      }
    }
    let result: StoryResult;
    try {
      result = await readStory(text, this.series);
    } catch (e) {
      result = unreadable(this.src || this.fileName || 'story', (e as Error).message);
    }
    for (const w of result.warnings) console.warn(`atlas-story: ${w.message.en}`);
    this.loading = false;
    if (!result.ok) {
      this.story = null;
      this.errors = result.errors;
      return;
    }
    this.errors = [];
    this.story = result.story;
    this.shown = null;
    await this.updateComplete;
    this.go(this.step);
  }

  private async loadListing(): Promise<void> {
    try {
      const res = await fetch(new URL('stories/index.json', document.baseURI).href);
      if (res.ok) this.listing = ((await res.json()) as { stories: StoryListing[] }).stories ?? [];
    } catch {
      this.listing = [];
    }
  }

  /** Shows step `n` (clamped to the story), restoring its state on the atlas. */
  go(n: number): void {
    const story = this.story;
    if (!story || story.steps.length === 0) return;
    const index = Math.min(Math.max(1, Math.round(n) || 1), story.steps.length);
    const step = story.steps[index - 1];
    const before = this.shown;
    this.step = index;
    this.shown = step;
    this.applyState(step, before);
    this.announcement = `${st(this.lang, 'story.stepLabel', { n: index, total: story.steps.length })}: ${step.caption[this.lang].heading}`;
    if (this.url) history.replaceState(null, '', writeStoryHash(location.hash, { story: this.src || `file:${this.fileName}`, step: index }));
    this.postState();
    this.dispatchEvent(new CustomEvent('atlas-story-step', { detail: { step: index, total: story.steps.length, state: { ...step.state } }, bubbles: true, composed: true }));
  }

  /** Restores a step on the atlas; the year counts through the years between two steps on one indicator. */
  private applyState(step: StoryStep, before: StoryStep | null): void {
    this.stopTimers();
    const atlas = this.atlas;
    if (!atlas) return;
    const target = { ...step.state, lang: this.lang };
    const from = before?.state;
    const gap = from ? step.state.year - from.year : 0;
    const animate = from && from.view === step.state.view && from.indicator === step.state.indicator && Math.abs(gap) > 1 && Math.abs(gap) <= MAX_YEARS_ANIMATED && !reducedMotion();
    if (!animate) return atlas.restore(target);
    const dir = Math.sign(gap);
    const years = Array.from({ length: Math.abs(gap) - 1 }, (_, i) => from.year + dir * (i + 1));
    atlas.restore({ ...target, year: from.year });
    years.forEach((year, i) => this.timers.push(setTimeout(() => atlas.restore({ year }), YEAR_STEP_MS * (i + 1))));
    this.timers.push(setTimeout(() => atlas.restore(target), YEAR_STEP_MS * (years.length + 1)));
  }

  private stopTimers(): void {
    this.timers.forEach(clearTimeout);
    this.timers = [];
  }

  /** Does what a key or a button asks. */
  act(action: StoryAction): void {
    const total = this.story?.steps.length ?? 0;
    if (action === 'next') this.go(this.step + 1);
    else if (action === 'prev') this.go(this.step - 1);
    else if (action === 'first') this.go(1);
    else if (action === 'last') this.go(total);
    else if (action === 'notes') this.notesOpen = !this.notesOpen;
    else if (action === 'notesWindow') this.openNotesWindow();
    else if (action === 'fullscreen') void this.toggleFullscreen();
    else if (action === 'lang') this.setLang(this.lang === 'zh' ? 'en' : 'zh');
    else if (action === 'exit') this.exit();
  }

  private setLang(lang: Lang): void {
    this.lang = lang;
    this.atlas?.restore({ lang });
    this.postState();
  }

  /** Leaves the presentation: full screen ends, the URL loses its story, listeners get `atlas-story-exit`. */
  exit(): void {
    this.stopTimers();
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => {});
    if (this.url) history.replaceState(null, '', writeStoryHash(readStoryHash(this.hashBefore) ? '' : this.hashBefore, null) || location.pathname + location.search);
    this.dispatchEvent(new CustomEvent('atlas-story-exit', { bubbles: true, composed: true }));
  }

  private async toggleFullscreen(): Promise<void> {
    try {
      if (document.fullscreenElement) await document.exitFullscreen();
      else await this.requestFullscreen();
    } catch {
      // Refused (no user gesture, or an iframe without allowfullscreen): the layout already fills the window.
    }
  }

  private onKey = (e: KeyboardEvent): void => {
    if (!this.isConnected || e.defaultPrevented) return;
    const path = e.composedPath();
    const target = path[0] as HTMLElement | undefined;
    const tag = target?.tagName?.toLowerCase() ?? '';
    const inAtlas = !!this.atlas && path.includes(this.atlas);
    const inControl = inAtlas || ['input', 'select', 'textarea'].includes(tag) || (tag === 'button' && (e.key === ' ' || e.key === 'Enter')) || target?.getAttribute?.('role') === 'slider' || tag === 'svg';
    const action = storyAction(e, inControl);
    if (!action || (!this.story && action !== 'exit')) return;
    e.preventDefault();
    this.act(action);
  };

  // ---- speaker notes in a second window, kept in step over a BroadcastChannel
  private ensureChannel(): BroadcastChannel | null {
    if (this.channel || typeof BroadcastChannel === 'undefined') return this.channel;
    this.channel = new BroadcastChannel(this.channelName);
    this.channel.onmessage = (e: MessageEvent<NotesMessage>) => {
      const m = e.data;
      if (m.type === 'hello') this.postState();
      else if (m.type === 'go') this.go(m.step);
      else if (m.type === 'action') this.act(m.action);
    };
    return this.channel;
  }

  private postState(): void {
    const story = this.story;
    if (!this.channel || !story || !this.series) return;
    const ctx = contextFor(this.series);
    const lang = this.lang;
    this.channel.postMessage({
      type: 'state',
      title: story.title[lang],
      lang,
      step: this.step,
      steps: story.steps.map((s) => ({ heading: s.caption[lang].heading, caption: captionText(s.caption[lang], lang, ctx), notes: s.notes })),
    } satisfies NotesMessage);
  }

  /** Opens the notes window (or, if the browser blocks pop-ups, the notes panel). */
  openNotesWindow(): void {
    this.ensureChannel();
    const w = window.open('', `${this.channelName}-notes`, 'popup,width=980,height=760');
    if (!w) {
      this.notesOpen = true;
      return;
    }
    // The notes page runs this same module (it defines <atlas-story-notes>) and talks back over the channel.
    const script = new URL(import.meta.url, document.baseURI).href;
    w.document.open();
    w.document.write(`<!doctype html><html lang="${this.lang === 'zh' ? 'zh-CN' : 'en'}"><head><meta charset="utf-8"><title>${st(this.lang, 'story.notesTitle')}</title>
<link rel="icon" href="data:,"><style>html,body{margin:0;height:100%}</style><script type="module" src="${script}"></script></head>
<body><atlas-story-notes channel="${this.channelName}"></atlas-story-notes></body></html>`);
    w.document.close();
  }

  // ---- a story file from the teacher's machine
  private async openFile(file: File | undefined): Promise<void> {
    if (!file) return;
    this.fileName = file.name;
    this.src = '';
    this.step = 1;
    this.text = await file.text();
  }

  private onDrop = (e: DragEvent) => {
    e.preventDefault();
    void this.openFile(e.dataTransfer?.files?.[0]);
  };

  override render() {
    const lang = this.lang;
    const story = this.story;
    const step = story?.steps[this.step - 1];
    return html`<div class="deck" lang=${lang === 'zh' ? 'zh-CN' : 'en'} @dragover=${(e: DragEvent) => e.preventDefault()} @drop=${this.onDrop}>
      <div class="stage" part="stage">
        <poverty-atlas data-base=${this.getAttribute('data-base') ?? '.'} lang=${lang}></poverty-atlas>
        ${step?.chart
          ? html`<div class="chart"><atlas-national-chart .series=${this.series} .lang=${lang} .span=${step.chart.span}
              .year=${step.chart.span ? 0 : step.state.year}></atlas-national-chart></div>`
          : nothing}
      </div>
      <aside class="panel" part="caption" tabindex="-1" aria-label=${story?.title[lang] ?? st(lang, 'story.choose')}>${story && step ? this.renderStep(story, step) : this.renderChooser()}</aside>
      <div class="visually-hidden" role="status" aria-live="polite">${this.announcement}</div>
    </div>`;
  }

  private renderStep(story: Story, step: StoryStep) {
    const lang = this.lang;
    const series = this.series!;
    const ctx = contextFor(series);
    const total = story.steps.length;
    const caption = step.caption[lang];
    const sources = stepSources(step, series, ctx);
    // Two sources can share a short name (two news reposts): then their dates tell them apart.
    const names = sources.map((s) => sourceShortName(s));
    const shownSources = names.slice(0, 4).map((n, i) => (names.indexOf(n) !== names.lastIndexOf(n) ? `${n} (${sources[i].date})` : n));
    const more = sources.length - shownSources.length;
    return html`<div class="top">
        <span class="story-title">${story.title[lang]}</span>
        <span class="progress" aria-label=${st(lang, 'story.stepLabel', { n: this.step, total })}>${st(lang, 'story.step', { n: this.step, total })}</span>
      </div>
      <div class="bar" aria-hidden="true"><span style=${styleMap({ width: `${(100 * this.step) / total}%` })}></span></div>
      ${caption.heading ? html`<h2>${caption.heading}</h2>` : nothing}
      <div class="caption">
        ${shownCaption(caption, lang, ctx).map((b) => {
          const runs = b.runs.map((r) => (r.figure ? html`<span class="figure">${r.strong ? html`<strong>${r.text}</strong>` : r.text}</span>` : r.strong ? html`<strong>${r.text}</strong>` : r.text));
          return b.kind === 'li' ? html`<p class="li">${runs}</p>` : html`<p>${runs}</p>`;
        })}
      </div>
      <p class="sources">${st(lang, 'story.sources', { list: shownSources.join(lang === 'zh' ? '；' : '; ') + (more > 0 ? (lang === 'zh' ? `等${sources.length}个` : ` and ${more} more`) : '') })}</p>
      ${this.notesOpen ? html`<div class="notes" role="note"><h3>${st(lang, 'story.notes')}</h3><p>${step.notes || st(lang, 'story.noNotes')}</p></div>` : nothing}
      <nav class="nav">
        <button type="button" @click=${() => this.act('prev')} ?disabled=${this.step <= 1}>← ${st(lang, 'story.prev')}</button>
        <button type="button" class="primary" @click=${() => this.act('next')} ?disabled=${this.step >= total}>${st(lang, 'story.next')} →</button>
        <span class="spacer"></span>
        <button type="button" aria-pressed=${this.notesOpen ? 'true' : 'false'} @click=${() => this.act('notes')}>${st(lang, 'story.notes')}</button>
        <button type="button" @click=${() => this.act('notesWindow')}>${st(lang, 'story.notesWindow')}</button>
        <button type="button" @click=${() => this.act('lang')} lang=${lang === 'zh' ? 'en' : 'zh-CN'}>${st(lang, 'story.lang')}</button>
        <button type="button" @click=${() => this.act('fullscreen')}>${st(lang, 'story.fullscreen')}</button>
        <button type="button" @click=${() => this.act('exit')}>${st(lang, 'story.exit')}</button>
      </nav>
      <p class="keys">${st(lang, 'story.keys')}</p>`;
  }

  private renderChooser() {
    const lang = this.lang;
    if (this.loading) return html`<p>${st(lang, 'story.loading')}</p>`;
    return html`${this.errors.length
        ? html`<div class="errors" role="alert"><h2>${st(lang, 'story.invalid')}</h2>
            <ul>${this.errors.map((e) => html`<li>${e.message[lang]}${e.line ? html` <span class="muted">(${lang === 'zh' ? `第${e.line}行` : `line ${e.line}`})</span>` : nothing}</li>`)}</ul></div>`
        : nothing}
      <h2>${st(lang, 'story.choose')}</h2>
      <ul class="listing">
        ${this.listing.map((s) => html`<li><button type="button" @click=${() => ((this.text = null), (this.step = 1), (this.src = s.file))}>${s.title[lang]}</button></li>`)}
      </ul>
      <label class="file">${st(lang, 'story.open')}
        <input type="file" accept=".md,.markdown,.txt,text/markdown,text/plain" @change=${(e: Event) => this.openFile((e.target as HTMLInputElement).files?.[0])} />
      </label>
      <p class="muted">${st(lang, 'story.drop')}</p>
      <nav class="nav"><span class="spacer"></span><button type="button" @click=${() => this.act('exit')}>${st(lang, 'story.exit')}</button></nav>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-story': AtlasStory;
  }
}
