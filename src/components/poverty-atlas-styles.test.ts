import { describe, expect, it } from 'vitest';
import { atlasStyles, compactControls } from './poverty-atlas-styles';

describe('atlasStyles', () => {
  it('packs the controls of narrow containers and of short windows by one rule set, written once', () => {
    const text = atlasStyles.cssText;
    const rules = compactControls.cssText.trim();
    expect(rules).toMatch(/atlas-indicator-picker::part\(note\)/);
    const at = (query: string) => text.indexOf(query);
    const narrow = at('@container (max-width: 640px)');
    const short = at('@media (max-height: 560px)');
    expect(narrow).toBeGreaterThan(-1);
    expect(short).toBeGreaterThan(narrow);
    // Inside each query, once.
    expect(text.slice(narrow, short).split(rules)).toHaveLength(2);
    expect(text.slice(short).split(rules)).toHaveLength(2);
  });
});
