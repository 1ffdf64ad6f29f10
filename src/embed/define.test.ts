import { afterEach, describe, expect, it, vi } from 'vitest';
import { defineOnce } from './define';

/** A registry that throws on a second define, as the browser's does. */
function registry() {
  const defs = new Map<string, CustomElementConstructor>();
  return {
    get: (tag: string) => defs.get(tag),
    define(tag: string, cls: CustomElementConstructor) {
      if (defs.has(tag)) throw new Error(`NotSupportedError: ${tag} has already been defined`);
      defs.set(tag, cls);
    },
  } as unknown as CustomElementRegistry;
}

const copyA = class {} as unknown as CustomElementConstructor;
const copyB = class {} as unknown as CustomElementConstructor;

describe('defineOnce (a second copy of the embed script on one page)', () => {
  afterEach(() => {
    vi.restoreAllMocks();
    delete (globalThis as Record<symbol, unknown>)[Symbol.for('poverty-atlas.define-warned')];
  });

  it('keeps the first copy, never throws, and warns once for all tags of the second copy', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const reg = registry();
    expect(defineOnce('atlas-map', copyA, reg)).toBe(true);
    expect(defineOnce('atlas-legend', copyA, reg)).toBe(true);
    expect(defineOnce('atlas-map', copyB, reg)).toBe(false);
    expect(defineOnce('atlas-legend', copyB, reg)).toBe(false);
    expect(reg.get('atlas-map')).toBe(copyA);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0][0])).toMatch(/<atlas-map> is already defined/);
  });

  it('says nothing when the same class is defined again', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const reg = registry();
    defineOnce('poverty-atlas', copyA, reg);
    expect(defineOnce('poverty-atlas', copyA, reg)).toBe(true);
    expect(warn).not.toHaveBeenCalled();
  });
});
