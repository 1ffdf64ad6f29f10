/**
 * The presented story and step in the page's URL hash: `#story=stories/six-stages.md&step=3`.
 * Other hash fields (the atlas's own state) are kept as they are.
 */
export interface StoryLocation {
  story: string;
  /** 1-based. */
  step: number;
}

/** The story and step in a hash, or null when it names no story. A missing or bad step reads as 1. */
export function readStoryHash(hash: string): StoryLocation | null {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const story = params.get('story');
  if (!story) return null;
  const step = Number(params.get('step'));
  return { story, step: Number.isInteger(step) && step >= 1 ? step : 1 };
}

/** The hash with the story and step set (or removed when `loc` is null), other fields kept. */
export function writeStoryHash(hash: string, loc: StoryLocation | null): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  params.delete('story');
  params.delete('step');
  if (loc) {
    params.set('story', loc.story);
    params.set('step', String(loc.step));
  }
  const s = params.toString();
  return s ? `#${s}` : '';
}
