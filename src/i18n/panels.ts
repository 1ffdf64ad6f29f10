/**
 * UI strings of the panels (tooltip, detail panel, line chart, data table,
 * sources). Owned by the panels' author; `messages.ts` merges these with the
 * core strings, so keys must not clash with it (prefix them: `panel.*`,
 * `table.*`, `sources.*`, `tooltip.*`, `chart.*`).
 *
 * Placeholders are written `{name}` and filled by `t(lang, key, {name})`.
 * Numbers arrive in placeholders already formatted for the language.
 */
import type { I18nText } from '../data/schema';

export const PANEL_MESSAGES = {
  'tooltip.noData': { zh: '无数据', en: 'no data' },
  'tooltip.valueFrom': { zh: '{year}年数据', en: 'value from {year}' },
  'tooltip.source': { zh: '来源：{source}', en: 'Source: {source}' },
  'tooltip.lowTrust': { zh: '（可信度低）', en: ' (low trust)' },
  'tooltip.withheld': { zh: '原因：{note}', en: 'Why: {note}' },

  'panel.close': { zh: '关闭详情', en: 'Close details' },
  'panel.expand': { zh: '展开详情', en: 'Show more of the details' },
  'panel.shrink': { zh: '收起详情', en: 'Show less of the details' },
  'panel.valueIn': { zh: '{indicator}，{year}年', en: '{indicator}, {year}' },
  'panel.noValue': { zh: '{year}年无数据', en: 'no data for {year}' },
  'panel.about': { zh: '关于此指标', en: 'About this indicator' },
  'panel.formula': { zh: '计算方法：{formula}', en: 'How it is computed: {formula}' },
  'panel.valueNote': { zh: '{year}年：{note}', en: '{year}: {note}' },
  'panel.breakNote': { zh: '┊ {note}', en: '┊ {note}' },

  'chart.label': { zh: '{name}：{indicator}（{unit}）历年数值', en: '{indicator} of {name} by year ({unit})' },
  'chart.empty': { zh: '该地区此指标暂无数据。', en: 'No data for this region on this indicator.' },
  'chart.selected': { zh: '所选年份', en: 'selected year' },
  'chart.break': { zh: '口径变化', en: 'series break' },
  'chart.lowTrust': { zh: '空心点：来源可信度较低', en: 'hollow dot: less trusted source' },
  'chart.gap': { zh: '缺失年份不连线', en: 'missing years are left as gaps' },
  'chart.point': { zh: '{year}年：{value}', en: '{year}: {value}' },

  'sources.title': { zh: '资料来源', en: 'Sources' },
  'sources.trust': { zh: '可信度：{trust}', en: 'trust: {trust}' },
  'sources.trust.high': { zh: '高', en: 'high' },
  'sources.trust.medium': { zh: '中', en: 'medium' },
  'sources.trust.low': { zh: '低', en: 'low' },
  'sources.why': { zh: '来源记录', en: 'What we recorded about it' },
  'sources.used': { zh: '本图所用来源', en: 'Sources of what is shown' },
  'sources.others': { zh: '其他来源（{n}个）', en: 'Other sources ({n})' },
  'sources.repost': { zh: '转载；原发布者：{publisher}，{date}', en: 'A repost; first published by {publisher}, {date}' },
  'sources.trustExplain.high': {
    zh: '官方统计或文件，按原文引用。',
    en: 'Official statistics or an official document, quoted as published.',
  },
  'sources.trustExplain.medium': {
    zh: '二手转载或汇编，内容与官方口径一致，但未能与原件逐一核对。',
    en: 'A secondary copy or compilation that agrees with official figures but could not be checked against the original.',
  },
  'sources.trustExplain.low': {
    zh: '出处不明的副本或个人整理，仅在别无来源时使用，并在图中标出。',
    en: 'An uncited copy or a private compilation, used only where nothing better exists, and marked as such.',
  },
  'sources.newTab': { zh: '（在新标签页打开）', en: '(opens in a new tab)' },
  'sources.none': { zh: '暂无来源。', en: 'No sources.' },
  'sources.membership.title': { zh: '片区县名单的核实程度', en: 'How sure the county lists are' },
  'sources.membership.intro': {
    zh: '14个片区共{total}个县（2012年名单）。每个县属于哪个片区：',
    en: 'The 14 areas have {total} counties (2012 list). Which area each county belongs to is:',
  },
  'sources.membership.V': { zh: '有来源确认', en: 'confirmed by a source' },
  'sources.membership.K': { zh: '与各片区县数及地理位置一致', en: 'consistent with the per-area counts and geography' },
  'sources.membership.D': { zh: '由行政区划推定', en: 'derived from administrative divisions' },
  'sources.membership.R': { zh: '未核实', en: 'unverified' },
  'sources.membership.count': { zh: '{n}个县', en: '{n} counties' },

  'table.caption': { zh: '{indicator}（{unit}），{year}年', en: '{indicator} ({unit}), {year}' },
  'table.coverage': { zh: '{total}个地区中{n}个有数据', en: '{n} of {total} regions have a value' },
  'table.name': { zh: '名称', en: 'Name' },
  'table.value': { zh: '数值', en: 'Value' },
  'table.valueUnit': { zh: '数值（{unit}）', en: 'Value ({unit})' },
  'table.year': { zh: '数据年份', en: 'Year of value' },
  'table.source': { zh: '来源', en: 'Source' },
  'table.sortBy': { zh: '按{column}排序', en: 'Sort by {column}' },
  'table.noData': { zh: '无数据', en: 'no data' },
  'table.footnote': { zh: '{name}：{note}', en: '{name}: {note}' },
} satisfies Record<string, I18nText>;

export type PanelMessageKey = keyof typeof PANEL_MESSAGES;

