/**
 * Reads a story file (Markdown with YAML front matter per step; see
 * docs/stories.md) and checks it against the data. Pure and total: any text
 * gives a result, never an exception; every problem names its step (0 = the
 * story header), line and field, in Chinese and English.
 */
import { parseDocument } from 'yaml';
import type { I18nText, Lang } from '../data/schema';
import { parseCaption, literalNumbers, splitSections } from './caption';
import { splitStory, type RawBlock } from './split-story';
import { stepState, type Report } from './step-fields';
import type { StoryContext } from './story-context';
import type { Caption, Story, StoryIssue, StoryResult, StoryStep, StoryStepState, ValueRef } from './story-types';

/** Larger files are refused rather than parsed (a story is a few kilobytes). */
export const MAX_STORY_CHARS = 500_000;
const HEADER_KEYS = ['title', 'summary'] as const;
const LANGS: readonly Lang[] = ['zh', 'en'];

type Collect = (step: number, line: number, field: string, en: string, zh: string) => void;

/** The YAML of a block as a plain object, or null (reported) when it is not one. */
function frontMatter(block: RawBlock, step: number, add: Collect): Record<string, unknown> | null {
  const where = step === 0 ? 'header' : 'front matter';
  if (!block.closed) return add(step, block.line, where, 'the front matter has no closing "---" line', '前置元数据缺少结尾的“---”行'), null;
  const doc = parseDocument(block.yaml, { uniqueKeys: true });
  if (doc.errors.length) {
    const e = doc.errors[0];
    const line = block.yamlLine + (e.linePos?.[0].line ?? 1) - 1;
    const msg = e.message.split('\n')[0];
    return add(step, line, where, `not valid YAML: ${msg}`, `YAML 格式有误：${msg}`), null;
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 20 });
  } catch (e) {
    return add(step, block.yamlLine, where, `not valid YAML: ${(e as Error).message}`, `YAML 格式有误：${(e as Error).message}`), null;
  }
  if (value === null || value === undefined) return {};
  if (typeof value !== 'object' || Array.isArray(value)) return add(step, block.yamlLine, where, 'expected "key: value" lines', '应为“键: 值”的形式'), null;
  return value as Record<string, unknown>;
}

function i18nText(v: unknown, field: string, report: Report, required: boolean): I18nText | null {
  if (v === undefined && !required) return null;
  const obj = (typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {}) as Record<string, unknown>;
  if (typeof v !== 'object' || v === null || Array.isArray(v)) {
    report(field, `expected "${field}:" with "zh:" and "en:" lines`, `“${field}”应包含 zh 和 en 两行`);
    return null;
  }
  for (const key of Object.keys(obj)) if (!(LANGS as readonly string[]).includes(key)) report(`${field}.${key}`, `unknown language "${key}" (use zh and en)`, `未知的语言“${key}”（应为 zh 和 en）`);
  for (const lang of LANGS) {
    if (typeof obj[lang] !== 'string' || (obj[lang] as string).trim() === '') report(`${field}.${lang}`, `missing ${field} in language "${lang}"`, `缺少${lang === 'zh' ? '中文' : '英文'}的 ${field}`);
  }
  return typeof obj.zh === 'string' && typeof obj.en === 'string' ? { zh: obj.zh.trim(), en: obj.en.trim() } : null;
}

function header(block: RawBlock, add: Collect): Pick<Story, 'title' | 'summary'> {
  const report: Report = (field, en, zh) => add(0, block.line, field, en, zh);
  const fm = frontMatter(block, 0, add) ?? {};
  for (const key of Object.keys(fm)) if (!(HEADER_KEYS as readonly string[]).includes(key)) report(key, `unknown key "${key}" in the story header (use title, summary)`, `故事开头有未知的键“${key}”（可用 title、summary）`);
  if (block.body.some((l) => l.trim() !== '')) report('text', 'text after the story header belongs in a step (start one with "---")', '故事开头之后的文字应放在某一步中（以“---”开始新的一步）');
  return { title: i18nText(fm.title, 'title', report, true) ?? { zh: '', en: '' }, summary: i18nText(fm.summary, 'summary', report, false) };
}

function checkRefs(refs: ValueRef[], field: string, ctx: StoryContext, report: Report): void {
  for (const ref of refs) {
    const text = `{{${ref.indicator} ${ref.entity} ${ref.year}}}`;
    if (!ctx.indicator(ref.indicator)) report(field, `${text}: unknown indicator "${ref.indicator}"`, `${text}：未知的指标“${ref.indicator}”`);
    else if (!ctx.entityExists(ref.entity)) report(field, `${text}: unknown entity "${ref.entity}"`, `${text}：未知的地区“${ref.entity}”`);
    else if (!ctx.value(ref)) {
      const years = ctx.yearsWithValue(ref.indicator, ref.entity);
      const has = years.length ? years.join(', ') : 'none';
      report(field, `${text}: no value of "${ref.indicator}" for "${ref.entity}" in ${ref.year} (years with a value: ${has})`, `${text}：地区“${ref.entity}”在${ref.year}年没有指标“${ref.indicator}”的数值（有数值的年份：${years.length ? years.join('、') : '无'}）`);
    }
  }
}

function step(block: RawBlock, index: number, prev: StoryStepState | null, ctx: StoryContext, add: Collect, warn: Collect): StoryStep | null {
  const report: Report = (field, en, zh) => add(index, block.line, field, en, zh);
  const fm = frontMatter(block, index, add);
  const { state, chart } = stepState(fm ?? {}, fm ? prev : prev, ctx, fm ? report : () => {});
  const { sections, problems } = splitSections(block.body);
  for (const p of problems) add(index, block.bodyLine + p.offset, p.field, p.en, p.zh);
  const caption = {} as Record<Lang, Caption>;
  const refs: ValueRef[] = [];
  for (const lang of LANGS) {
    const field = `caption.${lang}`;
    const lines = sections[lang];
    const parsed = parseCaption(lines ?? [], lang);
    caption[lang] = parsed.caption;
    if (!lines || (parsed.caption.blocks.length === 0 && parsed.caption.heading === '')) {
      report(field, `missing caption language "${lang}" (add a "::: ${lang}" section)`, `缺少${lang === 'zh' ? '中文' : '英文'}说明（请加上“::: ${lang}”段落）`);
    }
    for (const bad of parsed.badFigures) report(field, `${bad}: write a figure as {{indicator entity year}}`, `${bad}：数值应写作 {{指标 地区 年份}}`);
    checkRefs(parsed.refs, field, ctx, report);
    refs.push(...parsed.refs);
    for (const n of literalNumbers(parsed.caption)) {
      warn(index, block.bodyLine, field, `the number ${n} is not from the data: quote figures as {{indicator entity year}} so they show their source`, `数字 ${n} 不是来自数据：请写作 {{指标 地区 年份}}，以便标明出处`);
    }
  }
  const notes = (sections.notes ?? []).join('\n').trim();
  return { index, line: block.line, state, chart, caption, notes, refs };
}

/** Parses and validates a story. `ok: false` lists every error found (at least one). */
export function parseStory(text: string, ctx: StoryContext): StoryResult {
  const errors: StoryIssue[] = [];
  const warnings: StoryIssue[] = [];
  const add: Collect = (s, line, field, en, zh) => errors.push({ step: s, line, field, message: { en: `step ${s}, ${field}: ${en}`, zh: `第${s}步，${field}：${zh}` } });
  const warn: Collect = (s, line, field, en, zh) => warnings.push({ step: s, line, field, message: { en: `step ${s}, ${field}: ${en}`, zh: `第${s}步，${field}：${zh}` } });
  const addHeader: Collect = (s, line, field, en, zh) => (s === 0 ? errors.push({ step: 0, line, field, message: { en: `story header, ${field}: ${en}`, zh: `故事开头，${field}：${zh}` } }) : add(s, line, field, en, zh));
  const refuse = (en: string, zh: string): StoryResult => (addHeader(0, 0, 'file', en, zh), { ok: false, errors, warnings });
  if (typeof text !== 'string') return refuse('not text', '不是文本');
  if (text.length > MAX_STORY_CHARS) return refuse(`${text.length} characters, more than a story's ${MAX_STORY_CHARS}`, `${text.length}个字符，超过故事上限${MAX_STORY_CHARS}`);
  const { blocks, strayLine } = splitStory(text);
  if (strayLine) addHeader(0, strayLine, 'file', 'a story starts with a "---" line (its header: title zh and en)', '故事应以“---”行开头（其后为标题 title 的 zh 和 en）');
  if (blocks.length === 0) return errors.length ? { ok: false, errors, warnings } : refuse('empty (no "---" header)', '内容为空（没有“---”开头）');
  const head = header(blocks[0], addHeader);
  if (blocks.length === 1) addHeader(0, blocks[0].line, 'steps', 'the story has no steps (each step starts with "---")', '故事没有步骤（每一步以“---”开始）');
  const steps: StoryStep[] = [];
  let prev: StoryStepState | null = null;
  blocks.slice(1).forEach((block, i) => {
    const s = step(block, i + 1, prev, ctx, add, warn);
    if (s) {
      steps.push(s);
      prev = s.state;
    }
  });
  if (errors.length) return { ok: false, errors, warnings };
  return { ok: true, story: { ...head, steps }, warnings };
}

/** One line per problem, for a console or an alert. */
export function formatIssues(issues: readonly StoryIssue[], lang: Lang): string {
  return issues.map((i) => `${i.message[lang]}${i.line ? ` (line ${i.line})` : ''}`).join('\n');
}
