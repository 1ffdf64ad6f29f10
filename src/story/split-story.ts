/**
 * Splits a story file into its blocks: the story header, then one block per
 * step. A block is a front matter (YAML between two `---` lines) followed by
 * the text up to the next `---` line. Line numbers are 1-based.
 */
export interface RawBlock {
  /** Line of the opening `---`. */
  line: number;
  yaml: string;
  /** Line of the first YAML line. */
  yamlLine: number;
  body: string[];
  /** Line of the first body line. */
  bodyLine: number;
  /** False when the front matter has no closing `---`. */
  closed: boolean;
}

const FENCE = /^---\s*$/;

/** The blocks of a story file, and the line of any text before the first `---` (else 0). */
export function splitStory(text: string): { blocks: RawBlock[]; strayLine: number } {
  const lines = text.replace(/^\uFEFF/, '').split(/\r\n|\r|\n/);
  const blocks: RawBlock[] = [];
  let i = 0;
  while (i < lines.length && lines[i].trim() === '') i++;
  const strayLine = i < lines.length && !FENCE.test(lines[i]) ? i + 1 : 0;
  while (i < lines.length && !FENCE.test(lines[i])) i++;
  while (i < lines.length) {
    const open = i;
    let close = open + 1;
    while (close < lines.length && !FENCE.test(lines[close])) close++;
    const closed = close < lines.length;
    let end = closed ? close + 1 : close;
    while (end < lines.length && !FENCE.test(lines[end])) end++;
    blocks.push({
      line: open + 1,
      yaml: lines.slice(open + 1, close).join('\n'),
      yamlLine: open + 2,
      body: closed ? lines.slice(close + 1, end) : [],
      bodyLine: close + 2,
      closed,
    });
    i = end;
  }
  return { blocks, strayLine };
}
