/**
 * The text of a step: `::: zh`, `::: en` and `::: notes` sections. In a
 * caption, a first line `# …` is the heading; paragraphs are separated by
 * blank lines; `- ` starts a list item; `**bold**`; a figure from the data is
 * written `{{indicator entity year}}` and shown formatted, with its source.
 * Pure: returns captions and problems, never throws.
 */
import type { Lang } from '../data/schema';
import type { Block, Caption, Inline, ValueRef } from './story-types';

export type SectionName = Lang | 'notes';

export const SECTIONS: readonly SectionName[] = ['zh', 'en', 'notes'];

export interface SectionProblem {
  /** Offset from the body's first line. */
  offset: number;
  field: string;
  en: string;
  zh: string;
}

const SECTION = /^:::\s*(.*?)\s*$/;

/** The sections of a step's body, by name, with any text outside them reported. */
export function splitSections(body: readonly string[]): { sections: Partial<Record<SectionName, string[]>>; problems: SectionProblem[] } {
  const sections: Partial<Record<SectionName, string[]>> = {};
  const problems: SectionProblem[] = [];
  let current: string[] | null = null;
  body.forEach((line, offset) => {
    const m = SECTION.exec(line);
    if (m) {
      const name = m[1].toLowerCase();
      if (name === '') return void (current = null);
      if (!(SECTIONS as readonly string[]).includes(name)) {
        problems.push({ offset, field: `section ${name}`, en: `unknown section "::: ${m[1]}" (use ::: zh, ::: en or ::: notes)`, zh: `未知的段落“::: ${m[1]}”（应为 ::: zh、::: en 或 ::: notes）` });
        return void (current = null);
      }
      if (sections[name as SectionName]) {
        problems.push({ offset, field: `caption.${name}`, en: `section "::: ${name}" appears twice`, zh: `段落“::: ${name}”出现了两次` });
      }
      current = sections[name as SectionName] = [];
      return;
    }
    if (current) current.push(line);
    else if (line.trim() !== '' && !problems.some((p) => p.field === 'caption')) {
      problems.push({ offset, field: 'caption', en: 'text outside a "::: zh" or "::: en" section', zh: '文字不在“::: zh”或“::: en”段落内' });
    }
  });
  return { sections, problems };
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const YEAR = /^(19|20)\d\d$/;

/** Inline runs of one paragraph: bold and figures. */
function inlines(text: string, refs: ValueRef[], problems: string[]): Inline[] {
  const out: Inline[] = [];
  text.split(/(\*\*[^*]+\*\*)/).forEach((part) => {
    if (part === '') return;
    const strong = part.length > 4 && part.startsWith('**') && part.endsWith('**');
    const inner = strong ? part.slice(2, -2) : part;
    let last = 0;
    for (const m of inner.matchAll(PLACEHOLDER)) {
      if (m.index > last) out.push({ kind: 'text', text: inner.slice(last, m.index), strong });
      const words = m[1].trim().split(/\s+/);
      const year = Number(words[2]);
      if (words.length === 3 && YEAR.test(words[2])) {
        const ref = { indicator: words[0], entity: words[1], year };
        refs.push(ref);
        out.push({ kind: 'value', ref, strong });
      } else {
        problems.push(m[0]);
        out.push({ kind: 'text', text: m[0], strong });
      }
      last = m.index + m[0].length;
    }
    if (last < inner.length) out.push({ kind: 'text', text: inner.slice(last), strong });
  });
  return out;
}

/**
 * A caption from its section's lines. `badFigures` collects placeholders that
 * are not `{{indicator entity year}}`. Chinese lines join without a space.
 */
export function parseCaption(lines: readonly string[], lang: Lang): { caption: Caption; refs: ValueRef[]; badFigures: string[] } {
  const refs: ValueRef[] = [];
  const badFigures: string[] = [];
  const blocks: Block[] = [];
  let heading = '';
  let para: string[] = [];
  const joiner = lang === 'zh' ? '' : ' ';
  const flush = () => {
    if (para.length) blocks.push({ kind: 'p', inlines: inlines(para.join(joiner), refs, badFigures) });
    para = [];
  };
  for (const raw of lines) {
    const line = raw.trim();
    const h = /^#{1,3}\s+(.*)$/.exec(line);
    if (h && heading === '' && blocks.length === 0 && para.length === 0) heading = h[1].trim();
    else if (line === '') flush();
    else if (/^[-*]\s+/.test(line)) {
      flush();
      blocks.push({ kind: 'li', inlines: inlines(line.replace(/^[-*]\s+/, ''), refs, badFigures) });
    } else para.push(line);
  }
  flush();
  return { caption: { heading, blocks }, refs, badFigures };
}

/**
 * Numbers written as digits in a caption's own words (not in `{{…}}`) that
 * are not years: the atlas shows no number without a source, so these are
 * reported (as warnings) to the author.
 */
export function literalNumbers(caption: Caption): string[] {
  const texts = [caption.heading, ...caption.blocks.flatMap((b) => b.inlines.map((i) => (i.kind === 'text' ? i.text : ' ')))];
  const found: string[] = [];
  for (const text of texts) {
    for (const m of text.matchAll(/\d+(?:[.,]\d+)*/g)) if (!YEAR.test(m[0])) found.push(m[0]);
  }
  return found;
}
