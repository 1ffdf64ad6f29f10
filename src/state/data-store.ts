/**
 * Fetches the atlas's files once per instance: atlas.topo.json and
 * series.json at start, counties.topo.json only when a county view first
 * opens. A file that failed is fetched again on the next call (a failure is
 * never cached), a file that stops arriving is given up after `stallMs`, and
 * `onProgress` reports the bytes received so far. Turns TopoJSON into
 * GeoJSON and reports problems as DataErrors (file, row, field, reason).
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { DataError } from '../data/data-error';
import { parseSeriesFile } from '../data/parse-series-file';
import { DATA_FILES, type MembershipSummary, type SeriesFile } from '../data/schema';
import { shownValue } from './atlas-state';
import { nextTask } from './next-task';
import type { GeoLayer } from './views';

export type GeoCollections = Partial<Record<GeoLayer, FeatureCollection>>;

interface Response {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
  /** When present, read chunk by chunk to report progress. */
  body?: ReadableStream<Uint8Array> | null;
}
type Fetch = (url: string, init?: { signal?: AbortSignal }) => Promise<Response>;

/** A file being fetched: bytes received so far (done when it has arrived or failed). */
export interface FileProgress {
  file: string;
  loaded: number;
  done: boolean;
}

export interface DataStoreOptions {
  /** Give up on a file after this long without a byte, ms. */
  stallMs?: number;
  onProgress?: (p: FileProgress) => void;
}

const REGION_FIELDS = ['id', 'name_zh', 'name_en'] as const;
export const STALL_MS = 30_000;
/** How long the other files wait for first-view.json to be drawn before they are read anyway, ms. */
export const FIRST_VIEW_GRACE_MS = 1000;

/** The base URL the data files are relative to, or why it cannot be one. */
export function dataBase(attr: string | null, pageBase: string): string | { problem: string } {
  let url: URL;
  try {
    url = new URL(attr ?? '.', pageBase);
  } catch {
    return { problem: `data-base "${shownValue(attr)}" is not a valid address` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: `data-base "${shownValue(attr)}" is not an http(s) address` };
  const base = url.href.split(/[?#]/)[0];
  return base.endsWith('/') ? base : `${base}/`;
}

/**
 * A collection whose rings are already simplified for a detail level of the
 * SVG map (src/map/svg-renderer.ts): drawn as they are at that level and above.
 */
export type Simplified = FeatureCollection & { simplifiedFor?: number };

/** What first-view.json draws: the areas, one indicator in one year. */
export interface FirstView {
  indicator: string;
  year: number;
  series: SeriesFile;
  geo: GeoCollections;
}

export class DataStore {
  private readonly files = new Map<string, Promise<unknown>>();
  /** The other files' JSON is parsed once this has settled (see `parseAfter`). */
  private gate: Promise<unknown> = Promise.resolve();
  private membershipSummary: MembershipSummary | null = null;
  private readonly stallMs: number;

  /**
   * `base`: the URL the DATA_FILES paths are relative to (the page, or an
   * embed's `data-base`), or `{problem}` when that is not usable: every load
   * then fails with it, naming its file.
   */
  constructor(
    private readonly base: string | { problem: string },
    private readonly fetchFn: Fetch = (url, init) => fetch(url, init),
    private readonly options: DataStoreOptions = {},
  ) {
    this.stallMs = options.stallMs ?? STALL_MS;
  }

  loadAtlas(): Promise<GeoCollections> {
    return this.once(DATA_FILES.atlas, (json) => {
      const topo = json as Topology;
      return {
        provinces: toGeoJson(topo, 'provinces', DATA_FILES.atlas),
        areas: toGeoJson(topo, 'areas', DATA_FILES.atlas),
        prefectures: toGeoJson(topo, 'prefectures', DATA_FILES.atlas),
      };
    });
  }

  loadSeries(): Promise<SeriesFile> {
    return this.once(DATA_FILES.series, (json) => parseSeriesFile(json, DATA_FILES.series));
  }

  /** first-view.json, read before (and parsed ahead of) the other files. */
  loadFirstView(): Promise<FirstView> {
    const file = DATA_FILES.firstView;
    return this.once(
      file,
      (json) => {
        const j = json as Partial<Record<'view' | 'indicator' | 'year' | 'level' | 'series' | 'topology', unknown>>;
        if (j?.view !== 'areas') throw new DataError(file, 0, 'view', 'expected "areas"');
        if (typeof j.indicator !== 'string' || j.indicator === '') throw new DataError(file, 0, 'indicator', 'expected an indicator id');
        if (!Number.isInteger(j.year)) throw new DataError(file, 0, 'year', 'expected a year');
        if (!Number.isInteger(j.level)) throw new DataError(file, 0, 'level', 'expected a detail level');
        const topo = j.topology as Topology;
        const series = parseSeriesFile(j.series, `${file} (series)`);
        const geo = { provinces: toGeoJson(topo, 'provinces', file), areas: toGeoJson(topo, 'areas', file) };
        for (const fc of Object.values(geo)) (fc as Simplified).simplifiedFor = j.level as number;
        return { indicator: j.indicator, year: j.year as number, series, geo };
      },
      false,
    );
  }

  /**
   * The files fetched from now on are read and parsed only once `p` has
   * settled, or FIRST_VIEW_GRACE_MS after their response began (they still
   * download meanwhile): the first view is drawn from its small file before
   * the main thread is taken by the large ones.
   */
  parseAfter(p: Promise<unknown>): void {
    this.gate = p.catch(() => {});
  }

  loadCounties(): Promise<FeatureCollection> {
    return this.once(DATA_FILES.counties, (json) => {
      const fc = toGeoJson(json as Topology, 'counties', DATA_FILES.counties);
      this.membershipSummary = readMembershipSummary(json, DATA_FILES.counties);
      return fc;
    });
  }

  /** The 2012 list's membership status mix, once counties.topo.json has loaded. */
  membership(): MembershipSummary | null {
    return this.membershipSummary;
  }

  /** One promise per file while it is loading or loaded; a failure is forgotten so the next call tries again. */
  private once<T>(file: string, read: (json: unknown) => T, gated = true): Promise<T> {
    let p = this.files.get(file) as Promise<T> | undefined;
    if (!p) {
      p = this.fetchJson(file, gated ? this.gate : null).then(read);
      this.files.set(file, p);
      p.catch(() => this.files.get(file) === p && this.files.delete(file));
    }
    return p;
  }

  private async fetchJson(file: string, gate: Promise<unknown> | null): Promise<unknown> {
    if (typeof this.base !== 'string') throw new DataError(file, 0, '(file)', this.base.problem);
    const url = new URL(file, this.base).href;
    // first-view.json is optional and small: never listed as a slow file.
    const progress = (loaded: number, done = false) => file !== DATA_FILES.firstView && this.options.onProgress?.({ file, loaded, done });
    const abort = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    let giveUp: (e: DataError) => void = () => {};
    const stalled = new Promise<never>((_, reject) => (giveUp = reject));
    /** (Re)starts the wait for the next byte. */
    const rearm = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        abort.abort();
        giveUp(new DataError(file, 0, '(file)', `nothing arrived for ${Math.round(this.stallMs / 1000)} s`));
      }, this.stallMs);
    };
    rearm();
    stalled.catch(() => {});
    progress(0);
    try {
      let res: Response;
      try {
        res = await Promise.race([this.fetchFn(url, { signal: abort.signal }), stalled]);
      } catch (e) {
        if (e instanceof DataError) throw e;
        throw new DataError(file, 0, '(file)', `could not be fetched: ${(e as Error)?.message ?? shownValue(e)}`);
      }
      if (!res.ok) throw new DataError(file, 0, '(file)', `HTTP ${res.status}`);
      if (gate) {
        // Read once the first view is drawn (the bytes wait in the browser meanwhile), or a second on.
        clearTimeout(timer);
        await Promise.race([gate, new Promise((r) => setTimeout(r, FIRST_VIEW_GRACE_MS))]);
        // Each file then read and parsed in a task of its own, not all in the task that ended the wait.
        await nextTask();
        rearm();
      }
      const text = res.body ? Promise.race([readText(res.body, (n) => (rearm(), progress(n))), stalled]) : null;
      try {
        return text ? JSON.parse(await text) : await Promise.race([res.json(), stalled]);
      } catch (e) {
        if (e instanceof DataError) throw e;
        throw new DataError(file, 0, '(file)', `not valid JSON: ${(e as Error)?.message ?? shownValue(e)}`);
      }
    } finally {
      clearTimeout(timer);
      progress(0, true);
    }
  }
}

/**
 * The body as text, calling `onBytes` with the running total after each chunk.
 * The chunks are joined and decoded once: a string built by `+=` per chunk
 * is a rope that JSON.parse must flatten first (2–5× slower to parse).
 */
async function readText(body: ReadableStream<Uint8Array>, onBytes: (n: number) => void): Promise<string> {
  const reader = body.getReader();
  const chunks: Uint8Array[] = [];
  let n = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    n += value.byteLength;
    onBytes(n);
  }
  if (chunks.length === 1) return new TextDecoder().decode(chunks[0]);
  const all = new Uint8Array(n);
  let at = 0;
  for (const c of chunks) {
    all.set(c, at);
    at += c.byteLength;
  }
  return new TextDecoder().decode(all);
}

/** GeoJSON of one topology object; every feature must carry an id and both names. */
export function toGeoJson(topo: Topology, object: string, file: string): FeatureCollection {
  if (!topo || topo.type !== 'Topology') throw new DataError(file, 0, 'type', 'expected "Topology"');
  const obj = topo.objects?.[object] as GeometryCollection | undefined;
  if (!obj) throw new DataError(file, 0, `objects.${object}`, 'missing');
  const fc = feature(topo, obj) as FeatureCollection;
  fc.features.forEach((f, i) => {
    const props = (f.properties ?? {}) as Record<string, unknown>;
    for (const field of REGION_FIELDS) {
      if (typeof props[field] !== 'string' || props[field] === '') {
        throw new DataError(file, i + 1, `objects.${object}.geometries[${i}].properties.${field}`, 'expected a non-empty string');
      }
    }
  });
  return fc;
}

/** The top-level `membership` of counties.topo.json (counted by list row). */
export function readMembershipSummary(json: unknown, file: string): MembershipSummary {
  const m = (json as { membership?: MembershipSummary }).membership;
  const ok = m && Number.isInteger(m.rows) && (['V', 'K', 'D', 'R'] as const).every((k) => Number.isInteger(m.status?.[k]));
  if (!ok) throw new DataError(file, 0, 'membership', 'expected {rows, status: {V, K, D, R}} with whole numbers');
  return m;
}
