import { describe, expect, it } from 'vitest';
import { storyAction } from './story-keys';
import { readStoryHash, writeStoryHash } from './story-url';

describe('story URL', () => {
  it('reads and writes the story and step, keeping the atlas’s own fields', () => {
    expect(readStoryHash('#story=stories/six-stages.md&step=3')).toEqual({ story: 'stories/six-stages.md', step: 3 });
    expect(readStoryHash('#view=sichuan')).toBeNull();
    expect(readStoryHash('#story=a.md&step=zero')).toEqual({ story: 'a.md', step: 1 });
    const hash = writeStoryHash('#view=sichuan&year=2016', { story: 'stories/hard-bones.md', step: 4 });
    expect(readStoryHash(hash)).toEqual({ story: 'stories/hard-bones.md', step: 4 });
    expect(new URLSearchParams(hash.slice(1)).get('view')).toBe('sichuan');
    expect(writeStoryHash(hash, null)).toBe('#view=sichuan&year=2016');
  });
});

describe('storyAction', () => {
  const key = (k: string) => ({ key: k, ctrlKey: false, metaKey: false, altKey: false });
  it('steps on arrows, PageUp/PageDown (clickers), space, Home/End; Esc exits', () => {
    expect(['ArrowRight', 'PageDown', ' '].map((k) => storyAction(key(k), false))).toEqual(['next', 'next', 'next']);
    expect(['ArrowLeft', 'PageUp'].map((k) => storyAction(key(k), false))).toEqual(['prev', 'prev']);
    expect([storyAction(key('Home'), false), storyAction(key('End'), false), storyAction(key('Escape'), false)]).toEqual(['first', 'last', 'exit']);
  });
  it('leaves arrows and space to a focused control but still takes the clicker’s PageUp/PageDown', () => {
    expect(storyAction(key('ArrowRight'), true)).toBeNull();
    expect(storyAction(key(' '), true)).toBeNull();
    expect(storyAction(key('PageDown'), true)).toBe('next');
    expect(storyAction({ ...key('ArrowRight'), ctrlKey: true }, false)).toBeNull();
  });
});
