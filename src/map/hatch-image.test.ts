import { describe, expect, it } from 'vitest';
import { hatchImage } from './hatch-image';

describe('hatchImage', () => {
  it('draws diagonal lines in the foreground colour on the background colour, as opaque RGBA', () => {
    const img = hatchImage('#000000', '#ffffff', 12, 6);
    expect(img.data).toHaveLength(12 * 12 * 4);
    const px = (x: number, y: number) => Array.from(img.data.slice((y * 12 + x) * 4, (y * 12 + x) * 4 + 4));
    expect(px(0, 0)).toEqual([0, 0, 0, 255]);
    expect(px(3, 0)).toEqual([255, 255, 255, 255]);
    expect(px(5, 1)).toEqual([0, 0, 0, 255]); // (5 + 1) % 6 === 0: on the next line
  });

  it('tiles seamlessly: the last column continues into the first', () => {
    const img = hatchImage('#000000', '#ffffff', 12, 6);
    const on = (x: number, y: number) => img.data[(y * 12 + x) * 4] === 0;
    for (let y = 0; y < 12; y++) expect(on(11, y)).toBe(((11 + y) % 6) < 2);
    for (let y = 0; y < 12; y++) expect(on(0, (y + 1) % 12)).toBe(((12 + y + 1) % 6) < 2);
  });
});
