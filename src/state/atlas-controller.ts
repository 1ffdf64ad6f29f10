/**
 * Headless owner of one atlas's state. Input from attributes or the URL goes
 * through `request` (invalid values warn once and fall back); input from the
 * UI goes through `update` (values that no longer fit, such as a year the new
 * indicator lacks, fall back silently). Fires `change` with the new state.
 */
import { resolveState, type AtlasState, type Catalog, type RawState } from './atlas-state';

export class AtlasController extends EventTarget {
  private raw: RawState = {};
  private current: AtlasState;
  private catalog: Catalog | null = null;
  private readonly warned = new Set<string>();

  constructor(private readonly warn: (message: string) => void = (m) => console.warn(m)) {
    super();
    this.current = resolveState({}, null, () => {});
  }

  get state(): AtlasState {
    return this.current;
  }

  get ready(): boolean {
    return this.catalog !== null;
  }

  /** Data has loaded: re-resolve what was requested before. */
  setCatalog(catalog: Catalog): void {
    this.catalog = catalog;
    this.resolve(this.raw, true);
  }

  /** Values from attributes, properties or the URL: checked strictly. */
  request(partial: RawState): void {
    this.raw = { ...this.raw, ...partial };
    this.resolve(this.raw, true);
  }

  /** Values from the UI; a view change drops what the new view cannot show. */
  update(partial: Partial<AtlasState>): void {
    const next: RawState = { ...this.current, ...partial };
    if (partial.view && partial.view !== this.current.view) {
      if (!('selected' in partial)) next.selected = null;
      if (!('indicator' in partial)) next.indicator = undefined;
    }
    if (partial.indicator && partial.indicator !== this.current.indicator && !('year' in partial)) {
      next.year = this.keepYear(next);
    }
    this.raw = next;
    this.resolve(next, false);
  }

  private keepYear(next: RawState): number | undefined {
    const range = this.catalog?.yearRange(String(next.indicator)) ?? [];
    return range.includes(this.current.year) ? this.current.year : undefined;
  }

  private resolve(raw: RawState, strict: boolean): void {
    const warn = strict ? (m: string) => this.warnOnce(m) : () => {};
    const next = resolveState(raw, this.catalog, warn);
    // Keep raw in step with what was accepted, so later updates start from valid values.
    this.raw = this.catalog ? { ...next } : { ...raw, view: next.view, lang: next.lang };
    if (JSON.stringify(next) === JSON.stringify(this.current)) return;
    this.current = next;
    this.dispatchEvent(new CustomEvent<AtlasState>('change', { detail: next }));
  }

  private warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.warn(message);
  }
}
