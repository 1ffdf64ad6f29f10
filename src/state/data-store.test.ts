import { describe, expect, it, vi } from 'vitest';
import type { Topology } from 'topojson-specification';
import { DataError } from '../data/data-error';
import { DataStore, FIRST_VIEW_GRACE_MS, dataBase, toGeoJson } from './data-store';

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

describe('DataStore, the first view first', () => {
  const seriesFile = { generated: '', indicators: [], sources: [], entities: [], values: {}, breaks: [] };
  const settled = async (p: Promise<unknown>) => {
    let done = false;
    void p.then(() => (done = true), () => (done = true));
    for (let i = 0; i < 20; i++) await Promise.resolve();
    return done;
  };

  it('reads the large files only once the first view has been drawn', async () => {
    const store = new DataStore('http://example.org/', fakeFetch(200, seriesFile));
    let drawn!: () => void;
    store.parseAfter(new Promise<void>((done) => (drawn = done)));
    const series = store.loadSeries();
    expect(await settled(series)).toBe(false);
    drawn();
    await expect(series).resolves.toMatchObject({ indicators: [] });
  });

  it('never reports first-view.json as a file being loaded (it is optional: no "slow file" note, no retry)', async () => {
    const seen: string[] = [];
    const store = new DataStore('http://example.org/', fakeFetch(404, null), { onProgress: (p) => seen.push(p.file) });
    await Promise.allSettled([store.loadFirstView(), store.loadSeries()]);
    expect(seen).toContain('data/series.json');
    expect(seen).not.toContain('data/first-view.json');
  });

  it('reads them anyway a second on, when the first view never comes (its file lost, or a tab in the background)', async () => {
    vi.useFakeTimers();
    try {
      const store = new DataStore('http://example.org/', fakeFetch(200, seriesFile));
      store.parseAfter(new Promise<void>(() => {}));
      const series = store.loadSeries();
      await vi.advanceTimersByTimeAsync(FIRST_VIEW_GRACE_MS - 100);
      expect(await settled(series)).toBe(false);
      await vi.advanceTimersByTimeAsync(200);
      await expect(series).resolves.toMatchObject({ indicators: [] });
    } finally {
      vi.useRealTimers();
    }
  });
});

describe('DataStore when the network fails', () => {
  it('fetches a failed file again on the next call (a failure is not kept)', async () => {
    let calls = 0;
    const store = new DataStore('http://example.org/', async () => {
      calls++;
      if (calls === 1) throw new TypeError('Failed to fetch');
      return { ok: true, status: 200, json: async () => ({ type: 'Topology', objects: {}, arcs: [] }) };
    });
    await expect(store.loadCounties()).rejects.toMatchObject({ file: 'data/counties.topo.json', reason: 'could not be fetched: Failed to fetch' });
    await expect(store.loadCounties()).rejects.toMatchObject({ field: 'objects.counties', reason: 'missing' });
    expect(calls).toBe(2);
  });

  it('gives up on a file that sends nothing for stallMs, naming it', async () => {
    const store = new DataStore('http://example.org/', () => new Promise(() => {}), { stallMs: 50 });
    await expect(store.loadSeries()).rejects.toMatchObject({ file: 'data/series.json', reason: 'nothing arrived for 0 s' });
  });

  it('reports the bytes received while a file streams in, then done', async () => {
    const seen: string[] = [];
    const text = JSON.stringify({ type: 'Topology', objects: {}, arcs: [] });
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        const bytes = new TextEncoder().encode(text);
        c.enqueue(bytes.slice(0, 10));
        c.enqueue(bytes.slice(10));
        c.close();
      },
    });
    const store = new DataStore('http://example.org/', async () => ({ ok: true, status: 200, body, json: async () => null }), {
      onProgress: (p) => seen.push(`${p.loaded}${p.done ? ' done' : ''}`),
    });
    await store.loadAtlas().catch(() => {});
    expect(seen).toEqual(['0', '10', String(text.length), '0 done']);
  });

  it('reads a place name whose UTF-8 bytes are split between two chunks', async () => {
    const region = (id: string, zh: string) => ({ type: 'GeometryCollection', geometries: [{ type: null, properties: { id, name_zh: zh, name_en: id } }] });
    const topo = { type: 'Topology', arcs: [], objects: { provinces: region('510000', '四川省'), areas: region('wumeng', '乌蒙山区'), prefectures: region('513400', '凉山彝族自治州') } };
    const bytes = new TextEncoder().encode(JSON.stringify(topo));
    // Cut inside 川 (three bytes: e5 b7 9d), after its first byte.
    const cut = bytes.findIndex((b, i) => b === 0xe5 && bytes[i + 1] === 0xb7 && bytes[i + 2] === 0x9d) + 1;
    expect(cut).toBeGreaterThan(0);
    const body = new ReadableStream<Uint8Array>({
      start(c) {
        c.enqueue(bytes.slice(0, cut));
        c.enqueue(bytes.slice(cut));
        c.close();
      },
    });
    const store = new DataStore('http://example.org/', async () => ({ ok: true, status: 200, body, json: async () => null }));
    const geo = await store.loadAtlas();
    expect(geo.provinces?.features[0].properties?.name_zh).toBe('四川省');
    expect(geo.prefectures?.features[0].properties?.name_zh).toBe('凉山彝族自治州');
  });

  it('refuses a data-base that is not an http(s) address, and each file names it', async () => {
    expect(dataBase('http://[', 'http://example.org/a/')).toEqual({ problem: 'data-base "http://[" is not a valid address' });
    expect(dataBase('javascript:alert(1)', 'http://example.org/a/')).toEqual({ problem: 'data-base "javascript:alert(1)" is not an http(s) address' });
    expect(dataBase('data', 'http://example.org/a/page.html')).toBe('http://example.org/a/data/');
    const store = new DataStore(dataBase('http://[', 'http://example.org/'), async () => expect.unreachable());
    await expect(store.loadAtlas()).rejects.toMatchObject({ file: 'data/atlas.topo.json', reason: 'data-base "http://[" is not a valid address' });
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
