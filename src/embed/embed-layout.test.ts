import { describe, expect, it } from 'vitest';
import { autoStageHeight, defaultHeight, parseControls, parseHeight, stageHeight } from './embed-layout';

describe('embed attributes', () => {
  it('controls: full, minimal or none; anything else is full and flagged', () => {
    expect(parseControls(null)).toEqual({ mode: 'full', bad: false });
    expect(parseControls('minimal')).toEqual({ mode: 'minimal', bad: false });
    expect(parseControls(' NONE ')).toEqual({ mode: 'none', bad: false });
    expect(parseControls('some')).toEqual({ mode: 'full', bad: true });
  });

  it('height: a bare number is px, CSS lengths pass, auto is content height, junk falls back and is flagged', () => {
    expect(parseHeight('480')).toEqual({ height: { kind: 'fixed', css: '480px' }, bad: false });
    expect(parseHeight('70vh')).toEqual({ height: { kind: 'fixed', css: '70vh' }, bad: false });
    expect(parseHeight('auto')).toEqual({ height: { kind: 'auto' }, bad: false });
    expect(parseHeight(null)).toEqual({ height: { kind: 'default' }, bad: false });
    for (const junk of ['0', '-5', 'calc(1px)', '100%;background:red', 'px']) expect(parseHeight(junk)).toEqual({ height: { kind: 'default' }, bad: true });
  });
});

describe('sizes an atlas takes when the page gives none', () => {
  it('the map area: 11:20 of a wide column, near square plus the legend on a phone, 300–620 px', () => {
    expect(stageHeight(700)).toBe(385);
    expect(stageHeight(320)).toBe(426);
    expect(stageHeight(3000)).toBe(620);
    expect(stageHeight(100)).toBe(300);
    expect(autoStageHeight(800)).toBe(stageHeight(800));
  });

  it('adds what the controls take: a phone page scrolls, a wide column stays within 92% of the window', () => {
    expect(defaultHeight(320, 430, 568)).toBe(856);
    expect(defaultHeight(700, 380, 1000)).toBe(765);
    expect(defaultHeight(700, 380, 700)).toBe(680);
    expect(defaultHeight(1280, 200, 800)).toBe(736);
  });
});
