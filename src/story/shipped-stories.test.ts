/**
 * The stories shipped in public/stories/ parse without a problem, and every
 * number in every caption is either a year written in the text or a figure
 * quoted from a sourced row of series.json, shown exactly as the atlas
 * formats that row.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { formatValue } from '../data/format';
import type { Lang, SeriesFile } from '../data/schema';
import { parseStory } from './parse-story';
import { storyContext } from './story-context';
import { shownCaption } from './story-view';

const read = (path: string) => readFileSync(new URL(`../../public/${path}`, import.meta.url), 'utf8');
const SERIES = JSON.parse(read('data/series.json')) as SeriesFile;
const ctx = storyContext(SERIES);
const INDEX = JSON.parse(read('stories/index.json')) as { stories: Array<{ file: string; title: { zh: string; en: string } }> };
const YEAR = /^(19[4-9]\d|20[0-2]\d)$/;

describe.each(INDEX.stories.map((s) => [s.file, s] as const))('%s', (file, listing) => {
  const result = parseStory(read(file), ctx);

  it('parses with no errors and no warnings, under the title the index lists', () => {
    expect(result.ok ? [] : result.errors.map((e) => e.message.en)).toEqual([]);
    expect(result.warnings.map((w) => w.message.en)).toEqual([]);
    if (result.ok) expect(result.story.title).toEqual(listing.title);
  });

  it('quotes every figure from a row of series.json that names its source, formatted as the atlas formats it', () => {
    if (!result.ok) return;
    let figures = 0;
    for (const step of result.story.steps) {
      for (const lang of ['zh', 'en'] as Lang[]) {
        const refs = step.caption[lang].blocks.flatMap((b) => b.inlines.filter((i) => i.kind === 'value').map((i) => i.ref));
        const shown = shownCaption(step.caption[lang], lang, ctx).flatMap((b) => b.runs.filter((r) => r.figure).map((r) => r.text));
        refs.forEach((ref, i) => {
          const row = SERIES.values[ref.indicator]?.[ref.entity]?.find(([year]) => year === ref.year);
          expect(row, `step ${step.index} ${lang}: ${ref.indicator} ${ref.entity} ${ref.year}`).toBeDefined();
          const source = SERIES.sources[row![2]];
          expect(source?.id, `step ${step.index}: source of ${ref.indicator} ${ref.entity} ${ref.year}`).toBeTruthy();
          const def = SERIES.indicators.find((d) => d.id === ref.indicator)!;
          expect(shown[i]).toBe(formatValue(row![1], def, lang));
          figures++;
        });
      }
    }
    expect(figures).toBeGreaterThan(20);
  });

  it('writes no number in its own words except years', () => {
    if (!result.ok) return;
    for (const step of result.story.steps) {
      for (const lang of ['zh', 'en'] as Lang[]) {
        const cap = shownCaption(step.caption[lang], lang, ctx);
        const words = [step.caption[lang].heading, ...cap.flatMap((b) => b.runs.filter((r) => !r.figure).map((r) => r.text))].join(' ');
        for (const m of words.matchAll(/\d+(?:[.,]\d+)*/g)) expect(m[0], `step ${step.index} ${lang}: "${m[0]}"`).toMatch(YEAR);
      }
    }
  });

  it('gives every step a heading and a caption in both languages', () => {
    if (!result.ok) return;
    for (const step of result.story.steps) for (const lang of ['zh', 'en'] as Lang[]) {
      expect(step.caption[lang].heading, `step ${step.index} ${lang}`).not.toBe('');
      expect(step.caption[lang].blocks.length).toBeGreaterThan(0);
    }
  });
});

describe('docs/stories.md', () => {
  it('its three-step example is a valid story with no warnings', () => {
    const doc = readFileSync(new URL('../../docs/stories.md', import.meta.url), 'utf8');
    const example = /```markdown\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
    const r = parseStory(example, ctx);
    expect(r.ok ? [] : r.errors.map((e) => e.message.en)).toEqual([]);
    expect(r.warnings).toEqual([]);
    expect(r.ok && r.story.steps.map((s) => [s.state.view, s.state.indicator, s.state.year])).toEqual([
      ['sichuan', 'poverty_counties_remaining', 2015],
      ['sichuan', 'poverty_counties_remaining', 2018],
      ['counties', 'exit_year', 2020],
    ]);
  });
});
