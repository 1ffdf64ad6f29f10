import { describe, expect, it } from 'vitest';
import { buildStyle } from './build-style';
import { VIEWS } from '../state/atlas-state';

function allStrings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value);
  else if (Array.isArray(value)) value.forEach((v) => allStrings(v, out));
  else if (value && typeof value === 'object') Object.values(value).forEach((v) => allStrings(v, out));
  return out;
}

describe('buildStyle', () => {
  for (const view of VIEWS) {
    for (const hasCounties of [false, true]) {
      it(`asks the network for nothing in the ${view} view (counties loaded: ${hasCounties})`, () => {
        const style = buildStyle({ view, lang: 'zh', fillColor: '#cccccc', hasCounties });
        expect(style.glyphs).toBeUndefined();
        expect(style.sprite).toBeUndefined();
        expect(allStrings(style).filter((s) => /^(https?:)?\/\/|^[a-z]+:\/\//i.test(s))).toEqual([]);
        for (const source of Object.values(style.sources)) expect(source.type).toBe('geojson');
      });
    }
  }

  it('labels places in the chosen language', () => {
    const zh = buildStyle({ view: 'areas', lang: 'zh', fillColor: '#ccc', hasCounties: false });
    const en = buildStyle({ view: 'areas', lang: 'en', fillColor: '#ccc', hasCounties: false });
    const field = (s: typeof zh) => JSON.stringify(s.layers.find((l) => l.id === 'labels')?.layout);
    expect(field(zh)).toContain('text_zh');
    expect(field(en)).toContain('text_en');
  });

  it('colours the prefectures in the Sichuan view and the counties in the county view once they have loaded', () => {
    const source = (view: 'sichuan' | 'counties', hasCounties: boolean) =>
      buildStyle({ view, lang: 'en', fillColor: '#ccc', hasCounties }).layers.find((l) => l.id === 'regions-fill');
    expect(source('sichuan', false)).toMatchObject({ source: 'prefectures' });
    expect(source('counties', true)).toMatchObject({ source: 'counties' });
  });

  it('keys every source by the feature id so feature state can recolour it', () => {
    const style = buildStyle({ view: 'counties', lang: 'en', fillColor: '#ccc', hasCounties: true });
    for (const source of Object.values(style.sources)) expect(source).toMatchObject({ promoteId: 'id' });
  });
});
