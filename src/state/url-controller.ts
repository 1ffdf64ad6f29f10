/**
 * Keeps one atlas's state in the page's URL hash, when the element has the
 * `url-state` attribute (off by default, so embeds leave the page's URL
 * alone). Reads the hash on connect and on `hashchange`; writes the
 * resolved state back with `replaceState` once the data can check it, so a
 * rejected or partly invalid hash is replaced by what the atlas shows and a
 * reload lands on the same state. Fields at their default are left out
 * (the data's defaults come from `catalog`).
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { AtlasController } from './atlas-controller';
import type { Catalog } from './atlas-state';
import { parseUrlState, serializeUrlState } from './url-state';

type Host = ReactiveControllerHost & HTMLElement;

export class UrlController implements ReactiveController {
  private active = false;

  constructor(
    private readonly host: Host,
    private readonly atlas: AtlasController,
    private readonly catalog: () => Catalog | null,
  ) {
    host.addController(this);
    atlas.addEventListener('change', () => this.write());
  }

  hostConnected(): void {
    this.active = this.host.hasAttribute('url-state');
    if (!this.active) return;
    window.addEventListener('hashchange', this.read);
    this.read();
  }

  hostDisconnected(): void {
    window.removeEventListener('hashchange', this.read);
    this.active = false;
  }

  private read = (): void => {
    this.atlas.request(parseUrlState(location.hash, (m) => this.atlas.warnOnce(m)));
    this.write();
  };

  /** The address bar shows the state (not what was asked for), once it is checked. */
  write(): void {
    if (!this.active || !this.atlas.ready) return;
    const hash = serializeUrlState(this.atlas.state, this.catalog());
    if (location.hash !== hash) history.replaceState(history.state, '', hash);
  }
}
