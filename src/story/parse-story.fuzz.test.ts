/**
 * Property tests: whatever text a teacher (or a fuzzer) hands the parser, it
 * answers with a story or with errors that each name their step and field;
 * it never throws and always returns.
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { SeriesFile } from '../data/schema';
import { parseStory } from './parse-story';
import { storyContext } from './story-context';
import type { StoryResult } from './story-types';

const SERIES = JSON.parse(readFileSync(new URL('../../public/data/series.json', import.meta.url), 'utf8')) as SeriesFile;
const ctx = storyContext(SERIES);

function wellFormed(r: StoryResult): void {
  if (r.ok) {
    expect(r.story.steps.length).toBeGreaterThan(0);
    for (const s of r.story.steps) expect(ctx.indicatorIds(s.state.view)).toContain(s.state.indicator);
    return;
  }
  expect(r.errors.length).toBeGreaterThan(0);
  for (const e of r.errors) {
    expect(e.field).not.toBe('');
    expect(e.message.en).toContain(`${e.field}:`);
    expect(e.message.zh).toContain(`${e.field}：`);
    expect(e.message.en).toMatch(e.step === 0 ? /^story header, / : new RegExp(`^step ${e.step}, `));
  }
}

// Values a front matter key may get: valid ones from the data and many kinds of wrong ones.
const value = fc.oneof(
  fc.constantFrom('sichuan', 'areas', 'counties', 'gdp', 'poverty_counties_remaining', 'area_counties_remaining', '513400', 'liupan', 'national', 'table', 'map', 'nodata'),
  fc.integer({ min: -5, max: 2100 }),
  fc.constantFrom(2010, 2013, 2015, 2016, 2020, 1978),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.string({ maxLength: 12 }),
  fc.array(fc.oneof(fc.integer({ min: 1940, max: 2030 }), fc.constantFrom('513400', '513300', 'x')), { maxLength: 5 }),
  fc.record({ lng: fc.double(), lat: fc.double(), zoom: fc.double() }, { requiredKeys: [] }),
  fc.dictionary(fc.string({ maxLength: 5 }), fc.string({ maxLength: 5 }), { maxKeys: 3 }),
);
const key = fc.constantFrom('view', 'indicator', 'year', 'selected', 'highlight', 'camera', 'tab', 'pinned', 'year2', 'area', 'sort', 'chart', 'span', 'lang', 'title', 'zz');
const frontMatter = fc.dictionary(key, value, { maxKeys: 6 }).map((o) => JSON.stringify(o));
const figure = fc.tuple(fc.constantFrom('gdp', 'poverty_counties_remaining', 'nope'), fc.constantFrom('513400', '510000', 'CN', 'x'), fc.integer({ min: 1975, max: 2022 }))
  .map(([i, e, y]) => `{{${i} ${e} ${y}}}`);
const caption = fc.array(fc.oneof(fc.string({ maxLength: 20 }), figure, fc.constantFrom('# Heading', '- item', '**bold**', '', '{{', '}}', ':::')), { maxLength: 6 }).map((l) => l.join('\n'));
const section = fc.tuple(fc.constantFrom('zh', 'en', 'notes', 'fr', '', 'ZH'), caption).map(([name, text]) => `::: ${name}\n${text}`);
const stepText = fc.tuple(frontMatter, fc.array(section, { maxLength: 4 })).map(([fm, sections]) => `---\n${fm}\n---\n${sections.join('\n')}`);
const header = fc.oneof(
  fc.constant('---\ntitle:\n  zh: 故事\n  en: Story\n---\n'),
  fc.dictionary(fc.constantFrom('title', 'summary', 'x'), value, { maxKeys: 3 }).map((o) => `---\n${JSON.stringify(o)}\n---\n`),
);

describe('parseStory under fuzzing', () => {
  it('never throws on arbitrary text, and every rejection names its field (2,000 inputs)', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => wellFormed(parseStory(text, ctx))), { numRuns: 1000 });
    fc.assert(
      fc.property(fc.array(fc.constantFrom('---', '::: zh', '::: en', 'view: sichuan', 'year: 2013', 'indicator: gdp', '{{gdp 513400 2013}}', '', 'x: [', '"'), { maxLength: 30 }), (lines) =>
        wellFormed(parseStory(lines.join('\n'), ctx)),
      ),
      { numRuns: 1000 },
    );
  });

  it('never throws on story-shaped files with valid and invalid keys, values, sections and figures (1,000 inputs)', () => {
    fc.assert(
      fc.property(header, fc.array(stepText, { minLength: 0, maxLength: 5 }), (head, steps) => wellFormed(parseStory(head + steps.join('\n'), ctx))),
      { numRuns: 1000 },
    );
  });

  it('accepts every story it builds from valid pieces, and restores each step’s view, indicator and year', () => {
    const validStep = fc.tuple(fc.constantFrom(2010, 2012, 2014, 2016), fc.constantFrom('513400', '513300', '513200', null)).map(([year, selected]) => ({ year, selected }));
    fc.assert(
      fc.property(fc.array(validStep, { minLength: 1, maxLength: 6 }), (steps) => {
        const text = '---\ntitle: {zh: 故事, en: Story}\n---\n' +
          steps.map((s) => `---\nview: sichuan\nindicator: gdp\nyear: ${s.year}\n${s.selected ? `selected: "${s.selected}"` : ''}\n---\n::: zh\n凉山{{gdp 513400 ${s.year}}}\n::: en\nLiangshan {{gdp 513400 ${s.year}}}\n`).join('');
        const r = parseStory(text, ctx);
        expect(r.ok).toBe(true);
        if (r.ok) r.story.steps.forEach((s, i) => expect(s.state).toMatchObject({ view: 'sichuan', indicator: 'gdp', year: steps[i].year, selected: steps[i].selected }));
      }),
      { numRuns: 200 },
    );
  });

  it('refuses a file larger than a story without parsing it', () => {
    const r = parseStory('---\n' + 'x: 1\n'.repeat(200_000), ctx);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.errors[0].field).toBe('file');
  });
});
