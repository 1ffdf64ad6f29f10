import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { DataError } from '../data/data-error';
import { DataStore, toGeoJson } from './data-store';

const fakeFetch = (status: number, body: unknown) => async () => ({ ok: status === 200, status, json: async () => body });

describe('DataStore', () => {
  it('names the file when it cannot be fetched', async () => {
    const store = new DataStore('http://example.org/', fakeFetch(404, null));
    await expect(store.loadSeries()).rejects.toMatchObject({ file: 'data/series.json', reason: 'HTTP 404' });
  });

  it('fetches each file once per instance, and counties only when asked', async () => {
    const asked: string[] = [];
    const store = new DataStore('http://example.org/sub/', async (url) => (asked.push(url), { ok: false, status: 404, json: async () => null }));
    await Promise.allSettled([store.loadAtlas(), store.loadAtlas(), store.loadSeries()]);
    expect(asked).toEqual(['http://example.org/sub/data/atlas.topo.json', 'http://example.org/sub/data/series.json']);
    await store.loadCounties().catch(() => {});
    expect(asked).toContain('http://example.org/sub/data/counties.topo.json');
  });
});

describe('toGeoJson', () => {
  it('names the missing object', () => {
    const topo = { type: 'Topology', objects: {}, arcs: [] } as unknown as Topology;
    expect(() => toGeoJson(topo, 'areas', 'data/atlas.topo.json')).toThrow(DataError);
    expect(() => toGeoJson(topo, 'areas', 'data/atlas.topo.json')).toThrow(/objects\.areas: missing/);
  });

  it('names the feature and field when a region has no name', () => {
    const topo = {
      type: 'Topology',
      arcs: [],
      objects: { areas: { type: 'GeometryCollection', geometries: [{ type: null, properties: { id: 'liupan', name_zh: '六盘山区' } }] } },
    } as unknown as Topology;
    try {
      toGeoJson(topo, 'areas', 'data/atlas.topo.json');
      expect.unreachable();
    } catch (e) {
      expect(e).toMatchObject({ file: 'data/atlas.topo.json', row: 1, field: 'objects.areas.geometries[0].properties.name_en' });
    }
  });
});
