/**
 * UI strings of finding, drilling down and comparing (search box,
 * breadcrumb, an area's county list, pinning, the table's second year).
 * Merged into MESSAGES by `messages.ts`; keys are prefixed `search.*`,
 * `crumb.*`, `drill.*`, `compare.*`, `year2.*`.
 */
import type { I18nText } from '../data/schema';

export const EXPLORE_MESSAGES = {
  'search.label': { zh: '查找地区', en: 'Find a place' },
  'search.placeholder': { zh: '县名、拼音或英文，如 zhaojue', en: 'Name or pinyin, e.g. zhaojue' },
  'search.count': { zh: '找到{n}个地区，上下方向键选择，回车打开', en: '{n} places found; Up/Down to choose, Enter to open' },
  'search.none': { zh: '没有与“{query}”相符的地区', en: 'No place matches “{query}”' },
  'search.kind.area': { zh: '片区', en: 'area' },
  'search.kind.prefecture': { zh: '市州', en: 'prefecture' },
  'search.kind.county': { zh: '县', en: 'county' },

  'crumb.label': { zh: '所在位置', en: 'You are here' },
  'crumb.china': { zh: '中国', en: 'China' },
  'crumb.sichuan': { zh: '四川', en: 'Sichuan' },
  'crumb.counties': { zh: '各县', en: 'Counties' },

  'drill.show': { zh: '在地图上显示其各县', en: 'Show its counties on the map' },
  'drill.title': { zh: '所辖县（{n}个）', en: 'Its counties ({n})' },
  'drill.units': {
    zh: '2012年名单有{total}个县，地图上为{n}个单元：有的名单县合为一个单元。',
    en: 'The 2012 list has {total} counties, drawn as {n} map units: some list counties share one unit.',
  },
  'drill.county': { zh: '县', en: 'County' },
  'drill.valueIn': { zh: '{indicator}，{year}年', en: '{indicator}, {year}' },
  'drill.exit': { zh: '摘帽年度', en: 'Exit year' },
  'drill.noExit': { zh: '无来源', en: 'no source' },
  'drill.noValue': { zh: '无数据', en: 'no data' },
  'drill.inArea': { zh: '所属片区', en: 'Area' },
  'drill.inPrefecture': { zh: '所属市州', en: 'Prefecture' },

  'compare.pin': { zh: '固定以比较', en: 'Pin to compare' },
  'compare.unpin': { zh: '取消固定', en: 'Unpin' },
  'compare.pinned': { zh: '已固定比较（{n}/{max}）', en: 'Pinned for comparison ({n}/{max})' },
  'compare.full': { zh: '最多固定{max}个地区，请先取消一个。', en: 'At most {max} regions can be pinned; unpin one first.' },
  'compare.remove': { zh: '取消固定{name}', en: 'Unpin {name}' },
  'compare.hint': {
    zh: '固定后，再打开其他地区，图表会把它们画在一起。',
    en: 'Pin it, then open other regions: the chart draws them together.',
  },
  'compare.notShown': {
    zh: '{name}未画出：它没有“{indicator}”的数据，只能比较同一指标、同一单位的数值。',
    en: '{name} is not drawn: it has no values of “{indicator}”; only values of the same indicator and unit are compared.',
  },
  'compare.noLine': { zh: '无数据', en: 'no data' },
  'compare.chartLabel': { zh: '{names}：{indicator}（{unit}）历年数值比较', en: '{indicator} by year ({unit}): {names}' },

  'year2.label': { zh: '将{year}年与另一年比较：', en: 'Compare {year} with:' },
  'year2.none': { zh: '不比较', en: 'no other year' },
  'year2.caption': { zh: '{indicator}（{unit}），{from}年与{to}年', en: '{indicator} ({unit}), {from} and {to}' },
  'year2.column': { zh: '{year}年', en: '{year}' },
  'year2.change': { zh: '变化 {from}→{to}（{unit}）', en: 'Change {from}→{to} ({unit})' },
  'year2.breakBetween': { zh: '{year}年口径变化，不可比', en: 'series break in {year}: not comparable' },
  'year2.points': { zh: '百分点', en: 'percentage points' },
} satisfies Record<string, I18nText>;
