import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SeriesFile } from '../data/schema';
import { parseStory } from './parse-story';
import { storyContext } from './story-context';

const SERIES = JSON.parse(readFileSync(new URL('../../public/data/series.json', import.meta.url), 'utf8')) as SeriesFile;
const ctx = storyContext(SERIES);

const HEAD = `---
title:
  zh: 凉山
  en: Liangshan
---
`;

/** A step with both captions; `fm` is its front matter. */
const step = (fm: string, zh = '凉山。', en = 'Liangshan.') => `---\n${fm}\n---\n::: zh\n${zh}\n::: en\n${en}\n`;

const GOOD = HEAD + step('view: sichuan\nindicator: gdp\nyear: 2013\nselected: 513400', '# 起点\n凉山{{gdp 513400 2013}}。', '# Start\nLiangshan: {{gdp 513400 2013}}.') + step('year: 2016') + `::: notes\nAsk the class.\n`;

function errorsOf(text: string) {
  const r = parseStory(text, ctx);
  if (r.ok) throw new Error('expected errors');
  return r.errors;
}

describe('parseStory', () => {
  it('reads a good story: steps restore the state, carry view and indicator over, and quote figures from the data', () => {
    const r = parseStory(GOOD, ctx);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.story.title).toEqual({ zh: '凉山', en: 'Liangshan' });
    const [one, two] = r.story.steps;
    expect(one.state).toMatchObject({ view: 'sichuan', indicator: 'gdp', year: 2013, selected: '513400', tab: 'map', camera: null });
    expect(one.caption.en.heading).toBe('Start');
    // seed 004: Liangshan's GDP 2013 = 1214.4 亿元
    expect(one.refs).toEqual([
      { indicator: 'gdp', entity: '513400', year: 2013 },
      { indicator: 'gdp', entity: '513400', year: 2013 },
    ]);
    expect(ctx.value(one.refs[0])?.value).toBe(1214.4);
    expect(two.state).toMatchObject({ view: 'sichuan', indicator: 'gdp', year: 2016, selected: null });
    expect(two.notes).toBe('Ask the class.');
    expect(r.warnings).toEqual([]);
  });

  it('reads camera, tab, pinned and a chart span', () => {
    const r = parseStory(HEAD + step('view: sichuan\nindicator: gdp\nyear: 2016\ncamera: {lng: 102.3, lat: 27.9, zoom: 6}\ntab: table\npinned: [513400, 513300]\nchart: national\nspan: [1986, 1993]'), ctx);
    expect(r.ok && r.story.steps[0].state).toMatchObject({ camera: { lng: 102.3, lat: 27.9, zoom: 6 }, tab: 'table', pinned: ['513400', '513300'] });
    expect(r.ok && r.story.steps[0].chart).toEqual({ kind: 'national', span: [1986, 1993] });
  });

  const bad: Array<[string, string, string, RegExp]> = [
    ['an unknown indicator', step('view: sichuan\nindicator: gdpp\nyear: 2013'), 'indicator', /step 1, indicator: unknown indicator "gdpp"/],
    ['an indicator of another view', step('view: areas\nindicator: gdp\nyear: 2013'), 'indicator', /not shown in view "areas" \(it is in: sichuan\)/],
    ['a year outside the indicator’s years', step('view: sichuan\nindicator: gdp\nyear: 2024'), 'year', /step 1, year: 2024 is outside the years of "gdp" \(2010–2018\)/],
    ['a year that is not a year', step('view: sichuan\nindicator: gdp\nyear: soon'), 'year', /expected a year, got "soon"/],
    ['an unknown entity', step('view: sichuan\nindicator: gdp\nyear: 2013\nselected: 999999'), 'selected', /unknown entity "999999" in view "sichuan"/],
    ['a missing caption language', `---\nview: sichuan\nindicator: gdp\nyear: 2013\n---\n::: zh\n凉山。\n`, 'caption.en', /step 1, caption.en: missing caption language "en"/],
    ['an unknown key', step('view: sichuan\nindicator: gdp\nyear: 2013\nyeer: 2014'), 'yeer', /step 1, yeer: unknown key "yeer"/],
    ['an unknown view', step('view: provinces\nindicator: gdp\nyear: 2013'), 'view', /unknown view "provinces"/],
    ['a figure with no value that year', step('view: sichuan\nindicator: gdp\nyear: 2013', '凉山。', 'GDP {{gdp 513400 2019}}.'), 'caption.en', /no value of "gdp" for "513400" in 2019 \(years with a value: 2010, 2011/],
    ['a figure of an unknown entity', step('view: sichuan\nindicator: gdp\nyear: 2013', '凉山{{gdp 519999 2013}}。'), 'caption.zh', /unknown entity "519999"/],
    ['a malformed figure', step('view: sichuan\nindicator: gdp\nyear: 2013', '凉山{{gdp 513400}}。'), 'caption.zh', /\{\{gdp 513400\}\}: write a figure as \{\{indicator entity year\}\}/],
    ['a camera out of range', step('view: sichuan\nindicator: gdp\nyear: 2013\ncamera: {lng: 300, lat: 27, zoom: 5}'), 'camera', /step 1, camera: .*outside lng ±180/],
    ['an unknown tab', step('view: sichuan\nindicator: gdp\nyear: 2013\ntab: chart'), 'tab', /step 1, tab: "chart" is not valid: not one of map, table, sources/],
    ['an unknown chart', step('view: sichuan\nindicator: gdp\nyear: 2013\nchart: provinces'), 'chart', /unknown chart "provinces"/],
    ['a span without a chart', step('view: sichuan\nindicator: gdp\nyear: 2013\nspan: [1986, 1993]'), 'span', /add "chart: national"/],
    ['invalid YAML', step('view: sichuan\nindicator: [gdp'), 'front matter', /step 1, front matter: not valid YAML/],
    ['a front matter that is not closed', `---\nview: sichuan\n`, 'front matter', /no closing "---"/],
    ['text outside a caption section', `---\nview: sichuan\nindicator: gdp\nyear: 2013\n---\nHello\n::: zh\n凉山。\n::: en\nLiangshan.\n`, 'caption', /text outside a "::: zh" or "::: en" section/],
    ['an unknown section', step('view: sichuan\nindicator: gdp\nyear: 2013') + '::: fr\nBonjour\n', 'section fr', /unknown section "::: fr"/],
  ];
  it.each(bad)('names the step and field for %s', (_name, body, field, message) => {
    const errors = errorsOf(HEAD + body);
    const hit = errors.find((e) => e.field === field);
    expect(hit, JSON.stringify(errors)).toBeDefined();
    expect(hit!.step).toBe(1);
    expect(hit!.message.en).toMatch(message);
    expect(hit!.message.zh).toMatch(/^第1步，/);
  });

  it('gives each bad case its own message', () => {
    const messages = bad.map(([, body, field]) => errorsOf(HEAD + body).find((e) => e.field === field)!.message.en);
    expect(new Set(messages).size).toBe(messages.length);
  });

  it('names the header for a missing title language and an unknown header key', () => {
    const errors = errorsOf(`---\ntitle:\n  zh: 凉山\nauthor: me\n---\n` + step('view: sichuan\nindicator: gdp\nyear: 2013'));
    expect(errors.map((e) => e.message.en)).toEqual(expect.arrayContaining([
      'story header, title.en: missing title in language "en"',
      'story header, author: unknown key "author" in the story header (use title, summary)',
    ]));
  });

  it('says a year carried over from the step before is outside the new indicator’s years', () => {
    const errors = errorsOf(HEAD + step('view: sichuan\nindicator: gdp\nyear: 2010') + step('indicator: poverty_counties_remaining'));
    expect(errors[0]).toMatchObject({ step: 2, field: 'year' });
    expect(errors[0].message.en).toContain('2010 (carried over from the step before) is outside the years of "poverty_counties_remaining" (2015–2020)');
  });

  it('refuses a file without a header or without steps', () => {
    expect(errorsOf('Hello')[0]).toMatchObject({ step: 0, field: 'file' });
    expect(errorsOf(HEAD)[0]).toMatchObject({ step: 0, field: 'steps' });
  });

  it('warns about numbers written in a caption’s own words (not from the data), but not about years', () => {
    const r = parseStory(HEAD + step('view: sichuan\nindicator: gdp\nyear: 2013', '2013年凉山有11个贫困县。'), ctx);
    expect(r.ok).toBe(true);
    expect(r.warnings.map((w) => w.message.en)).toEqual([expect.stringContaining('step 1, caption.zh: the number 11 is not from the data')]);
  });
});
