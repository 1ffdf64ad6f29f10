/**
 * The catalog of the committed data (public/data), as the page builds it:
 * series.json, atlas.topo.json and, once loaded, counties.topo.json. For the
 * state tests (Node only; not imported by the app).
 */
import { readFileSync } from 'node:fs';
import type { Topology } from 'topojson-specification';
import { parseSeriesFile } from '../data/parse-series-file';
import { toGeoJson } from './data-store';
import { ViewCatalog } from './view-catalog';

const read = (file: string) => JSON.parse(readFileSync(`public/data/${file}`, 'utf8')) as unknown;

export function committedCatalog(withCounties: boolean): ViewCatalog {
  const series = parseSeriesFile(read('series.json'), 'data/series.json');
  const atlas = read('atlas.topo.json') as Topology;
  const geo = {
    provinces: toGeoJson(atlas, 'provinces', 'data/atlas.topo.json'),
    areas: toGeoJson(atlas, 'areas', 'data/atlas.topo.json'),
    prefectures: toGeoJson(atlas, 'prefectures', 'data/atlas.topo.json'),
    ...(withCounties ? { counties: toGeoJson(read('counties.topo.json') as Topology, 'counties', 'data/counties.topo.json') } : {}),
  };
  return new ViewCatalog(series, geo);
}
