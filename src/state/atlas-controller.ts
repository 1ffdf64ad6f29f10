/**
 * Headless owner of one atlas's state. Input from attributes, properties or
 * the URL goes through `request`: a field the caller gave that is invalid
 * warns once and falls back to its default. Input from the UI goes through
 * `update`, silently. Either way, changing the view drops an indicator and
 * selection the caller did not restate, and changing the indicator keeps the
 * year only if the new indicator has it. Fires `change` with the new state.
 */
import { resolveState, type AtlasState, type Catalog, type RawState, type ViewId } from './atlas-state';

type Field = keyof AtlasState;

export class AtlasController extends EventTarget {
  private raw: RawState = {};
  private current: AtlasState;
  private catalog: Catalog | null = null;
  /** Fields requested before the data loaded: checked (and warned about) once it has. */
  private readonly pending = new Set<Field>();
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

  /** Data has loaded (or changed): re-resolve, checking what was requested before. */
  setCatalog(catalog: Catalog): void {
    this.catalog = catalog;
    const strict = new Set(this.pending);
    this.pending.clear();
    this.resolve(this.raw, strict);
  }

  /** Values from attributes, properties or the URL: the fields given are checked strictly. */
  request(partial: RawState): void {
    const fields = Object.keys(partial) as Field[];
    if (!this.catalog) fields.forEach((f) => this.pending.add(f));
    this.resolve(this.follow(partial), new Set(fields));
  }

  /** Values from the UI. */
  update(partial: Partial<AtlasState>): void {
    this.resolve(this.follow(partial), new Set());
  }

  /** The raw state after `partial`, without fields that depended on what it changed. */
  private follow(partial: RawState): RawState {
    const next: RawState = { ...this.raw, ...partial };
    if (!this.catalog) return next;
    if ('view' in partial && partial.view !== this.current.view) {
      if (!('selected' in partial)) next.selected = null;
      if (!('indicator' in partial)) next.indicator = undefined;
    }
    if ('indicator' in next && next.indicator !== this.current.indicator && !('year' in partial)) {
      // Keep the year only where the new indicator shows something in it.
      const [view, indicator, year] = [String(next.view ?? this.current.view) as ViewId, String(next.indicator), this.current.year];
      next.year = this.catalog.yearRange(indicator).includes(year) && this.catalog.hasValues(view, indicator, year) ? year : undefined;
    }
    return next;
  }

  private resolve(raw: RawState, strict: Set<Field>): void {
    const warn = (m: string, field: Field) => {
      if (strict.has(field) || this.pending.has(field)) this.warnOnce(m);
    };
    const next = resolveState(raw, this.catalog, this.catalog ? warn : (m, f) => (f === 'view' || f === 'lang') && warn(m, f));
    // Before the data loads only view and lang can be checked; keep the rest as asked.
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
