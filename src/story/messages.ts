/**
 * The story presenter's and the national chart's strings, zh and en, kept
 * apart from src/i18n so the two can change without conflicts. `{name}`
 * placeholders; numbers arrive formatted.
 */
import type { I18nText, Lang } from '../data/schema';

const MESSAGES = {
  'chart.title': { zh: '全国农村贫困人口与贫困发生率，1978–2020', en: 'Rural poverty in China, 1978–2020' },
  'chart.population': { zh: '农村贫困人口', en: 'Rural poor population' },
  'chart.incidence': { zh: '贫困发生率', en: 'Poverty headcount ratio' },
  'chart.std1978': { zh: '1978年标准', en: '1978 standard' },
  'chart.std2008': { zh: '2008年标准', en: '2008 standard' },
  'chart.std2010': { zh: '2010年标准（现行）', en: '2010 standard (current)' },
  'chart.explain': {
    zh: '三种贫困标准分别成线，互不相接。实线连接相邻年份；虚线跨过没有公布数据的年份，线上只有圆点处是实际数值。',
    en: 'Each poverty standard is its own line; they are never joined. Solid lines join consecutive years; dotted lines cross years with no published figure: only the dots are figures.',
  },
  'chart.keys': {
    zh: '用左右方向键在数据点之间移动，上下方向键切换标准。',
    en: 'Left and right arrows move between the figures, up and down switch the standard.',
  },
  'chart.point': { zh: '{std}，{year}年：{value}（来源：{source}）', en: '{std}, {year}: {value} (source: {source})' },
  'chart.milestones': { zh: '政策节点', en: 'Policy milestones' },
  'chart.notes': { zh: '数据说明', en: 'Notes on the figures' },
  'chart.flag': { zh: '{year}年，{indicator}', en: '{year}, {indicator}' },
  'chart.table': { zh: '表格', en: 'Table' },
  'chart.graph': { zh: '图表', en: 'Chart' },
  'chart.year': { zh: '年份', en: 'Year' },
  'chart.sources': { zh: '来源：{list}', en: 'Sources: {list}' },
  'chart.loading': { zh: '正在加载数据…', en: 'Loading data…' },
  'chart.noData': { zh: '没有全国数据（series.json 中缺少这些指标）', en: 'No national figures (these indicators are missing from series.json)' },
  'chart.missing': { zh: '—', en: '—' },
  'chart.span': { zh: '{from}–{to}年', en: '{from}–{to}' },

  'milestone.1986': { zh: '国务院设立扶贫开发领导小组，开始有组织的开发式扶贫', en: 'State Council sets up a leading group: organised, development-led poverty relief begins' },
  'milestone.1994': { zh: '《国家八七扶贫攻坚计划》，集中力量解决农村贫困人口的温饱', en: 'The Eight-Seven Plan: a concentrated push to end hunger in the poorest rural counties' },
  'milestone.2001': { zh: '《中国农村扶贫开发纲要（2001–2010年）》，扶贫重点转向村', en: 'Rural poverty outline 2001–2010: the focus moves to villages' },
  'milestone.2011': { zh: '《纲要（2011–2020年）》划定集中连片特困地区，提高贫困线', en: 'Outline 2011–2020: the contiguous poverty areas are drawn and the line is raised' },
  'milestone.2013': { zh: '提出精准扶贫，贫困户逐户建档立卡', en: 'Targeted poverty alleviation: every poor household registered by name' },
  'milestone.2020': { zh: '现行标准下农村贫困人口全部脱贫，贫困县全部摘帽', en: 'Under the current line, the last poor counties and people leave poverty' },
  'milestone.source': { zh: '政策节点据种子文献002、003整理', en: 'Milestones from seed papers 002 and 003' },

  'story.present': { zh: '演示', en: 'Present' },
  'story.step': { zh: '{n} / {total}', en: '{n} / {total}' },
  'story.stepLabel': { zh: '第{n}步，共{total}步', en: 'Step {n} of {total}' },
  'story.prev': { zh: '上一步', en: 'Previous' },
  'story.next': { zh: '下一步', en: 'Next' },
  'story.exit': { zh: '退出演示', en: 'Exit' },
  'story.fullscreen': { zh: '全屏', en: 'Full screen' },
  'story.notes': { zh: '讲稿', en: 'Notes' },
  'story.notesWindow': { zh: '讲稿窗口', en: 'Notes window' },
  'story.noNotes': { zh: '（本步没有讲稿）', en: '(no notes for this step)' },
  'story.lang': { zh: 'English', en: '中文' },
  'story.sources': { zh: '来源：{list}', en: 'Sources: {list}' },
  'story.keys': {
    zh: '← → / PageUp PageDown / 空格：翻页 · Home End：首尾 · N：讲稿 · F：全屏 · Esc：退出',
    en: '← → / PageUp PageDown / space: step · Home End: first, last · N: notes · F: full screen · Esc: exit',
  },
  'story.loading': { zh: '正在加载故事…', en: 'Loading the story…' },
  'story.invalid': { zh: '故事文件有误：', en: 'The story file has problems:' },
  'story.fetchFailed': { zh: '无法读取故事文件 {file}：{reason}', en: 'Could not read the story file {file}: {reason}' },
  'story.open': { zh: '打开故事文件…', en: 'Open a story file…' },
  'story.choose': { zh: '选择要演示的故事', en: 'Choose a story to present' },
  'story.drop': { zh: '或把 .md 故事文件拖到地图上', en: 'or drop a .md story file onto the atlas' },
  'story.notesTitle': { zh: '讲稿', en: 'Speaker notes' },
  'story.notesWaiting': { zh: '等待演示窗口…', en: 'Waiting for the presentation window…' },
  'story.nextUp': { zh: '下一步：{heading}', en: 'Next: {heading}' },
  'story.end': { zh: '（最后一步）', en: '(last step)' },
} satisfies Record<string, I18nText>;

export type StoryMessageKey = keyof typeof MESSAGES;

/** A story / chart string in `lang`, with `{name}` placeholders filled. */
export function st(lang: Lang, key: StoryMessageKey, params: Record<string, string | number> = {}): string {
  return MESSAGES[key][lang].replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m));
}
