/**
 * Fetches (or takes) a story file's text and parses it against series.json.
 * Errors come back as StoryIssues like the parser's, so the presenter shows
 * a failed fetch and a bad file the same way.
 */
import type { SeriesFile } from '../data/schema';
import { storyContext, type StoryContext } from './story-context';
import type { StoryResult } from './story-types';

/** Reads a story from a URL (relative to `base`). */
export async function fetchStoryText(src: string, base: string): Promise<string> {
  const url = new URL(src, base).href;
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  return res.text();
}

const contexts = new WeakMap<SeriesFile, StoryContext>();

/** One context per loaded series.json (building one walks every indicator). */
export function contextFor(series: SeriesFile): StoryContext {
  let ctx = contexts.get(series);
  if (!ctx) contexts.set(series, (ctx = storyContext(series)));
  return ctx;
}

/**
 * Parses a story's text. The parser and its YAML library (a quarter of the
 * atlas's code) are fetched the first time a story is read, not with the map.
 */
export async function readStory(text: string, series: SeriesFile): Promise<StoryResult> {
  const { parseStory } = await import('./parse-story');
  return parseStory(text, contextFor(series));
}

/** The result for a file that could not be read at all. */
export function unreadable(file: string, reason: string): StoryResult {
  return {
    ok: false,
    warnings: [],
    errors: [{ step: 0, line: 0, field: 'file', message: { en: `story header, file: could not read ${file}: ${reason}`, zh: `故事开头，file：无法读取 ${file}：${reason}` } }],
  };
}

/** A shipped story listed in public/stories/index.json. */
export interface StoryListing {
  file: string;
  title: { zh: string; en: string };
}
