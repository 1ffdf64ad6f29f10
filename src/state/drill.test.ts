import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SeriesFile } from '../data/schema';
import { countyIndicatorFor, countyRows, drillPath, parentsOf } from './drill';

const SERIES = JSON.parse(readFileSync(new URL('../../public/data/series.json', import.meta.url), 'utf8')) as SeriesFile;
const ENTITIES = new Map(SERIES.entities.map((e) => [e.id, e]));
const labels = (crumbs: ReturnType<typeof drillPath>) => crumbs.map((c) => c.label.zh);

describe('drillPath', () => {
  it('reads China › 乌蒙山区 › 昭觉县 for 昭觉县 in the drilled counties view, and leads back up', () => {
    const crumbs = drillPath({ view: 'counties', selected: '513431', area: 'wumeng' }, ENTITIES);
    expect(labels(crumbs)).toEqual(['中国', '乌蒙山区', '昭觉县']);
    expect(crumbs.map((c) => c.label.en)).toEqual(['China', 'Wumeng Mountain Area', 'Zhaojue County']);
    expect(crumbs[0].target).toEqual({ view: 'areas', selected: null, area: null });
    expect(crumbs[1].target).toEqual({ view: 'areas', selected: 'wumeng', area: null });
    expect(crumbs[2].target).toBeNull();
  });

  it('finds a county’s area from the 2012 list when the view was not drilled into one', () => {
    expect(labels(drillPath({ view: 'counties', selected: '513431', area: null }, ENTITIES))).toEqual(['中国', '乌蒙山区', '昭觉县']);
  });

  it('ends the drilled view without a county on the area’s counties', () => {
    const crumbs = drillPath({ view: 'counties', selected: null, area: 'wumeng' }, ENTITIES);
    expect(labels(crumbs)).toEqual(['中国', '乌蒙山区', '各县']);
    expect(crumbs[1].target).toEqual({ view: 'areas', selected: 'wumeng', area: null });
  });

  it('goes through 四川 and the prefecture for a Sichuan county outside the 14 areas (锦江区 in 成都)', () => {
    const crumbs = drillPath({ view: 'counties', selected: '510104', area: null }, ENTITIES);
    expect(labels(crumbs)).toEqual(['中国', '四川', '成都市', '锦江区']);
    expect(crumbs[2].target).toEqual({ view: 'sichuan', selected: '510100', area: null });
  });

  it('is China › 四川 › 凉山 in the Sichuan view, and the area alone in the areas view', () => {
    expect(labels(drillPath({ view: 'sichuan', selected: '513400', area: null }, ENTITIES))).toEqual(['中国', '四川', '凉山彝族自治州']);
    expect(labels(drillPath({ view: 'areas', selected: 'wumeng', area: null }, ENTITIES))).toEqual(['中国', '乌蒙山区']);
    expect(drillPath({ view: 'areas', selected: null, area: null }, ENTITIES)).toHaveLength(1);
  });
});

describe('countyRows', () => {
  it('lists 乌蒙山区’s 38 counties of the 2012 list, 昭觉县 among them with its 2020 exit', () => {
    const rows = countyRows(SERIES, 'wumeng', 'county_poverty_status', 2019);
    expect(rows).toHaveLength(SERIES.values.county_count_list.wumeng[0][1]);
    const zhaojue = rows.find((r) => r.id === '513431')!;
    expect(zhaojue.exit?.value).toBe(2020);
    // Still designated at the end of 2019 (code 1), from the derived status series.
    expect(zhaojue.value?.value).toBe(1);
    expect(rows.find((r) => r.id === '513437')!.exit?.value).toBe(2019);
  });

  it('marks an exit year derived by elimination, and gives a county known only as "2018 or 2019" its range, never a year', () => {
    const methods = SERIES.methods ?? [];
    const derived = methods.find((m) => m.indicator === 'exit_year' && m.method === 'elimination');
    const bounded = methods.find((m) => m.indicator === 'exit_year' && m.method === 'bounded');
    if (!derived || !bounded) return; // the data names every exit year
    const areaOf = (id: string) => ENTITIES.get(id)!.parents!.find((p) => ENTITIES.get(p)?.kind === 'area')!;
    const d = countyRows(SERIES, areaOf(derived.entityId), 'county_poverty_status', 2020).find((r) => r.id === derived.entityId)!;
    expect(d.exit).toMatchObject({ value: derived.year, method: 'elimination' });
    const b = countyRows(SERIES, areaOf(bounded.entityId), 'county_poverty_status', 2020).find((r) => r.id === bounded.entityId)!;
    expect(b.exit).toBeNull();
    expect([b.exitBounds?.low, b.exitBounds?.high]).toEqual(bounded.bounds);
  });

  it('lists a Sichuan prefecture’s counties too (凉山’s 17)', () => {
    expect(countyRows(SERIES, '513400', 'exit_year', 2020)).toHaveLength(17);
  });
});

describe('countyIndicatorFor / parentsOf', () => {
  it('shows the map’s indicator when counties carry it, else their status', () => {
    expect(countyIndicatorFor(SERIES, 'exit_year')).toBe('exit_year');
    expect(countyIndicatorFor(SERIES, 'rural_poor_pop')).toBe('county_poverty_status');
  });

  it('names 昭觉县’s area and prefecture', () => {
    const p = parentsOf(ENTITIES, '513431');
    expect([p.area?.id, p.prefecture?.id]).toEqual(['wumeng', '513400']);
  });
});
