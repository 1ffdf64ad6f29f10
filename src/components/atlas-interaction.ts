/**
 * The events of <poverty-atlas>'s inner elements that do more than set state
 * (those are STATE_EVENTS, poverty-atlas-parts.ts): the timeline's buttons,
 * keys and speed, selecting a region (from the keyboard or the table, focus
 * moves into its panel) and closing it (focus back on the map), pinning, and
 * the pointer or keyboard focus a tooltip follows. Holds what the shell draws
 * from them: `timeline` and `hover`.
 */
import type { ReactiveController, ReactiveElement } from 'lit';
import type { AtlasController } from '../state/atlas-controller';
import type { AnnounceController } from '../state/announce-controller';
import { TimelineController } from '../state/timeline-controller';
import type { AtlasEventDetail } from './atlas-events';

type Handlers = { [K in keyof AtlasEventDetail]?: (detail: AtlasEventDetail[K]) => void };

export class InteractionController implements ReactiveController {
  readonly timeline = new TimelineController();
  /** Pointer or keyboard focus on a region: where its tooltip goes (not state: it follows the hand). */
  hover: { id: string; x: number; y: number } | null = null;

  private readonly handlers: Handlers = {
    'atlas-year': ({ year }) => (this.timeline.pause(), this.atlas.update({ year })),
    'atlas-timeline': ({ action }) => this.timeline.run(action),
    'atlas-speed': ({ speed }) => this.timeline.setSpeed(speed),
    'atlas-select': (d) => void this.select(d),
    'atlas-pin': ({ id, pinned }) => this.atlas.pin(id, pinned),
    'atlas-hover': ({ id, x, y }) => this.setHover(id ? { id, x, y } : null),
    'atlas-focus-region': ({ id, x, y }) => (this.announce.focus(id), this.setHover(id && x !== undefined && y !== undefined ? { id, x, y } : null)),
    'atlas-close': () => this.close(),
  };

  /** `years`: the timeline's years for an indicator (none before the data has loaded). */
  constructor(
    private readonly host: ReactiveElement,
    private readonly atlas: AtlasController,
    private readonly announce: AnnounceController,
    years: (indicator: string) => number[],
  ) {
    host.addController(this);
    this.timeline.addEventListener('year', (e) => atlas.update({ year: (e as CustomEvent<number>).detail }));
    this.timeline.addEventListener('change', () => host.requestUpdate());
    atlas.addEventListener('change', () => this.timeline.setYears(years(atlas.state.indicator), atlas.state.year));
  }

  hostConnected(): void {
    for (const name of Object.keys(this.handlers)) this.host.renderRoot.addEventListener(name, this.onEvent);
  }

  hostDisconnected(): void {
    for (const name of Object.keys(this.handlers)) this.host.renderRoot.removeEventListener(name, this.onEvent);
    this.timeline.dispose();
  }

  private onEvent = (e: Event): void => {
    const handle = this.handlers[e.type as keyof AtlasEventDetail] as ((detail: unknown) => void) | undefined;
    if (!handle) return;
    e.stopPropagation();
    handle((e as CustomEvent).detail);
  };

  private setHover(hover: InteractionController['hover']): void {
    this.hover = hover;
    this.host.requestUpdate();
  }

  /** Opens a region's panel; from the keyboard or the table, focus moves into it. */
  private async select({ id, via }: AtlasEventDetail['atlas-select']): Promise<void> {
    const fromTable = this.atlas.state.tab === 'table';
    this.atlas.update({ tab: 'map', selected: id });
    if (via !== 'keyboard' && !fromTable) return;
    await this.host.updateComplete;
    (this.host.renderRoot.querySelector('atlas-detail-panel') as HTMLElement | null)?.focus();
  }

  private close(): void {
    if (!this.atlas.state.selected) return;
    this.atlas.update({ selected: null });
    (this.host.renderRoot.querySelector('atlas-map') as HTMLElement | null)?.focus();
  }
}
