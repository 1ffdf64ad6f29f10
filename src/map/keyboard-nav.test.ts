import { readFileSync } from 'node:fs';
import type { Feature, FeatureCollection } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { anchorOf } from '../data/region-anchor';
import { nextRegion, type LabelPoint } from './keyboard-nav';

// Approximate label points (lon, lat) of four Sichuan prefectures' seats.
const POINTS: LabelPoint[] = [
  { id: '510100', at: [104.07, 30.67] }, // 成都
  { id: '510300', at: [104.78, 29.34] }, // 自贡
  { id: '510400', at: [101.72, 26.58] }, // 攀枝花
  { id: '513300', at: [101.96, 30.05] }, // 甘孜 (Kangding)
];

describe('nextRegion', () => {
  it('moves west from Chengdu to Garzê and south from Chengdu to Zigong', () => {
    expect(nextRegion(POINTS, '510100', 'left')).toBe('513300');
    expect(nextRegion(POINTS, '510100', 'down')).toBe('510300');
  });

  it('stays put when nothing lies in that direction', () => {
    expect(nextRegion(POINTS, '510100', 'up')).toBe('510100');
  });

  it('starts from the west-most region when nothing has focus yet', () => {
    expect(nextRegion(POINTS, null, 'right')).toBe('510400');
  });
});

describe('anchorOf and the county view', () => {
  // The committed county geometry (public/data/counties.topo.json) carries no label points.
  const topo = JSON.parse(readFileSync(new URL('../../public/data/counties.topo.json', import.meta.url), 'utf8')) as Topology;
  const counties = (feature(topo, topo.objects.counties as GeometryCollection) as FeatureCollection).features;
  const points: LabelPoint[] = counties.map((f) => ({ id: String(f.properties!.id), at: anchorOf(f)! }));

  /** Planar even–odd test on [lon, lat]: independent of d3's ring winding. */
  const inside = (f: Feature, [x, y]: [number, number]) => {
    const polys = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates : [];
    let odd = false;
    for (const ring of polys.flat()) {
      for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
        const [x1, y1] = ring[j];
        const [x2, y2] = ring[i];
        if (y1 > y !== y2 > y && x < x1 + ((y - y1) * (x2 - x1)) / (y2 - y1)) odd = !odd;
      }
    }
    return odd;
  };

  it('gives each of the 802 county units a point inside its own shape, in China', () => {
    expect(counties).toHaveLength(802);
    for (const [i, f] of counties.entries()) {
      const [lon, lat] = points[i].at;
      expect(lon > 73 && lon < 135 && lat > 17 && lat < 54, String(f.properties!.id)).toBe(true);
      expect(inside(f, points[i].at), String(f.properties!.id)).toBe(true);
    }
  });

  it('moves from 昭觉县 to a neighbouring county in each arrow direction, never staying put', () => {
    const ZHAOJUE = '513431';
    const from = points.find((p) => p.id === ZHAOJUE)!.at;
    for (const dir of ['up', 'down', 'left', 'right'] as const) {
      const next = nextRegion(points, ZHAOJUE, dir);
      expect(next).not.toBe(ZHAOJUE);
      const to = points.find((p) => p.id === next)!.at;
      const [dx, dy] = [to[0] - from[0], to[1] - from[1]];
      expect(Math.hypot(dx, dy), dir).toBeLessThan(1);
      if (dir === 'right') expect(dx).toBeGreaterThan(Math.abs(dy) * 0.3);
      if (dir === 'up') expect(dy).toBeGreaterThan(Math.abs(dx) * 0.3);
    }
  });
});
