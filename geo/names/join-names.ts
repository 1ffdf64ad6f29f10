/**
 * Pipeline step `names`: writes each region's and county's display names
 * into the topologies the geometry step wrote, from the one name table per
 * kind (geo/sources/names-en.csv; county-names-en.csv over pinyin of the
 * Chinese name in entities.csv). A cheap late step: changing a name reruns
 * `--only names,series` in seconds and never rebuilds geometry. Only the
 * name properties change; everything else keeps its bytes.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { StepContext } from '../build.ts';
import { countyName, readCountyOverrides, readRegionNames, regionName, type NameKind } from '../geometry/names.ts';
import { readCsv } from '../read-csv.ts';

const OBJECT_KIND: Record<string, NameKind | 'county'> = { areas: 'area', provinces: 'province', prefectures: 'prefecture', counties: 'county' };

interface Topo {
  objects: Record<string, { geometries: Array<{ properties: { id: string; name_zh: string; name_en: string } }> }>;
}

export async function joinNames(ctx: StepContext): Promise<void> {
  const regions = readRegionNames(ctx.root);
  const overrides = readCountyOverrides(ctx.root);
  const packageName = new Map(readCsv(join(ctx.root, 'geo/sources/entities.csv'), ['id', 'kind', 'name_zh']).filter((r) => r.kind === 'county').map((r) => [r.id, r.name_zh]));
  for (const file of ['atlas.topo.json', 'counties.topo.json']) {
    const path = join(ctx.out, file);
    if (!existsSync(path)) throw new Error(`names: missing input ${path}: run the geometry step first, e.g. --only geometry,names`);
    const before = readFileSync(path, 'utf8');
    const topo = JSON.parse(before) as Topo;
    let changed = 0;
    for (const [object, { geometries }] of Object.entries(topo.objects)) {
      const kind = OBJECT_KIND[object];
      if (!kind) continue;
      for (const { properties: p } of geometries) {
        let name: { name_zh: string; name_en: string };
        if (kind === 'county') {
          const zh = packageName.get(p.id);
          if (!zh) throw new Error(`names: county ${p.id} of ${file} is not in geo/sources/entities.csv`);
          name = countyName(p.id, zh, overrides);
        } else name = regionName(regions, kind, p.id);
        if (p.name_zh !== name.name_zh || p.name_en !== name.name_en) changed++;
        p.name_zh = name.name_zh;
        p.name_en = name.name_en;
      }
    }
    const after = `${JSON.stringify(topo)}\n`;
    if (after !== before) writeFileSync(path, after);
    ctx.log(`names: ${file}: ${changed} names changed`);
  }
}
