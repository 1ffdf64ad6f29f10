/**
 * Loads one atlas's data and says how it is going: atlas.topo.json and
 * series.json at start, counties.topo.json when the counties view first
 * opens. Each file fails on its own (without geometry the table and panels
 * still work; without series.json the map still draws the places as "no
 * data"). Keeps the errors (each naming file and reason), the files that
 * are slow to arrive (with bytes received), and retries what failed on
 * `retry()` or when the browser comes back online.
 */
import type { FeatureCollection } from 'geojson';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { DataError } from '../data/data-error';
import type { AtlasController } from './atlas-controller';
import { withPending, type AtlasState, type Catalog, type ViewId } from './atlas-state';
import { AtlasSession, emptySeries } from './atlas-session';
import { DataStore, dataBase, type FileProgress } from './data-store';
import { nextTask } from './next-task';
// Without data-base, data/ is found beside the script (an embed in any folder), not beside the page.
import { atlasRoot } from '../embed/asset-base';

/** How long a page opening on the counties view waits for their file after the others, before drawing the areas meanwhile, ms. */
export const COUNTIES_GRACE_MS = 1000;

/** A file still loading after this long is shown with its progress and a retry button, ms. */
export const SLOW_MS = 6000;

type Host = ReactiveControllerHost & HTMLElement;

export class LoadController implements ReactiveController {
  session: AtlasSession | null = null;
  /**
   * Drawn until `session` is there, when the atlas opens on its default
   * first view: the areas and one indicator, from first-view.json. Only the
   * page is drawn from it; the public API, the URL and announcements wait
   * for `session`.
   */
  firstView: { session: AtlasSession; indicator: string; year: number } | null = null;
  errors: DataError[] = [];
  /** Files loading for more than SLOW_MS, with the bytes received so far. */
  slow: FileProgress[] = [];
  private store: DataStore | null = null;
  private loading = false;
  /** atlas.topo.json or series.json failed (the session stands in without it). */
  private partial = false;
  private countiesLoading = false;
  private readonly started = new Map<string, number>();
  private readonly progress = new Map<string, FileProgress>();
  private slowTimer: ReturnType<typeof setInterval> | undefined;

  constructor(
    private readonly host: Host,
    private readonly atlas: AtlasController,
  ) {
    host.addController(this);
    atlas.addEventListener('change', () => this.atlas.state.view === 'counties' && void this.loadCounties());
  }

  hostConnected(): void {
    window.addEventListener('online', this.onOnline);
    if (!this.store) void this.load();
  }

  hostDisconnected(): void {
    window.removeEventListener('online', this.onOnline);
    clearInterval(this.slowTimer);
    this.slowTimer = undefined;
  }

  /** Nothing at all could be loaded: the atlas can show nothing but the errors. */
  get nothingLoaded(): boolean {
    return !this.session && !this.loading && this.errors.length > 0;
  }

  /** Some error may go away by fetching again (not a bad data-base, which a retry cannot mend). */
  get retryable(): boolean {
    return this.errors.some((e) => !e.reason.startsWith('data-base '));
  }

  /** Fetch again whatever failed (a file that loaded is kept). */
  retry(): void {
    if (this.loading || this.countiesLoading) return;
    this.errors = [];
    this.host.requestUpdate();
    if (!this.session || this.partial) void this.load();
    else if (this.session.countiesFailed) {
      this.session.countiesFailed = false;
      void this.loadCounties();
    }
  }

  private onOnline = () => this.errors.length > 0 && this.retry();

  private async load(): Promise<void> {
    this.loading = true;
    this.store ??= new DataStore(dataBase(this.host.getAttribute('data-base') ?? atlasRoot(), document.baseURI), undefined, { onProgress: (p) => this.onProgress(p) });
    const store = this.store;
    // The first view from its small file, drawn before the large files are read (not for the WebGL
    // map: it would tile the early geometry only to tile the full one again). Whether the URL asks for
    // something else is known just after this: the large files wait until then at least.
    let drawn = () => {};
    const wanted = !this.session && !this.firstView && this.atlas.untouched && this.host.getAttribute('renderer') !== 'maplibre';
    if (wanted) store.parseAfter(new Promise<void>((done) => (drawn = done)));
    const first = [this.store.loadAtlas(), this.store.loadSeries()] as const;
    // Opening on the counties view (known once the URL has been read, just after this): its file
    // comes alongside the others instead of after them.
    let countiesAhead: Promise<FeatureCollection | null> | null = null;
    queueMicrotask(() => {
      if (this.atlas.state.view === 'counties') countiesAhead = store.loadCounties().catch(() => null);
      if (wanted) void this.showFirstView(store).finally(drawn);
    });
    const [geo, series] = await Promise.allSettled(first);
    // Opening on the counties view: its file, asked for with the others, is in the first map drawn
    // (not the areas for a moment, redrawn as counties) when it comes within COUNTIES_GRACE_MS.
    const counties = countiesAhead && geo.status === 'fulfilled' ? await Promise.race([countiesAhead, new Promise<null>((r) => setTimeout(() => r(null), COUNTIES_GRACE_MS))]) : null;
    this.loading = false;
    for (const r of [geo, series]) if (r.status === 'rejected') this.fail(r.reason);
    this.partial = geo.status === 'rejected' || series.status === 'rejected';
    // The early first view ends here either way: the page then shows what the full files allow.
    if (geo.status === 'rejected' && series.status === 'rejected') {
      this.firstView = null;
      return this.host.requestUpdate();
    }
    // The atlas built and drawn from them in a task of its own (the early first view stays responsive meanwhile).
    if (wanted) await nextTask();
    this.firstView = null;
    // Without series.json the map still draws the places, all marked "no data".
    const shapes = geo.status === 'fulfilled' ? { ...geo.value, ...(counties ? { counties } : {}) } : {};
    this.session = new AtlasSession(this.store, series.status === 'fulfilled' ? series.value : emptySeries(), shapes);
    this.atlas.setCatalog(this.catalog());
    if (this.atlas.state.view === 'counties') void this.loadCounties();
    this.host.requestUpdate();
  }

  /**
   * Reads first-view.json and draws it when the atlas opens on the default
   * first view (nothing asked for by URL, attributes or properties but the
   * language); resolves once that frame has been painted. A missing or bad
   * file only costs the early picture: the full files draw the map as before.
   */
  private async showFirstView(store: DataStore): Promise<void> {
    // A link to another view, indicator or year does not fetch or parse it at all.
    if (!this.atlas.untouched) return;
    try {
      const fv = await store.loadFirstView();
      // Too late once the full files have settled (loaded, or failed: the page then says so).
      if (this.session || !this.loading || !this.atlas.untouched) return;
      this.firstView = { session: new AtlasSession(this.store!, fv.series, fv.geo), indicator: fv.indicator, year: fv.year };
    } catch (e) {
      console.warn(`poverty-atlas: the first view is drawn once the full data has loaded (${e instanceof Error ? e.message : String(e)})`);
      return;
    }
    this.host.requestUpdate();
    await this.host.updateComplete;
    // Until the frame after the one that shows it has begun (the first has then been handed over for
    // presenting): the large files' parsing, a long task, would otherwise hold the second frame back.
    await new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))));
  }

  /** The state to draw `firstView` for (its indicator and year), or null when `firstView` does not apply to `s`. */
  firstViewState(s: AtlasState): AtlasState | null {
    const fv = this.firstView;
    return fv && this.atlas.untouched ? { ...s, indicator: fv.indicator, year: fv.year } : null;
  }

  /** counties.topo.json, fetched the first time the counties view opens. */
  private async loadCounties(): Promise<void> {
    const session = this.session;
    if (!session || session.hasCounties || session.countiesFailed || this.countiesLoading) return;
    this.countiesLoading = true;
    try {
      await session.loadCounties();
    } catch (e) {
      session.countiesFailed = true;
      this.fail(e);
    }
    this.countiesLoading = false;
    this.atlas.setCatalog(this.catalog());
    this.host.requestUpdate();
  }

  /**
   * The session's catalog, saying the counties view is pending while its
   * geometry loads: a county id then waits for the 802 drawn units instead
   * of being checked against series.json's list.
   */
  private catalog(): Catalog {
    const session = this.session!;
    return withPending(session.catalog, (view: ViewId) => view === 'counties' && !session.hasCounties && !session.countiesFailed);
  }

  private fail(e: unknown): void {
    const err = e instanceof DataError ? e : new DataError('(app)', 0, '(load)', e instanceof Error ? e.message : String(e));
    console.error(err);
    this.errors = [...this.errors.filter((x) => x.message !== err.message), err];
  }

  private onProgress(p: FileProgress): void {
    if (p.done) {
      this.started.delete(p.file);
      this.progress.delete(p.file);
    } else {
      if (!this.started.has(p.file)) this.started.set(p.file, Date.now());
      this.progress.set(p.file, p);
    }
    this.slowTimer ??= setInterval(() => this.checkSlow(), 1000);
    this.checkSlow();
  }

  private checkSlow(): void {
    const now = Date.now();
    const slow = [...this.progress.values()].filter((p) => now - (this.started.get(p.file) ?? now) >= SLOW_MS);
    if (this.progress.size === 0) {
      clearInterval(this.slowTimer);
      this.slowTimer = undefined;
    }
    if (JSON.stringify(slow) === JSON.stringify(this.slow)) return;
    this.slow = slow.map((p) => ({ ...p }));
    this.host.requestUpdate();
  }
}
