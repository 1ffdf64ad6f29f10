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

/**
 * Height of an atlas that nobody sized, px: tall enough on a phone for map,
 * legend and timeline (portrait), about 2:3 of the width on wider columns,
 * and never taller than most of the window (nor shorter than 480).
 */
export function defaultHeight(width: number, windowHeight: number): number {
  const narrow = width <= NARROW;
  const ideal = narrow ? width * 1.5 : width * 0.66;
  const cap = Math.max(480, Math.min(860, windowHeight * 0.92));
  return Math.round(Math.max(narrow ? 520 : 480, Math.min(ideal, cap)));
}

/** Height of the map in `height="auto"`, px: from the width only (the window is the iframe, which follows us). */
export function autoStageHeight(width: number): number {
  const ideal = width <= NARROW ? width * 1.05 : width * 0.56;
  return Math.round(Math.min(640, Math.max(280, ideal)));
}

type Host = ReactiveControllerHost & HTMLElement;

/** Keeps the size properties of one atlas up to date with its attributes and width. */
export class EmbedLayoutController implements ReactiveController {
  controls: ControlsMode = 'full';
  height: HeightSetting = { kind: 'default' };
  private warned = new Set<string>();
  private readonly observer = new ResizeObserver(() => this.size());

  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostConnected(): void {
    this.read();
    this.observer.observe(this.host);
    window.addEventListener('resize', this.size);
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
    const style = this.host.style;
    style.setProperty('--_auto-height', `${defaultHeight(width, window.innerHeight)}px`);
    style.setProperty('--_stage-height', `${autoStageHeight(width)}px`);
  };
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
    max-height: none;
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
