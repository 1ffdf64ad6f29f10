import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseSeriesFile } from '../data/parse-series-file';
import { regionFacts } from './region-facts';

const series = parseSeriesFile(JSON.parse(readFileSync('public/data/series.json', 'utf8')), 'series.json');
const liupan = series.entities.find((e) => e.id === 'liupan')!;

describe('regionFacts', () => {
  it('lists an area’s provinces and its county count from the 2012 list, in the reader’s language', () => {
    const region = { id: 'liupan', name: liupan.name, props: { area_km2: 152696 } };
    const zh = regionFacts(series, 'areas', region, 'zh');
    const en = regionFacts(series, 'areas', region, 'en');
    expect(zh.map((f) => f.label.zh)).toEqual(['涉及省份', '县数（2012年名单）', '面积（由地图测算）']);
    expect(zh[0].value).toContain('甘肃');
    expect(en[0].value).toContain('Gansu');
    expect(en[2].value).toBe('152,696 km²');
  });
});
