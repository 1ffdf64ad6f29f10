import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { applyStyle } from './apply-style';
import { buildStyle } from './build-style';

/** A stand-in map that records what was done to it. */
function fakeMap(style: StyleSpecification) {
  const layers = new Map(style.layers.map((l) => [l.id, l]));
  const sources = new Set(Object.keys(style.sources));
  const calls: string[] = [];
  const map = {
    getSource: (id: string) => (sources.has(id) ? {} : undefined),
    addSource: (id: string) => (sources.add(id), calls.push(`addSource ${id}`)),
    getLayer: (id: string) => layers.get(id),
    addLayer: (l: { id: string }) => (layers.set(l.id, l as never), calls.push(`addLayer ${l.id}`)),
    removeLayer: (id: string) => (layers.delete(id), calls.push(`removeLayer ${id}`)),
    setPaintProperty: (id: string, k: string) => calls.push(`paint ${id} ${k}`),
    setLayoutProperty: (id: string, k: string) => calls.push(`layout ${id} ${k}`),
    redraw: () => calls.push('redraw'),
  };
  return { map: map as unknown as MapLibreMap, calls };
}

describe('applyStyle', () => {
  it('changes only the fill colour when the indicator changes: no source or layer is rebuilt', () => {
    const a = buildStyle({ view: 'areas', lang: 'zh', fillColor: '#111111', hasCounties: false });
    const b = buildStyle({ view: 'areas', lang: 'zh', fillColor: '#222222', hasCounties: false });
    const { map, calls } = fakeMap(a);
    applyStyle(map, a, b);
    expect(calls).toEqual(['paint regions-fill fill-color']);
  });

  it('draws once right after re-adding layers, so their feature-state paint is evaluated before a tile lands', () => {
    const a = buildStyle({ view: 'counties', lang: 'en', fillColor: '#111111', hasCounties: false });
    const b = buildStyle({ view: 'counties', lang: 'en', fillColor: '#111111', hasCounties: true });
    const { map, calls } = fakeMap(a);
    applyStyle(map, a, b);
    expect(calls[calls.length - 1]).toBe('redraw');
    expect(calls.filter((c) => c === 'redraw')).toHaveLength(1);
  });

  it('switches label language with one layout change', () => {
    const a = buildStyle({ view: 'sichuan', lang: 'zh', fillColor: '#111111', hasCounties: false });
    const b = buildStyle({ view: 'sichuan', lang: 'en', fillColor: '#111111', hasCounties: false });
    const { map, calls } = fakeMap(a);
    applyStyle(map, a, b);
    expect(calls.every((c) => c.startsWith('layout labels'))).toBe(true);
    expect(calls).toContain('layout labels text-field');
  });

  it('adds the counties source once they load and re-adds the layers that now draw them', () => {
    const a = buildStyle({ view: 'counties', lang: 'en', fillColor: '#111111', hasCounties: false });
    const b = buildStyle({ view: 'counties', lang: 'en', fillColor: '#111111', hasCounties: true });
    const { map, calls } = fakeMap(a);
    applyStyle(map, a, b);
    expect(calls).toContain('addSource counties');
    expect(calls).toContain('addLayer regions-fill');
    expect(calls.filter((c) => c.startsWith('addSource'))).toEqual(['addSource counties']);
  });
});
