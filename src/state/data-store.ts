/**
 * Fetches the atlas's files once per instance: atlas.topo.json and
 * series.json at start, counties.topo.json only when a county view first
 * opens. Turns TopoJSON into GeoJSON and reports problems as DataErrors
 * (file, row, field, reason) for the UI to show.
 */
import { feature } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { FeatureCollection } from 'geojson';
import { DataError } from '../data/data-error';
import { parseSeriesFile } from '../data/parse-series-file';
import { DATA_FILES, type MembershipSummary, type SeriesFile } from '../data/schema';
import type { GeoLayer } from './views';

export type GeoCollections = Partial<Record<GeoLayer, FeatureCollection>>;

type Fetch = (url: string) => Promise<{ ok: boolean; status: number; json(): Promise<unknown> }>;

const REGION_FIELDS = ['id', 'name_zh', 'name_en'] as const;

export class DataStore {
  private atlas?: Promise<GeoCollections>;
  private series?: Promise<SeriesFile>;
  private counties?: Promise<FeatureCollection>;
  private membershipSummary: MembershipSummary | null = null;

  /** `base`: the URL the DATA_FILES paths are relative to (the page, or an embed's `data-base`). */
  constructor(
    private readonly base: string,
    private readonly fetchFn: Fetch = (url) => fetch(url),
  ) {}

  loadAtlas(): Promise<GeoCollections> {
    this.atlas ??= this.fetchJson(DATA_FILES.atlas).then((json) => {
      const topo = json as Topology;
      return {
        provinces: toGeoJson(topo, 'provinces', DATA_FILES.atlas),
        areas: toGeoJson(topo, 'areas', DATA_FILES.atlas),
        prefectures: toGeoJson(topo, 'prefectures', DATA_FILES.atlas),
      };
    });
    return this.atlas;
  }

  loadSeries(): Promise<SeriesFile> {
    this.series ??= this.fetchJson(DATA_FILES.series).then((json) => parseSeriesFile(json, DATA_FILES.series));
    return this.series;
  }

  loadCounties(): Promise<FeatureCollection> {
    this.counties ??= this.fetchJson(DATA_FILES.counties).then((json) => {
      const fc = toGeoJson(json as Topology, 'counties', DATA_FILES.counties);
      this.membershipSummary = readMembershipSummary(json, DATA_FILES.counties);
      return fc;
    });
    return this.counties;
  }

  /** The 2012 list's membership status mix, once counties.topo.json has loaded. */
  membership(): MembershipSummary | null {
    return this.membershipSummary;
  }

  private async fetchJson(file: string): Promise<unknown> {
    const url = new URL(file, this.base).href;
    let res: Awaited<ReturnType<Fetch>>;
    try {
      res = await this.fetchFn(url);
    } catch (e) {
      throw new DataError(file, 0, '(file)', `could not be fetched: ${(e as Error).message}`);
    }
    if (!res.ok) throw new DataError(file, 0, '(file)', `HTTP ${res.status}`);
    try {
      return await res.json();
    } catch (e) {
      throw new DataError(file, 0, '(file)', `not valid JSON: ${(e as Error).message}`);
    }
  }
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
