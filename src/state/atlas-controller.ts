/**
 * Headless owner of one atlas's state. Input from attributes, properties or
 * the URL goes through `request`: a field the caller gave that is invalid
 * warns once and falls back to its default. Input from the UI goes through
 * `update`, silently. Either way, changing the view drops what belonged to
 * the old view (indicator, year, selection, camera, highlight, pinned
 * regions, area, second year) unless the caller restated it, and changing
 * the indicator keeps the year only if the new indicator shows something in
 * it. Fires `change` with the new state; given a host element, also
 * re-renders it and sends it `atlas-change`. Never throws on bad input.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { canCheck, DEFAULT_VIEW, FIELDS, MAX_PINNED, FIELD_NAMES, resolveState, sameState, type AtlasState, type Catalog, type Field, type RawState, type ViewId } from './atlas-state';

/** Fields that belong to one view: dropped when the view changes. */
const OF_VIEW: readonly Field[] = ['indicator', 'selected', 'camera', 'highlight', 'pinned', 'area'];
const DATA_FIELDS = FIELD_NAMES.filter((f) => FIELDS[f].data);

type Host = ReactiveControllerHost & EventTarget;

export class AtlasController extends EventTarget implements ReactiveController {
  private raw: RawState = {};
  private current: AtlasState;
  private catalog: Catalog | null = null;
  /** Fields requested before they could be checked: checked (and warned about) once they can. */
  private readonly pending = new Set<Field>();
  private readonly warned = new Set<string>();

  constructor(
    private readonly warn: (message: string) => void = (m) => console.warn(m),
    private readonly host?: Host,
  ) {
    super();
    this.current = resolveState({}, null, () => {});
    host?.addController(this);
  }

  hostConnected(): void {}

  get state(): AtlasState {
    return this.current;
  }

  /**
   * Nothing has been asked for but the language: the atlas is on its default
   * view, and its data fields (indicator, year, selection, …) will take their
   * defaults once the data has loaded. (A link states the fields it leaves
   * out as empty: `#v=1&lang=en` asks for the language only.)
   */
  get untouched(): boolean {
    const s = this.current;
    return s.view === DEFAULT_VIEW && s.tab === 'map' && s.camera === null && s.highlight === null && s.sort === null && DATA_FIELDS.every((f) => this.raw[f] === undefined || this.raw[f] === '');
  }

  /** The data has loaded (the state's data fields are checked). */
  get ready(): boolean {
    return canCheck(this.catalog, this.current.view);
  }

  /** Data has loaded (or changed): re-resolve, checking what was requested before. */
  setCatalog(catalog: Catalog): void {
    this.catalog = catalog;
    this.resolve(this.raw, new Set());
  }

  /** Values from attributes, properties or the URL: the fields given are checked strictly. */
  request(partial: RawState): void {
    this.resolve(this.follow(partial), new Set(Object.keys(partial) as Field[]));
  }

  /** Values from the UI. */
  update(partial: Partial<AtlasState>): void {
    this.resolve(this.follow(partial), new Set());
  }

  /** Pins a region for comparison (the oldest pin drops past MAX_PINNED), or unpins it. */
  pin(id: string, on: boolean): void {
    const rest = this.current.pinned.filter((x) => x !== id);
    this.update({ pinned: on ? [...rest, id].slice(-MAX_PINNED) : rest });
  }

  /** Warns once per distinct message (an attribute read twice says it once). */
  warnOnce(message: string): void {
    if (this.warned.has(message)) return;
    this.warned.add(message);
    this.warn(message);
  }

  /** The raw state after `partial`, without fields that depended on what it changed. */
  private follow(partial: RawState): RawState {
    const next: RawState = { ...this.raw, ...partial };
    // The view as it will resolve (an invalid one falls back), never the raw value.
    const view = resolveState({ view: next.view }, null, () => {}).view;
    if (this.catalog && view !== this.current.view) for (const f of OF_VIEW) if (!(f in partial)) next[f] = undefined;
    if (!canCheck(this.catalog, view)) return next;
    const catalog = this.catalog;
    const asked = typeof next.indicator === 'string' ? next.indicator.trim() : '';
    const indicator = catalog.indicatorIds(view).includes(asked) ? asked : catalog.defaultIndicator(view);
    if (indicator !== this.current.indicator || view !== this.current.view) {
      const range = catalog.yearRange(indicator);
      const year = this.current.year;
      // A new view opens on its default year; a new indicator keeps the year where it shows something in it.
      const keep = view === this.current.view && range.includes(year) && catalog.hasValues(view, indicator, year);
      if (!('year' in partial)) next.year = keep ? year : undefined;
      const year2 = this.current.year2;
      if (!('year2' in partial)) next.year2 = view === this.current.view && year2 !== null && range.includes(year2) ? year2 : undefined;
      // Legend bins belong to one indicator's scale.
      if (!('highlight' in partial) && indicator !== this.current.indicator) next.highlight = undefined;
    }
    return next;
  }

  private resolve(raw: RawState, strict: Set<Field>): void {
    const loud = new Set([...strict, ...this.pending]);
    const next = resolveState(raw, this.catalog, (m, field) => loud.has(field) && this.warnOnce(m));
    const checked = canCheck(this.catalog, next.view);
    if (checked) this.pending.clear();
    else for (const f of DATA_FIELDS) if (strict.has(f)) this.pending.add(f);
    // Fields that could not be checked yet are kept as asked.
    const kept: RawState = { ...next };
    if (!checked) for (const f of DATA_FIELDS) kept[f] = raw[f];
    this.raw = kept;
    if (sameState(next, this.current)) return;
    this.current = next;
    this.dispatchEvent(new CustomEvent<AtlasState>('change', { detail: next }));
    this.host?.requestUpdate();
    this.host?.dispatchEvent(new CustomEvent('atlas-change', { detail: structuredClone(next), bubbles: true, composed: true }));
  }
}

export type { ViewId };
