/** Labels of the exit-year coverage table in the sources panel (zh / en). */
import type { I18nText } from '../data/schema';

export const EXIT_COVERAGE_TEXT: Record<'title' | 'intro' | 'area' | 'named' | 'derived' | 'bounded' | 'missing' | 'total', I18nText> = {
  title: { zh: '各片区县的摘帽年度从何而知', en: 'How each area’s exit years are known' },
  intro: {
    zh: '按2012年名单的县计：来源点名的、由排除法推得的（标“推算”）、只知在两个年度之一的（不着色）和无来源的。',
    en: 'Counties of the 2012 list whose exit year a source names, is derived by elimination (marked “derived”), is known only as one of two years (not coloured), or has no source.',
  },
  area: { zh: '片区', en: 'Area' },
  named: { zh: '点名', en: 'Named' },
  derived: { zh: '推算', en: 'Derived' },
  bounded: { zh: '区间', en: 'Range' },
  missing: { zh: '缺', en: 'Missing' },
  total: { zh: '合计', en: 'Total' },
};
