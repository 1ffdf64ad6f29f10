import { describe, expect, it } from 'vitest';
import { nothing } from 'lit';
import { linkButton } from './link-style';

describe('linkButton', () => {
  it('is a button (acts inside the atlas, never a page load) styled as a link, with the name a reader sees and its id', () => {
    const go = () => {};
    const t = linkButton('乌蒙山区', go, 'wumeng');
    const markup = t.strings.join('{}');
    expect(markup).toMatch(/^<button class="link" type="button" data-id=\{\} @click=\{\}>\{\}<\/button>$/);
    expect(t.values).toEqual(['wumeng', go, '乌蒙山区']);
  });

  it('leaves data-id out when no id is given (a breadcrumb crumb)', () => {
    expect(linkButton('China', () => {}).values[0]).toBe(nothing);
  });
});
