import { describe, expect, it } from 'vitest';
import { autoStageHeight, defaultHeight, parseControls, parseHeight } from './embed-layout';

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
  it('a 320 px phone column gets a portrait atlas that fits a 568 px window, at least 520 px', () => {
    expect(defaultHeight(320, 568)).toBe(520);
  });

  it('an article column of 700 px on a laptop gets 480 px; a full 1280 × 800 window most of its height', () => {
    expect(defaultHeight(700, 800)).toBe(480);
    expect(defaultHeight(1280, 800)).toBe(736);
  });

  it('the auto-height map stays between 280 and 640 px', () => {
    expect(autoStageHeight(320)).toBe(336);
    expect(autoStageHeight(800)).toBe(448);
    expect(autoStageHeight(3000)).toBe(640);
    expect(autoStageHeight(100)).toBe(280);
  });
});
