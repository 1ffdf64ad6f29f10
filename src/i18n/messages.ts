/**
 * Every UI string in Chinese and English. The core strings live here; the
 * panels' strings (tooltip, detail panel, table, sources) in `panels.ts`,
 * merged below. Placeholders are `{name}`; numbers arrive formatted.
 */
import type { I18nText, Lang } from '../data/schema';
import { PANEL_MESSAGES } from './panels';
import { EXPLORE_MESSAGES } from './explore';
import { LOADING_MESSAGES } from './loading';
import { SHARE_MESSAGES } from './share';

const CORE_MESSAGES = {
  'app.title': { zh: '中国连片特困地区地图集', en: "Atlas of China's contiguous poverty-stricken areas" },
  'app.titleShort': { zh: '连片特困地区地图集', en: 'Atlas of poverty areas' },
  'app.subtitle': {
    zh: '14个集中连片特殊困难地区（2012年名单，680个县）与四川21个市州',
    en: 'The 14 contiguous poverty-stricken areas (2012 list, 680 counties) and Sichuan’s 21 prefectures',
  },
  'app.loading': { zh: '正在加载数据…', en: 'Loading data…' },
  'app.error': { zh: '数据加载出错', en: 'Some data could not be loaded' },
  'app.errorDetail': { zh: '{file}，第{row}行，字段“{field}”：{reason}', en: '{file}, row {row}, field “{field}”: {reason}' },
  'app.errorFile': { zh: '{file}，{field}：{reason}', en: '{file}, {field}: {reason}' },
  'app.errorRest': { zh: '其余部分仍可使用。', en: 'The rest of the atlas still works.' },

  'view.label': { zh: '视图', en: 'View' },
  'view.areas': { zh: '14个片区', en: '14 areas' },
  'view.sichuan': { zh: '四川市州', en: 'Sichuan' },
  'view.counties': { zh: '县', en: 'Counties' },

  'picker.label': { zh: '指标', en: 'Indicator' },
  'picker.basis': { zh: '口径：{basis}', en: 'Basis: {basis}' },
  'picker.note': { zh: '说明', en: 'Note' },
  'basis.nbs_survey': { zh: '国家统计局住户调查', en: 'NBS household survey' },
  'basis.registration': { zh: '建档立卡', en: 'poverty registration (建档立卡)' },
  'basis.official_list': { zh: '官方名单', en: 'official lists' },
  'basis.accounts': { zh: '地区生产总值核算', en: 'regional accounts' },
  'basis.plan': { zh: '区域发展规划', en: 'regional development plans' },
  'basis.geometry': { zh: '由地图边界测算', en: 'measured from the map' },
  'basis.derived': { zh: '由其他数据推算', en: 'derived from other figures' },

  'timeline.label': { zh: '年份', en: 'Year' },
  'timeline.play': { zh: '播放', en: 'Play' },
  'timeline.pause': { zh: '暂停', en: 'Pause' },
  'timeline.prev': { zh: '上一年', en: 'Previous year' },
  'timeline.next': { zh: '下一年', en: 'Next year' },
  'timeline.speed': { zh: '播放速度', en: 'Speed' },
  'timeline.speed.slow': { zh: '慢速', en: 'Slow' },
  'timeline.speed.normal': { zh: '中速', en: 'Normal' },
  'timeline.speed.fast': { zh: '快速', en: 'Fast' },
  'timeline.announce': { zh: '{year}年：{coverage}', en: '{year}: {coverage}' },
  'timeline.keys': { zh: '左右方向键切换年份，空格键播放或暂停', en: '←/→ change the year, space plays or pauses' },

  'legend.title': { zh: '{indicator}（{unit}）', en: '{indicator} ({unit})' },
  'legend.titleNoUnit': { zh: '{indicator}', en: '{indicator}' },
  'legend.noData': { zh: '无数据', en: 'No data' },
  'legend.coverage': { zh: '{total}{noun}中{n}个有{year}年数据', en: '{n} of {total} {noun} have a value for {year}' },
  'legend.coverageTimeless': { zh: '{total}{noun}中{n}个有数据', en: '{n} of {total} {noun} have a value' },
  'legend.carried': { zh: '（其中{n}个为往年数据）', en: ' ({n} from earlier years)' },
  'legend.source': { zh: '来源：{list}', en: 'Source: {list}' },
  'legend.countyUnits': {
    zh: '802个地图单元：14个片区2012年名单的680个县（按约2016年县界；名单上两县后各分为两区，海西州三个行委合为一个单元）与四川其余122个县。',
    en: '802 map units: the 680 counties of the 14 areas’ 2012 list on boundaries of about 2016 (two list counties later split into two districts each; Haixi’s three administrative committees are one unit) and Sichuan’s other 122 counties.',
  },
  'legend.more': { zh: '{list}及另外{n}个来源', en: '{list} and {n} more' },

  'lang.label': { zh: '语言', en: 'Language' },
  'lang.zh': { zh: '中文', en: '中文' },
  'lang.en': { zh: 'English', en: 'English' },

  'map.label': { zh: '地图：{view}，{indicator}，{year}', en: 'Map: {view}, {indicator}, {year}' },
  'map.keys': {
    zh: '方向键在地区间移动，回车键打开详情，Esc 关闭，+/- 缩放',
    en: 'Arrow keys move between regions, Enter opens details, Esc closes, +/- zoom',
  },
  'map.zoomIn': { zh: '放大', en: 'Zoom in' },
  'map.zoomOut': { zh: '缩小', en: 'Zoom out' },
  'map.reset': { zh: '复位地图', en: 'Reset the map' },
  'map.controls': { zh: '地图缩放', en: 'Map zoom' },
  'map.simpler': { zh: '简化地图：此浏览器无法使用 WebGL', en: 'Simpler map: WebGL is not available in this browser' },
  'map.focus': { zh: '{name}：{value}', en: '{name}: {value}' },

  'tabs.label': { zh: '显示方式', en: 'Show as' },
  'tabs.map': { zh: '地图', en: 'Map' },
  'tabs.table': { zh: '表格', en: 'Table' },
  'tabs.sources': { zh: '来源', en: 'Sources' },

  'membership.sichuanOther': { zh: '四川（非片区县）', en: 'Sichuan, outside the 14 areas' },
  'status.V': { zh: '有来源确认', en: 'Confirmed by a source' },
  'status.K': { zh: '与县数及地理一致', en: 'Consistent with counts' },
  'status.D': { zh: '由行政区划推定', en: 'Derived from divisions' },
  'status.R': { zh: '未核实', en: 'Unverified' },
  'facts.provinces': { zh: '涉及省份', en: 'Provinces' },
  'facts.counties': { zh: '县数（2012年名单）', en: 'Counties (2012 list)' },
  'facts.area': { zh: '面积（由地图测算）', en: 'Land area (from the map)' },
  'facts.areaOf': { zh: '所属片区', en: 'Area' },
  'facts.status': { zh: '名单核实程度', en: 'Membership' },
  'unit.km2': { zh: '平方千米', en: 'km²' },
} satisfies Record<string, I18nText>;

export const MESSAGES = { ...CORE_MESSAGES, ...PANEL_MESSAGES, ...EXPLORE_MESSAGES, ...LOADING_MESSAGES, ...SHARE_MESSAGES };
export type MessageKey = keyof typeof MESSAGES;

/** A string in `lang` with `{placeholders}` filled (unknown ones stay as written). */
export function t(lang: Lang, key: MessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (all, name: string) => (name in params ? String(params[name]) : all));
}
