import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { toGeoJson } from './data-store';
import { bboxOf, type BBox } from './map-model';

const read = (file: string) => JSON.parse(readFileSync(resolve(import.meta.dirname, '../../public/data', file), 'utf8')) as Topology;
const atlas = read('atlas.topo.json');
const counties = read('counties.topo.json');
const layers: Record<string, FeatureCollection> = {
  areas: toGeoJson(atlas, 'areas', 'atlas.topo.json'),
  prefectures: toGeoJson(atlas, 'prefectures', 'atlas.topo.json'),
  provinces: toGeoJson(atlas, 'provinces', 'atlas.topo.json'),
  counties: toGeoJson(counties, 'counties', 'counties.topo.json'),
};

/** The box over every position of every ring, holes included: what a map fitted to the features must show. */
function everyPosition(fcs: FeatureCollection[], keep: (id: unknown) => boolean = () => true): BBox {
  const box: BBox = [Infinity, Infinity, -Infinity, -Infinity];
  const walk = (c: unknown): void => {
    if (!Array.isArray(c)) return;
    if (typeof c[0] === 'number') {
      box[0] = Math.min(box[0], c[0]);
      box[1] = Math.min(box[1], c[1] as number);
      box[2] = Math.max(box[2], c[0]);
      box[3] = Math.max(box[3], c[1] as number);
    } else c.forEach(walk);
  };
  for (const fc of fcs) for (const f of fc.features) if (keep(f.properties?.id) && f.geometry && 'coordinates' in f.geometry) walk(f.geometry.coordinates);
  return box;
}

describe('the box a view is fitted to', () => {
  it('holds every point of every region, holes included, in each layer the atlas draws', () => {
    for (const [name, fc] of Object.entries(layers)) expect(bboxOf([fc]), name).toEqual(everyPosition([fc]));
    // The first view fits the areas and Sichuan's prefectures together.
    expect(bboxOf([layers.areas!, layers.prefectures!])).toEqual(everyPosition([layers.areas!, layers.prefectures!]));
  });

  it('holds one region when only it is kept (a drilled-down area), and is null when none is', () => {
    for (const f of layers.areas!.features) {
      const id = f.properties?.id;
      expect(bboxOf([layers.areas!], (p) => p.id === id), String(id)).toEqual(everyPosition([layers.areas!], (x) => x === id));
    }
    expect(bboxOf([layers.areas!], () => false)).toBeNull();
  });
});
