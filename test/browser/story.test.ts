/**
 * Presenting the shipped stories with keys only, as a teacher with a clicker
 * would: each key press puts the presenter's atlas in that step's state (read
 * from the atlas's own `atlas-change` events and compared with the step as
 * the story file defines it), PageUp / PageDown step like the arrows, Home /
 * End jump, the URL keeps the step, and the speaker-notes window moves the
 * presentation. Type is checked at 1920×1080 (≥ 28 px body, ≥ 40 px heading).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { SeriesFile } from '../../src/data/schema';
import { parseStory } from '../../src/story/parse-story';
import { storyContext } from '../../src/story/story-context';
import type { StoryStep } from '../../src/story/story-types';
import { DATA_DIR, SLOW, recordedPage, releasePage, sharedBrowser, type PageOptions } from './atlas-page';
import { ROOT, builtHeadTags } from './serve-dist';

const SERIES = JSON.parse(readFileSync(join(DATA_DIR, 'series.json'), 'utf8')) as SeriesFile;
const ctx = storyContext(SERIES);
const steps = (file: string): StoryStep[] => {
  const r = parseStory(readFileSync(join(ROOT, 'public', file), 'utf8'), ctx);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message.en).join('\n'));
  return r.story.steps;
};

/** A page with only the presenter (no atlas of the page's own): `?src=…&lang=…`. */
const presentPage = (root: string) => `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>present</title>
<link rel="icon" href="data:,">${builtHeadTags(root)}</head><body style="margin:0">
<script type="module">
  const q = new URLSearchParams(location.search);
  window.changes = [];
  document.addEventListener('atlas-change', (e) => window.changes.push(e.detail));
  const el = document.createElement('atlas-story');
  el.lang = q.get('lang') || 'en';
  el.url = true;
  el.src = q.get('src');
  document.body.append(el);
</script></body></html>`;

const browserCtx = sharedBrowser({ '/present.html': presentPage });

/** A walk through a story redraws the map at every step: on a busy 2-core machine that takes minutes. */
const LONG = 6 * 60_000;

const axeSource = readFileSync(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');

/** Serious and critical axe-core violations in the presenter's own parts (its caption panel and the national chart), as "rule: target" lines. */
async function presenterViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    type AxeResult = { violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> };
    const axe = (window as unknown as { axe: { run(ctx: object, o: object): Promise<AxeResult> } }).axe;
    const r = await axe.run({ include: [[['atlas-story', 'aside.panel']], [['atlas-story', '.chart']]] }, { resultTypes: ['violations'] });
    return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
  });
}

type Shown = { step: number; progress: string; state: Record<string, unknown> | null; last: Record<string, unknown> | null };

/** What the presenter shows: its step, its progress text, the atlas's state and the last atlas-change detail. */
const shown = (page: Page) =>
  page.evaluate((): Shown => {
    const el = document.querySelector('atlas-story') as unknown as { step: number; atlas: { state: Record<string, unknown> } | null; shadowRoot: ShadowRoot };
    const changes = (window as unknown as { changes: Record<string, unknown>[] }).changes;
    return {
      step: el.step,
      progress: el.shadowRoot.querySelector('.progress')?.textContent?.trim() ?? '',
      state: el.atlas?.state ?? null,
      last: changes[changes.length - 1] ?? null,
    };
  });

/** The fields of a step's state the atlas must hold (camera only where the step sets one: otherwise the map fits the view). */
function expected(step: StoryStep): Record<string, unknown> {
  const { camera, ...rest } = step.state;
  return camera ? { ...rest, camera } : rest;
}

const pick = (o: Record<string, unknown> | null, keys: string[]) => Object.fromEntries(keys.map((k) => [k, o?.[k]]));

async function expectStep(page: Page, story: StoryStep[], n: number): Promise<void> {
  const want = expected(story[n - 1]);
  const keys = Object.keys(want);
  await expect.poll(async () => (await shown(page)).step, { timeout: SLOW }).toBe(n);
  // The year may count up to the step's year first: wait for the last change.
  await expect.poll(async () => pick((await shown(page)).state, keys), { timeout: SLOW }).toEqual(want);
  const now = await shown(page);
  expect(pick(now.last, keys), `atlas-change detail at step ${n}`).toEqual(want);
  expect(now.progress).toBe(`${n} / ${story.length}`);
  expect(await page.evaluate(() => location.hash)).toContain(`step=${n}`);
}

async function openStory(file: string, lang = 'en', viewport = { width: 1920, height: 1080 }, options: PageOptions = {}) {
  const { page, log } = await recordedPage(browserCtx.browser, viewport, options);
  await page.goto(`${browserCtx.server.url}present.html?src=${encodeURIComponent(file)}&lang=${lang}`);
  // The atlas has its data and the story is read (keys do nothing before).
  await page.waitForFunction(
    () => {
      const el = document.querySelector('atlas-story') as unknown as { atlas?: { indicators: unknown[] }; current?: unknown };
      return !!el.atlas?.indicators?.length && !!el.current;
    },
    null,
    { timeout: SLOW },
  );
  return { page, log };
}

describe.each([['stories/six-stages.md'], ['stories/hard-bones.md']])('presenting %s by keyboard', (file) => {
  const story = steps(file);

  // Six stages with motion, as most readers see it: its step from 2017 to 2019 counts the years up.
  it('steps forward with → and PageDown, back with PageUp and ←, and jumps with Home and End; the atlas is in each step’s state', async () => {
    const { page, log } = await openStory(file, 'en', undefined, { motion: file === 'stories/six-stages.md' });
    await expectStep(page, story, 1);
    for (let n = 2; n <= story.length; n++) {
      await page.keyboard.press(n % 2 === 0 ? 'PageDown' : 'ArrowRight');
      await expectStep(page, story, n);
    }
    await page.keyboard.press('PageDown'); // past the end: stays on the last step
    await expectStep(page, story, story.length);
    await page.keyboard.press('PageUp');
    await expectStep(page, story, story.length - 1);
    await page.keyboard.press('ArrowLeft');
    await expectStep(page, story, story.length - 2);
    await page.keyboard.press('Home');
    await expectStep(page, story, 1);
    await page.keyboard.press('End');
    await expectStep(page, story, story.length);
    // A data file the atlas gave up on while the machine was busy (and fetched again) is not a story error.
    expect(log.errors.filter((e) => !/net::ERR_ABORTED/.test(e))).toEqual([]);
    await releasePage(page);
  }, LONG);
});

describe('the presentation', () => {
  it('shows captions at ≥ 28 px and headings at ≥ 40 px at 1920×1080, with the step’s sources', async () => {
    const { page } = await openStory('stories/hard-bones.md');
    await page.locator('atlas-story .caption p').first().waitFor();
    await page.locator('atlas-story h2').first().waitFor();
    const sizes = await page.evaluate(() => {
      const root = document.querySelector('atlas-story')!.shadowRoot!;
      const px = (sel: string) => parseFloat(getComputedStyle(root.querySelector(sel)!).fontSize);
      return { body: px('.caption p'), heading: px('h2'), sources: root.querySelector('.sources')?.textContent ?? '' };
    });
    expect(sizes.body).toBeGreaterThanOrEqual(28);
    expect(sizes.heading).toBeGreaterThanOrEqual(40);
    // Step 1 quotes seed 004's GDP figures: its source is named under the caption.
    expect(sizes.sources).toMatch(/^Sources: .+/);
    await releasePage(page);
  }, LONG);

  it('opens at the step in the URL, and Esc leaves it', async () => {
    const { page } = await recordedPage(browserCtx.browser, { width: 1280, height: 800 });
    await page.goto(`${browserCtx.server.url}#story=stories/hard-bones.md&step=4`);
    await page.waitForFunction(() => (document.querySelector('atlas-story') as unknown as { step?: number } | null)?.step === 4, null, { timeout: SLOW });
    const story = steps('stories/hard-bones.md');
    await expect.poll(() => page.evaluate(() => (document.querySelector('atlas-story') as unknown as { atlas: { state: { indicator: string } } }).atlas?.state.indicator), { timeout: SLOW }).toBe(story[3].state.indicator);
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.querySelector('atlas-story'))).toBeNull();
    expect(await page.evaluate(() => location.hash)).not.toContain('story=');
    await releasePage(page);
  }, LONG);

  it('the speaker-notes window shows the step’s notes and moves the presentation with its keys', async () => {
    const { page } = await openStory('stories/six-stages.md');
    const story = steps('stories/six-stages.md');
    const [notes] = await Promise.all([page.context().waitForEvent('page', { timeout: SLOW }), page.keyboard.press('w')]);
    const view = notes.locator('atlas-story-notes');
    await expect.poll(() => view.locator('.progress').textContent(), { timeout: SLOW }).toBe(`1 / ${story.length}`);
    expect(await view.locator('.notes').textContent()).toBe(story[0].notes);
    await notes.keyboard.press('PageDown');
    await expectStep(page, story, 2);
    await expect.poll(() => view.locator('.progress').textContent()).toBe(`2 / ${story.length}`);
    await notes.keyboard.press('End');
    await expectStep(page, story, story.length);
    expect(await view.locator('.notes').textContent()).toBe(story[story.length - 1].notes);
    await notes.close();
    await releasePage(page);
  }, LONG);

  it('opens a teacher’s own story file from the file picker (the docs’ three-step example), and lists a bad file’s problems by step and field', async () => {
    const { page } = await recordedPage(browserCtx.browser, { width: 1280, height: 800 });
    await page.goto(`${browserCtx.server.url}present.html?lang=en`);
    const input = page.locator('atlas-story input[type="file"]');
    const doc = readFileSync(join(ROOT, 'docs/stories.md'), 'utf8');
    const example = /```markdown\n([\s\S]*?)```/.exec(doc)![1];
    const bad = example.replace('year: 2018', 'year: 2024');
    await input.setInputFiles({ name: 'bad.md', mimeType: 'text/markdown', buffer: Buffer.from(bad) });
    await expect.poll(() => page.locator('atlas-story .errors li').first().textContent(), { timeout: SLOW }).toContain('step 2, year: 2024 is outside the years of "poverty_counties_remaining"');
    await input.setInputFiles({ name: 'liangshan.md', mimeType: 'text/markdown', buffer: Buffer.from(example) });
    const r = parseStory(example, ctx);
    if (!r.ok) throw new Error('docs example does not parse');
    await expectStep(page, r.story.steps, 1);
    await page.keyboard.press('PageDown');
    await expectStep(page, r.story.steps, 2);
    await releasePage(page);
  }, LONG);

  it('presents a story file dropped onto the atlas', async () => {
    const { page } = await recordedPage(browserCtx.browser, { width: 1280, height: 800 });
    await page.goto(browserCtx.server.url);
    await page.waitForFunction(() => !!document.querySelector('poverty-atlas')?.shadowRoot?.querySelector('header'), null, { timeout: SLOW });
    const doc = readFileSync(join(ROOT, 'docs/stories.md'), 'utf8');
    const example = /```markdown\n([\s\S]*?)```/.exec(doc)![1];
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], 'liangshan.md', { type: 'text/markdown' }));
      document.querySelector('poverty-atlas')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, composed: true, cancelable: true }));
    }, example);
    const r = parseStory(example, ctx);
    if (!r.ok) throw new Error('docs example does not parse');
    await expect.poll(() => page.evaluate(() => (document.querySelector('atlas-story') as unknown as { current?: { title: { en: string } } } | null)?.current?.title.en), { timeout: SLOW }).toBe("Liangshan's poor counties");
    await page.evaluate(() => document.addEventListener('atlas-change', (e) => ((window as unknown as { changes: unknown[] }).changes ??= []).push((e as CustomEvent).detail)));
    await page.keyboard.press('PageDown');
    await expectStep(page, r.story.steps, 2);
    await releasePage(page);
  }, LONG);

  it('has no serious or critical axe-core violation in its caption panel and chart, nor in the story chooser', async () => {
    const { page } = await openStory('stories/six-stages.md', 'zh', { width: 1280, height: 800 });
    expect(await presenterViolations(page)).toEqual([]);
    await page.goto(`${browserCtx.server.url}present.html?lang=en`);
    await page.locator('atlas-story input[type="file"]').waitFor({ state: 'attached', timeout: SLOW });
    expect(await presenterViolations(page)).toEqual([]);
    await releasePage(page);
  }, LONG);
});
