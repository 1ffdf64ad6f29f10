/**
 * Entity ids in series.json must be the ids the geometry uses, or a region
 * silently shows "no data". Checks against the committed topologies when they
 * exist (the GEO helper writes them).
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseSeriesFile } from '../../src/data/parse-series-file.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DATA = join(ROOT, 'public/data');
let parsed: ReturnType<typeof parseSeriesFile> | undefined; // parsed and checked once; the tests only read it
const series = () => (parsed ??= parseSeriesFile(JSON.parse(readFileSync(join(DATA, 'series.json'), 'utf8')), 'series.json'));

type Topo = { objects: Record<string, { geometries: Array<{ id?: string | number; properties?: { id?: string } }> }> };
const idsOf = (file: string, object: string): Set<string> => {
  const topo = JSON.parse(readFileSync(join(DATA, file), 'utf8')) as Topo;
  return new Set((topo.objects[object]?.geometries ?? []).map((g) => String(g.properties?.id ?? g.id)));
};

describe('entities of series.json', () => {
  it('are unique and each has a Chinese and an English name', () => {
    const ents = series().entities;
    expect(new Set(ents.map((e) => e.id)).size).toBe(ents.length);
    expect(ents.filter((e) => !e.name.zh || !e.name.en)).toEqual([]);
  });

  it('include the 14 areas, the 21 Sichuan prefectures and the 680-list counties', () => {
    const ents = series().entities;
    expect(ents.filter((e) => e.kind === 'area')).toHaveLength(14);
    expect(ents.filter((e) => e.kind === 'prefecture')).toHaveLength(21);
    // 680 geometries for the 680 counties: three Qinghai 行委 share one, and 叶集区 and 恩阳区, split off listed
    // counties later, are drawn in their areas with list_rows 0.
    const members = ents.filter((e) => e.kind === 'county' && e.parents?.some((p) => /^[a-z]/.test(p)));
    expect(members).toHaveLength(680);
    expect(members.reduce((n, e) => n + (e.listRows ?? 0), 0)).toBe(680);
  });

  it.skipIf(!existsSync(join(DATA, 'atlas.topo.json')))('use the area and prefecture ids of atlas.topo.json', () => {
    const ents = series().entities;
    const areas = idsOf('atlas.topo.json', 'areas');
    const prefectures = idsOf('atlas.topo.json', 'prefectures');
    expect(ents.filter((e) => e.kind === 'area' && !areas.has(e.id)).map((e) => e.id)).toEqual([]);
    expect(ents.filter((e) => e.kind === 'prefecture' && !prefectures.has(e.id)).map((e) => e.id)).toEqual([]);
  });

  it.skipIf(!existsSync(join(DATA, 'counties.topo.json')))('give every county with an exit year a feature in counties.topo.json', () => {
    const features = idsOf('counties.topo.json', 'counties');
    const withValues = Object.keys(series().values.exit_year);
    expect(withValues.filter((id) => !features.has(id))).toEqual([]);
  });

  it.skipIf(!existsSync(join(DATA, 'counties.topo.json')))('agree with counties.topo.json on each county\'s prefecture and area', () => {
    const topo = JSON.parse(readFileSync(join(DATA, 'counties.topo.json'), 'utf8')) as { objects: { counties: { geometries: Array<{ properties: { id: string; prefecture: string; area: string | null } }> } } };
    const byId = new Map(series().entities.map((e) => [e.id, e]));
    const disagree: string[] = [];
    for (const { properties: p } of topo.objects.counties.geometries) {
      const e = byId.get(p.id);
      if (!e) continue;
      const areas = (e.parents ?? []).filter((x) => /^[a-z]/.test(x));
      const prefecture = (e.parents ?? []).find((x) => /^\d{6}$/.test(x));
      if (areas.join() !== (p.area ?? '') || prefecture !== p.prefecture) disagree.push(`${p.id} ${areas.join()}/${prefecture} vs ${p.area}/${p.prefecture}`);
    }
    expect(disagree).toEqual([]);
  });
});
