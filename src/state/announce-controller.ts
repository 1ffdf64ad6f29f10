/**
 * What the atlas says in its live region: the year and its coverage when
 * the year changes (not on first show), and the region and value when the
 * keyboard focus moves onto one.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AtlasController } from './atlas-controller';
import type { AtlasSession } from './atlas-session';

export class AnnounceController implements ReactiveController {
  text = '';
  /** The year last shown, to announce only real year changes. */
  private shownYear = 0;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly atlas: AtlasController,
    private readonly session: () => AtlasSession | null,
  ) {
    host.addController(this);
    atlas.addEventListener('change', () => this.onState());
  }

  hostConnected(): void {}

  /** Keyboard focus on a region (null: off the map). */
  focus(id: string | null): void {
    const session = this.session();
    this.say(id && session ? session.describe(this.atlas.state, id) : '');
  }

  private onState(): void {
    const s = this.atlas.state;
    const session = this.session();
    if (this.shownYear !== 0 && s.year !== 0 && this.shownYear !== s.year && session) this.say(session.announceYear(s));
    this.shownYear = s.year;
  }

  private say(text: string): void {
    this.text = text;
    this.host.requestUpdate();
  }
}
