/**
 * The indicator definitions: every value in `public/data/series.json` belongs
 * to one of these. Values are stored in `csvUnit`; English display multiplies
 * by `enFactor` (亿元 → billion yuan ×0.1, 万人 → million ×0.01).
 * `carryForward` is 0 unless the note says why a value may stand for later years.
 */
import type { EntityKind, I18nText, IndicatorDef } from './schema';

const t = (zh: string, en: string): I18nText => ({ zh, en });

const YI = { unit: t('亿元', 'billion yuan'), csvUnit: '亿元', enFactor: 0.1 };
const WAN = { unit: t('万人', 'million people'), csvUnit: '万人', enFactor: 0.01 };
const PCT = { unit: t('%', '%'), csvUnit: '%', enFactor: 1 };
const YUAN = { unit: t('元', 'yuan'), csvUnit: '元', enFactor: 1 };
const COUNT = { unit: t('个', 'counties'), csvUnit: 'count', enFactor: 1 };

const GDP_NOTE = t(
  '2010–2016年取自一篇关于阿坝州产业扶贫的会议论文（图1，21个市州完整）；2017年取自一份未注明出处的公报副本，可信度低，其中9个数值与该论文的2016年（或2014年）数值相同，疑为错年，不予显示；2018年取自《四川统计年鉴2019》（经济普查修订前，与初次发布同口径；成都15342.77亿元与初次发布值一致）。2016年简阳由资阳划归成都，成都、资阳2015→2016不可比。经济普查修订值见“地区生产总值（经普修订口径）”，两者不相接。',
  'Complete for the 21 prefectures 2010–2016 (a conference paper on poverty alleviation in Aba, figure 1). 2017 comes from an uncited copy of the bulletins (low trust); 9 of its values equal the paper’s value for 2016 (or 2014) and are not shown as 2017. 2018: all 21 from the Sichuan Statistical Yearbook 2019, before the economic-census revision, so on the first-release basis (Chengdu 15,342.77, as first published). In 2016 Jianyang moved from Ziyang to Chengdu: 2015→2016 is not comparable for these two. Figures revised after the 2018 economic census are a separate indicator and do not join this line.',
);

/** Threshold-scale helper. */
function threshold(thresholds: number[]): Pick<IndicatorDef, 'scale' | 'thresholds'> {
  return { scale: 'threshold', thresholds };
}

const AREAS: EntityKind[] = ['area', 'aggregate'];
const NATION: EntityKind[] = ['nation'];

export const INDICATORS: IndicatorDef[] = [
  // ---- Sichuan prefectures: GDP
  {
    id: 'gdp', name: t('地区生产总值（初次发布口径）', 'GDP (as first published)'), ...YI, basis: 'accounts',
    kinds: ['prefecture'], ...threshold([250, 500, 1000, 1500, 2000, 5000]), decimals: 2,
    higherIsBetter: true, carryForward: 0, note: GDP_NOTE,
  },
  {
    id: 'gdp_post_census', name: t('地区生产总值（经普修订口径）', 'GDP (revised after the 2018 economic census)'), ...YI,
    basis: 'accounts', kinds: ['prefecture'], ...threshold([250, 500, 1000, 1500, 2000, 5000]), decimals: 2,
    higherIsBetter: true, carryForward: 0,
    note: t('仅前10个市州；2018年为第四次经济普查后的修订值，2019年为该口径的初次发布值，与初次发布口径的2010–2018年序列不可比。来源可信度低。',
      'Top 10 prefectures only. 2018 is the value revised after the 4th economic census, 2019 the first release on that basis; not comparable with the as-first-published series. Low-trust sources.'),
  },
  {
    id: 'gdp_growth_nominal', name: t('地区生产总值名义增长率', 'GDP growth, nominal'), ...PCT, basis: 'derived',
    kinds: ['prefecture'], ...threshold([0, 5, 10, 15, 20]), decimals: 1, higherIsBetter: true, carryForward: 0,
    formula: t('(当年GDP ÷ 上年GDP − 1) × 100，同一口径、相邻年份、两值可信度均不低于中；跨越行政区划调整的年份不计算',
      '(GDP this year ÷ GDP last year − 1) × 100, same indicator, consecutive years, both inputs of medium or high trust; never across a boundary change'),
    note: t('名义值，未扣除价格因素。', 'Nominal: not adjusted for prices.'),
  },
  // ---- Poverty counties
  {
    id: 'exit_year', name: t('贫困县脱贫摘帽年度', 'Year the poverty county exited'), unit: t('年度', 'year'),
    csvUnit: 'year', enFactor: 1, basis: 'official_list', kinds: ['county'], scale: 'ordinal', decimals: 0,
    higherIsBetter: null, carryForward: 4,
    categories: [2016, 2017, 2018, 2019, 2020].map((y) => ({ value: y, label: t(`${y}年度`, `${y}`) })),
    note: t('年度为退出批次的考核年度，批准通常在次年。摘帽是一次性事件，故其年度可延续显示至2020年；所选年份尚未摘帽的县不显示。14片区680县中，610县的年度有来源点名，57县由排除法推得（同省其余各批名单已知、官方分批县数只余这些县，标为“推算”），南疆三地州13县仅知为2018或2019年度（不着色）。',
      'The assessment year of the exit batch (approval usually came the next year). An exit is a one-off event, so its year stays shown up to 2020; counties that had not exited by the selected year show no value. Of the 680 area counties, a source names the year of 610; 57 are derived by elimination (the province\'s other batches are named and its official count per batch leaves exactly these; marked “derived”); 13 in southern Xinjiang are known only as “2018 or 2019” (not coloured).'),
  },
  {
    id: 'county_poverty_status', name: t('贫困县状态（年末）', 'Poverty county status (end of year)'), unit: t('状态', 'status'),
    csvUnit: 'code', enFactor: 1, basis: 'derived', kinds: ['county'], scale: 'ordinal', decimals: 0,
    higherIsBetter: null, carryForward: 0,
    categories: [
      { value: 0, label: t('非贫困县', 'Not a poverty county') },
      { value: 1, label: t('仍为贫困县', 'Still designated') },
      { value: 2, label: t('已摘帽', 'Exited') },
    ],
    formula: t('摘帽年度晚于所选年份为“仍为贫困县”，否则为“已摘帽”；四川88县名单完整，其余四川县为“非贫困县”。摘帽年度无来源的片区县仅2015年（2016年度前无县摘帽）和2020年（832县全部摘帽）有值。',
      '“Still designated” when the exit year is later than the selected year, else “exited”; Sichuan\'s 88-county list is complete, so its other counties are “not a poverty county”. Area counties without a sourced exit year have a status only in 2015 (no exits before the 2016 batch) and 2020 (all 832 exited).'),
  },
  {
    id: 'poverty_county_level', name: t('贫困县类别', 'Poverty county designation'), unit: t('类别', 'category'),
    csvUnit: 'code', enFactor: 1, basis: 'official_list', kinds: ['county'], scale: 'ordinal', decimals: 0,
    higherIsBetter: null, carryForward: 5,
    categories: [
      { value: 1, label: t('国家级贫困县', 'National poverty county') },
      { value: 2, label: t('省定贫困县', 'Provincial poverty county') },
    ],
    note: t('以2015年为基准年；类别在摘帽前不变，故可延续显示至2020年。四川蓬安、前锋、华蓥类别无来源。',
      'Recorded for 2015; the designation did not change until exit, so it stays shown to 2020. No source for Peng\'an, Qianfeng and Huaying (Sichuan).'),
  },
  {
    id: 'poverty_counties_remaining', name: t('尚未摘帽的贫困县数（四川88县）', 'Poverty counties not yet exited (Sichuan\'s 88)'),
    ...COUNT, basis: 'derived', kinds: ['prefecture', 'province'], ...threshold([1, 3, 6, 10, 15]), decimals: 0,
    higherIsBetter: false, carryForward: 0,
    formula: t('该市州88个贫困县中摘帽年度晚于所选年份的县数（88县摘帽年度全部有来源；0表示没有或已全部摘帽）',
      'Number of the prefecture\'s poverty counties (of Sichuan\'s 88) whose exit year is later than the selected year; all 88 exit years are sourced, so 0 means none designated or all exited'),
  },
  {
    id: 'poverty_counties_exited_share', name: t('贫困县摘帽比例', 'Share of poverty counties exited'), ...PCT,
    basis: 'derived', kinds: ['prefecture', 'province', 'area', 'aggregate'], ...threshold([20, 40, 60, 80, 100]),
    decimals: 0, higherIsBetter: true, carryForward: 0,
    formula: t('(贫困县总数 − 所选年份末仍为贫困县的县数) ÷ 贫困县总数 × 100；片区按2012年名单计。仅在全部县该年状态可确定时计算，否则给区间',
      '(all poverty counties − those still designated at the end of the selected year) ÷ all poverty counties × 100; for areas, counties of the 2012 list. Only where every county\'s status that year is known; otherwise a range'),
  },
  {
    id: 'area_counties_remaining', name: t('仍为贫困县的片区县数', 'Area counties still designated poor'), ...COUNT,
    basis: 'derived', kinds: AREAS, ...threshold([1, 10, 20, 40, 60]), decimals: 0, higherIsBetter: false,
    carryForward: 0,
    formula: t('片区2012年名单中摘帽年度晚于所选年份的县数（含排除法推得的年度）。南疆三地州有13县仅知为2018或2019年度，且新疆2018年度共3县摘帽，故其2018年末为20–23县，只给区间、不着色。',
      'Counties of the area\'s 2012 list whose exit year (named, or derived by elimination) is later than the selected year. In southern Xinjiang 13 counties exited in 2018 or 2019 and Xinjiang had 3 exits in the 2018 batch, so its end-2018 count lies between 20 and 23: given as that range, never coloured.'),
    note: t('13个片区2015–2020年完整；南疆三地州2018年为区间。', 'Complete for 13 areas, 2015–2020; southern Xinjiang 2018 is a range.'),
  },
  {
    id: 'exit_year_known_counties', name: t('摘帽年度已知的片区县数', 'Area counties with a known exit year'), ...COUNT,
    basis: 'derived', kinds: AREAS, ...threshold([20, 40, 60, 80]), decimals: 0, higherIsBetter: null, carryForward: 0,
    formula: t('片区2012年名单中摘帽年度有来源点名或由排除法推得的县数', 'Counties of the area\'s 2012 list whose exit year a source names or elimination derives'),
    note: t('描述本数据集的覆盖范围，不随年份变化；为便于与各年数值并列，2015–2020年每年各记一次。', 'Describes the coverage of this data set and does not change with the year; it is written for each year 2015–2020 so it can stand beside that year\'s values.'),
  },
  {
    id: 'exit_year_known_share', name: t('摘帽年度已知的片区县比例', 'Share of area counties with a known exit year'), ...PCT,
    basis: 'derived', kinds: AREAS, ...threshold([50, 75, 90, 100]), decimals: 0, higherIsBetter: true, carryForward: 0,
    formula: t('摘帽年度已知的县数 ÷ 2012年名单县数 × 100', 'Counties with a known exit year ÷ counties of the 2012 list × 100'),
    note: t('描述覆盖范围，2015–2020年每年各记一次。', 'Describes coverage; written for each year 2015–2020.'),
  },
  {
    id: 'county_count_list', name: t('片区县数（2012年名单）', 'Counties in the area (2012 list)'), ...COUNT,
    basis: 'official_list', kinds: AREAS, ...threshold([20, 40, 60, 75]), decimals: 0, higherIsBetter: null,
    carryForward: 8,
    note: t('名单于2012年公布，至2020年未变，故可显示于2012–2020年。', 'The list was published in 2012 and did not change to 2020, so it is shown for 2012–2020.'),
  },
  ...areaIndicators(),
  ...nationalIndicators(),
];

function areaIndicators(): IndicatorDef[] {
  const plan = (id: string, zh: string, en: string, unit: Pick<IndicatorDef, 'unit' | 'csvUnit' | 'enFactor'>, th: number[], decimals: number): IndicatorDef => ({
    id, name: t(zh, en), ...unit, basis: 'plan', kinds: AREAS, ...threshold(th), decimals, higherIsBetter: null,
    carryForward: 0, note: t('片区规划（多为2010年基数）所载数值；规划范围常大于2012年名单。', 'As given in the regional plans (mostly 2010 baselines); plans often cover more counties than the 2012 list.'),
  });
  const survey = (id: string, zh: string, en: string, unit: Pick<IndicatorDef, 'unit' | 'csvUnit' | 'enFactor'>, th: number[], decimals: number, better: boolean, kinds: EntityKind[]): IndicatorDef => ({
    id, name: t(zh, en), ...unit, basis: 'nbs_survey', kinds, ...threshold(th), decimals, higherIsBetter: better,
    carryForward: 0, note: t('国家统计局住户调查口径；片区逐年数据缺失，仅有零散年份，各值标注其年份。', 'NBS household survey. Sparse: only scattered years exist per area; each value shows its own year.'),
  });
  const reg = (id: string, zh: string, en: string, unit: Pick<IndicatorDef, 'unit' | 'csvUnit' | 'enFactor'>, th: number[], decimals: number, better: boolean): IndicatorDef => ({
    id, name: t(zh, en), ...unit, basis: 'registration', kinds: ['area', 'aggregate', 'province', 'prefecture'],
    ...threshold(th), decimals, higherIsBetter: better, carryForward: 0,
    note: t('建档立卡口径，与国家统计局调查数不可比。', '建档立卡 registration basis; not comparable with NBS survey figures.'),
  });
  return [
    survey('rural_poor_pop', '农村贫困人口', 'Rural poor population', WAN, [50, 100, 200, 400], 0, false, AREAS),
    survey('poverty_incidence', '贫困发生率', 'Poverty headcount ratio', PCT, [5, 10, 15, 20], 1, false, AREAS),
    survey('rural_income_net_pc', '农村居民人均纯收入', 'Rural net income per person', YUAN, [4000, 5000, 6000, 7000], 0, true, AREAS),
    survey('rural_income_disposable_pc', '农村居民人均可支配收入', 'Rural disposable income per person', YUAN, [6000, 8000, 10000, 12000], 0, true, [...AREAS]),
    survey('rural_income_disposable_pc_growth', '农村居民人均可支配收入名义增长', 'Rural disposable income growth, nominal', PCT, [8, 10, 12, 14], 1, true, AREAS),
    reg('rural_poor_pop_registered', '建档立卡贫困人口', 'Registered poor population', WAN, [1, 10, 50, 100], 2, false),
    reg('poverty_incidence_registered', '贫困发生率（建档立卡）', 'Poverty headcount ratio (registered)', PCT, [1, 5, 10, 20], 1, false),
    reg('poor_hh_income_net_pc_registered', '建档立卡贫困户人均纯收入', 'Net income per person of registered poor households', YUAN, [2000, 4000, 6000, 8000], 0, true),
    plan('county_count_reported', '片区县数（规划及公报所载）', 'Counties in the area (as given in plans and releases)', COUNT, [20, 40, 60, 75], 0),
    plan('land_area_plan', '国土面积（规划所载）', 'Land area (as given in the plan)', { unit: t('万平方公里', '1,000 km²'), csvUnit: '万km²', enFactor: 10 }, [5, 10, 15, 20], 1),
    plan('population_total_plan', '总人口（规划基数）', 'Population (plan baseline)', WAN, [1000, 2000, 3000, 3500], 0),
    plan('population_rural_plan', '乡村人口（规划基数）', 'Rural population (plan baseline)', WAN, [1000, 1500, 2000, 3000], 0),
    plan('population_urban_plan', '城镇人口（规划基数）', 'Urban population (plan baseline)', WAN, [500, 700, 900], 0),
    plan('rural_income_net_pc_plan', '农民人均纯收入（规划基数）', 'Rural net income per person (plan baseline)', YUAN, [3000, 3500, 4000, 4500], 0),
    {
      id: 'poverty_counties_exited_reported', name: t('已摘帽贫困县数（公布数）', 'Poverty counties exited (as announced)'), ...COUNT,
      basis: 'official_list', kinds: AREAS, ...threshold([10, 30, 50, 70]), decimals: 0, higherIsBetter: true, carryForward: 0,
      note: t('官方公布的累计摘帽县数，口径以公布为准（如武陵山区按规划71县计）；与本图逐县摘帽年度推算的数值分开显示。', 'Cumulative exits as announced, on the announcement\'s own county list (e.g. Wuling: the plan\'s 71 counties); kept apart from the counts derived here from county exit years.'),
    },
    {
      id: 'deep_poverty_counties', name: t('深度贫困县数', 'Counties of deep poverty'), ...COUNT, basis: 'official_list',
      kinds: ['province', 'prefecture'], ...threshold([1, 5, 10, 15]), decimals: 0, higherIsBetter: false, carryForward: 0,
    },
    {
      id: 'poverty_target_pop_2010', name: t('农村扶贫对象（2300元标准，户籍）', 'Rural poverty-relief targets (2,300-yuan line, household registration)'),
      ...WAN, basis: 'registration', kinds: ['province', 'prefecture'], ...threshold([10, 50, 100, 500]), decimals: 2, higherIsBetter: false,
      carryForward: 0, note: t('分母为户籍农村人口，与统计局常住口径不同。', 'The denominator is the registered (户籍) rural population, not the NBS resident population.'),
    },
    {
      id: 'poverty_target_share_2010', name: t('扶贫对象占户籍农村人口比例', 'Poverty-relief targets as a share of the registered rural population'),
      ...PCT, basis: 'registration', kinds: ['province', 'prefecture'], ...threshold([10, 20, 30, 40]), decimals: 1, higherIsBetter: false,
      carryForward: 0, note: t('户籍口径，与统计局贫困发生率不可比。', 'Registration basis; not comparable with the NBS headcount ratio.'),
    },
    {
      id: 'land_area_geometry', name: t('面积（按地图边界量算）', 'Area (measured from the map)'),
      unit: t('平方公里', 'km²'), csvUnit: 'km²', enFactor: 1, basis: 'geometry', kinds: ['area', 'province', 'prefecture'],
      ...threshold([20000, 50000, 100000, 200000]), decimals: 0, higherIsBetter: null, carryForward: 8,
      formula: t('atlas.topo.json 中各区域的 area_km2（简化边界的面积），取三位有效数字', 'area_km2 of each region in atlas.topo.json (area of the simplified boundaries), to three significant figures'),
      note: t('边界年份约2016年，面积长期不变，故可显示于2016–2024年。与官方面积相差约1–2%：如甘孜量得约15.0万平方公里（公布15.3万），阿坝约8.3万（公布8.42万），四川约48.7万（公布约48.6万）。',
        'Boundaries of about 2016; areas change little, so shown for 2016–2024. Within about 1–2% of official figures: e.g. Ganzi measures about 150,000 km² (reported 153,000), Aba about 83,000 (84,242), Sichuan about 487,000 (about 486,000).'),
    },
    {
      id: 'land_area_reported', name: t('面积（官方公布）', 'Land area (as officially reported)'), unit: t('平方公里', 'km²'),
      csvUnit: 'km²', enFactor: 1, basis: 'official_list', kinds: ['prefecture'], ...threshold([20000, 50000, 100000]),
      decimals: 0, higherIsBetter: null, carryForward: 0,
    },
  ];
}

function nationalIndicators(): IndicatorDef[] {
  const STD = {
    '1978std': t('1978年标准', '1978 standard'),
    '2008std': t('2008年标准', '2008 standard'),
    '2010std': t('2010年标准（现行标准）', '2010 standard (current)'),
  };
  const out: IndicatorDef[] = [];
  for (const [std, label] of Object.entries(STD)) {
    const note = t(`${label.zh}单独成线，不与其他标准拼接。`, `The ${label.en} is a line of its own, never spliced with another standard.`);
    out.push(
      { id: `rural_poor_pop_${std}`, name: t(`农村贫困人口（${label.zh}）`, `Rural poor population (${label.en})`), ...WAN, basis: 'nbs_survey', kinds: NATION, ...threshold([1000, 5000, 10000, 50000]), decimals: 0, higherIsBetter: false, carryForward: 0, note: std === '2010std' ? t(`${note.zh} 2020年无国家统计局调查数：官方宣布现行标准下农村贫困人口全部脱贫。`, `${note.en} 2020 has no NBS survey estimate: the government declared all rural poor under the current standard lifted out of poverty.`) : note },
      { id: `poverty_incidence_${std}`, name: t(`贫困发生率（${label.zh}）`, `Poverty headcount ratio (${label.en})`), ...PCT, basis: 'nbs_survey', kinds: NATION, ...threshold([1, 5, 10, 30]), decimals: 1, higherIsBetter: false, carryForward: 0, note },
      { id: `poverty_line_${std}`, name: t(`贫困线（${label.zh}，当年价）`, `Poverty line (${label.en}, current prices)`), unit: t('元/人·年', 'yuan per person per year'), csvUnit: '元', enFactor: 1, basis: 'nbs_survey', kinds: NATION, ...threshold([500, 1000, 2000]), decimals: 0, higherIsBetter: null, carryForward: 0, note },
    );
  }
  out.push({
    id: 'rural_poor_pop_reduction_2010std', name: t('农村贫困人口比上年减少（2010年标准）', 'Fall in the rural poor population on the year before (2010 standard)'),
    ...WAN, basis: 'nbs_survey', kinds: NATION, ...threshold([1000, 1500, 2000]), decimals: 0, higherIsBetter: true, carryForward: 0,
  });
  return out;
}

/** The indicator each view opens with: complete coverage for its entities. */
export const DEFAULT_INDICATORS: Record<'area' | 'prefecture' | 'county' | 'nation', string> = {
  area: 'area_counties_remaining',
  prefecture: 'gdp',
  county: 'exit_year',
  nation: 'rural_poor_pop_2010std',
};

/**
 * Default year per view: a year in which its default indicator is complete.
 * Areas: 2017, midway through the exits; every area's count is known in every
 * year but 2018 (southern Xinjiang is a range then).
 */
export const DEFAULT_YEARS: Record<'area' | 'prefecture' | 'county' | 'nation', number> = {
  area: 2017,
  prefecture: 2016,
  county: 2020,
  nation: 2016,
};
