/**
 * How an atlas fits the page around it: the `controls` and `height`
 * attributes, and a sensible height of its own when the page gives none.
 *
 * - `controls="full"` (default): everything. `"minimal"`: title, map, legend
 *   and timeline, share and download; no view, indicator or language
 *   pickers, no search, no tabs. `"none"`: map and legend only.
 * - `height="480"` / `"480px"` / `"70vh"` / `"30rem"`: that height.
 *   `height="auto"`: as tall as the content (the iframe embed): the map gets
 *   a height from the width and the detail panel opens below the timeline,
 *   so the page grows instead of covering the map.
 * - Neither, and no CSS height from the page: a height from the width and
 *   the window (defaultHeight), instead of collapsing. The page's CSS
 *   (`height`, or `--atlas-height`) always wins over that default.
 *
 * Sizes are set as custom properties through the CSSOM, which a strict CSP
 * allows.
 */
import { css, type ReactiveController, type ReactiveControllerHost } from 'lit';

export type ControlsMode = 'full' | 'minimal' | 'none';
export const CONTROLS: readonly ControlsMode[] = ['full', 'minimal', 'none'];

/** `controls` attribute → mode; anything else is `full` (with `bad` set for one warning). */
export function parseControls(value: string | null): { mode: ControlsMode; bad: boolean } {
  if (value === null || value === '') return { mode: 'full', bad: false };
  const v = value.trim().toLowerCase();
  return (CONTROLS as readonly string[]).includes(v) ? { mode: v as ControlsMode, bad: false } : { mode: 'full', bad: true };
}

export type HeightSetting = { kind: 'default' } | { kind: 'auto' } | { kind: 'fixed'; css: string };

const LENGTH = /^(\d+(?:\.\d+)?)(px|vh|dvh|svh|lvh|rem|em)?$/;

/** `height` attribute → setting: a bare number is px; `auto`; anything else is the default (with `bad` set). */
export function parseHeight(value: string | null): { height: HeightSetting; bad: boolean } {
  if (value === null || value.trim() === '') return { height: { kind: 'default' }, bad: false };
  const v = value.trim().toLowerCase();
  if (v === 'auto') return { height: { kind: 'auto' }, bad: false };
  const m = LENGTH.exec(v);
  if (!m || Number(m[1]) <= 0) return { height: { kind: 'default' }, bad: true };
  return { height: { kind: 'fixed', css: `${m[1]}${m[2] ?? 'px'}` }, bad: false };
}

/** At this container width and below, the phone layout (LAYOUT.narrowMax of poverty-atlas-parts). */
const NARROW = 640;

/** The height the map area (the stage) should get at a width, px: about 11:20 on wide columns, near square on phones (the legend stacks under the map there). */
export function stageHeight(width: number): number {
  const ideal = width <= NARROW ? width * 1.05 + 90 : width * 0.55;
  return Math.round(Math.min(620, Math.max(300, ideal)));
}

/**
 * Height of an atlas that nobody sized, px: what its header, controls and
 * timeline take (`chrome`, measured) plus a map area from the width; on wide
 * columns never taller than most of the window (a phone page scrolls).
 */
export function defaultHeight(width: number, chrome: number, windowHeight: number): number {
  const total = chrome + stageHeight(width);
  return Math.round(width <= NARROW ? total : Math.min(total, Math.max(chrome + 300, windowHeight * 0.92)));
}

/** Height of the map in `height="auto"` (the iframe), px: from the width only (the window is the iframe, which follows us). */
export function autoStageHeight(width: number): number {
  return stageHeight(width);
}

type Host = ReactiveControllerHost & HTMLElement & { renderRoot?: ParentNode };

/** Keeps the size properties of one atlas up to date with its attributes and width. */
export class EmbedLayoutController implements ReactiveController {
  controls: ControlsMode = 'full';
  height: HeightSetting = { kind: 'default' };
  private warned = new Set<string>();
  private stage: Element | null = null;
  private readonly observer = new ResizeObserver(() => this.size());

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    this.observer.observe(this.host);
    window.addEventListener('resize', this.size);
  }

  /** Once rendered, the stage is watched too: controls that wrap or unwrap change what is left for the map. */
  hostUpdated(): void {
    const stage = this.host.renderRoot?.querySelector('.stage') ?? null;
    if (stage && stage !== this.stage) {
      if (this.stage) this.observer.unobserve(this.stage);
      this.stage = stage;
      this.observer.observe(stage);
    }
  }

  hostDisconnected(): void {
    this.observer.disconnect();
    window.removeEventListener('resize', this.size);
  }

  /** Re-reads `controls` and `height` (call from attributeChangedCallback). */
  read(): void {
    const c = parseControls(this.host.getAttribute('controls'));
    const h = parseHeight(this.host.getAttribute('height'));
    if (c.bad) this.warn('controls', this.host.getAttribute('controls'), 'full | minimal | none');
    if (h.bad) this.warn('height', this.host.getAttribute('height'), 'a number of px, a CSS length or auto');
    this.controls = c.mode;
    this.height = h.height;
    const style = this.host.style;
    if (this.height.kind === 'fixed') style.setProperty('--atlas-height', this.height.css);
    else style.removeProperty('--atlas-height');
    this.size();
    this.host.requestUpdate();
  }

  private warn(field: string, value: string | null, expected: string): void {
    const key = `${field}=${value}`;
    if (this.warned.has(key)) return;
    this.warned.add(key);
    console.warn(`poverty-atlas: invalid ${field}: ${String(value).slice(0, 80)} (expected ${expected})`);
  }

  private size = (): void => {
    const width = this.host.clientWidth;
    if (width === 0) return;
    // Header, controls, banners and timeline: all but the stage (before the first render, a guess).
    const chrome = this.stage ? this.host.clientHeight - this.stage.clientHeight : 200;
    this.set('--_auto-height', defaultHeight(width, chrome, window.innerHeight));
    this.set('--_stage-height', autoStageHeight(width));
  };

  /** Sets a size property only when it changes, so measuring and sizing settle at once. */
  private set(prop: string, px: number): void {
    const value = `${px}px`;
    if (this.host.style.getPropertyValue(prop) !== value) this.host.style.setProperty(prop, value);
  }
}

/** Styles of the modes above; added after the atlas's own (same specificity, later wins). */
export const embedStyles = css`
  :host {
    height: var(--atlas-height, var(--_auto-height, 520px));
    max-width: 100%;
  }
  .app {
    overflow-x: clip;
  }
  /* The title keeps a readable width; share, download and the language switch wrap under it. */
  header {
    flex-wrap: wrap;
  }
  header > div:first-child {
    flex: 1 1 14rem;
    min-width: 0;
  }
  :host([height='auto']) {
    height: auto;
    min-height: 0;
  }
  :host([height='auto']) .app {
    height: auto;
    grid-template-rows: auto auto auto auto var(--_stage-height, 420px) auto auto;
    grid-template-areas: 'header' 'controls' 'alert' 'status' 'stage' 'timeline' 'panel';
  }
  :host([height='auto']) atlas-detail-panel,
  :host([height='auto']) atlas-detail-panel.sheet {
    grid-area: panel;
    position: relative;
    inset: auto;
    width: auto;
    height: auto;
    /* Long panels (a prefecture's 20 counties, its sources) scroll inside rather than stretch the iframe. */
    max-height: 40rem;
    overflow: auto;
    margin: 0.5rem 1rem 1rem;
    z-index: auto;
    transform: none;
  }
  :host([controls='minimal']) .controls,
  :host([controls='minimal']) header > :not(div):not(atlas-share):not(atlas-export),
  :host([controls='minimal']) .subtitle,
  :host([controls='none']) header,
  :host([controls='none']) .controls,
  :host([controls='none']) .timeline {
    display: none;
  }
`;
