import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { parseSeriesFile } from '../data/parse-series-file';
import { membershipIndicator, membershipValues, MEMBERSHIP_SOURCE } from './membership';

const series = parseSeriesFile(JSON.parse(readFileSync('public/data/series.json', 'utf8')), 'series.json');
const topo = JSON.parse(readFileSync('public/data/counties.topo.json', 'utf8')) as Topology;
const counties = feature(topo, topo.objects.counties) as unknown as FeatureCollection;
const areas = series.entities.filter((e) => e.kind === 'area').map((e) => ({ id: e.id, name: e.name }));

describe('area membership, the counties view’s timeless indicator', () => {
  it('names the 2012 list as the source of every county’s membership (昭觉县 in 乌蒙山区 included)', () => {
    const def = membershipIndicator(areas);
    const values = membershipValues(counties, def);
    expect(values.size).toBe(802);
    expect(new Set([...values.values()].map((v) => v.sourceId))).toEqual(new Set([MEMBERSHIP_SOURCE]));
    expect(series.sources.find((s) => s.id === MEMBERSHIP_SOURCE)?.title).toMatch(/2012/);
    const wumeng = def.categories?.find((c) => (c as { areaId?: string }).areaId === 'wumeng');
    expect(values.get('513431')?.value).toBe(wumeng?.value);
  });
});
