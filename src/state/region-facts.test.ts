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

describe('regionFacts of a county', () => {
  const topo = JSON.parse(readFileSync('public/data/counties.topo.json', 'utf8')) as {
    objects: Record<string, { geometries: Array<{ properties: Record<string, unknown> & { id: string } }> }>;
  };
  const county = (id: string) => {
    const props = Object.values(topo.objects).flatMap((o) => o.geometries).find((g) => g.properties.id === id)!.properties;
    return { id, name: { zh: String(props.name_zh), en: String(props.name_en) }, props };
  };

  it('does not repeat the area and prefecture that the panel links under the name (昭觉县: 乌蒙山区, 凉山州)', () => {
    for (const lang of ['zh', 'en'] as const) {
      const facts = regionFacts(series, 'counties', county('513431'), lang);
      const names = ['wumeng', '513400'].map((id) => series.entities.find((e) => e.id === id)!.name[lang]);
      expect(facts.map((f) => f.value).filter((v) => names.some((n) => v.includes(n)))).toEqual([]);
      // How sure its membership is stays, in words (status K of the 2012 list).
      expect(facts.find((f) => f.label.en === 'Membership')?.value).toBe(lang === 'zh' ? '与县数及地理一致' : 'Consistent with counts');
    }
  });

  it('says that a Sichuan county outside the 14 areas (锦江区) is in none, which no link says', () => {
    const facts = regionFacts(series, 'counties', county('510104'), 'en');
    expect(facts.find((f) => f.label.en === 'Area')?.value).toBe('Sichuan, outside the 14 areas');
  });
});
