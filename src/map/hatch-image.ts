/**
 * The "no data" hatch: diagonal lines as raw RGBA pixels, made at run time
 * (no sprite, no network) and registered with `map.addImage('hatch', …)`.
 */
export interface RgbaImage {
  width: number;
  height: number;
  data: Uint8Array;
}

export const HATCH_IMAGE_ID = 'atlas-hatch';

function rgb(hex: string): [number, number, number] {
  const n = parseInt(hex.replace('#', ''), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** A `size`×`size` tile (size a multiple of `period`) with 2 px wide 45° lines every `period` px. */
export function hatchImage(fg: string, bg: string, size = 12, period = 6): RgbaImage {
  const data = new Uint8Array(size * size * 4);
  const [fr, fgG, fb] = rgb(fg);
  const [br, bgG, bb] = rgb(bg);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const on = (x + y) % period < 2;
      data.set(on ? [fr, fgG, fb, 255] : [br, bgG, bb, 255], (y * size + x) * 4);
    }
  }
  return { width: size, height: size, data };
}

/** The same hatch as a CSS background, for the legend swatch. */
export function hatchCss(fg: string, bg: string): string {
  return `repeating-linear-gradient(135deg, ${fg} 0 1px, ${bg} 1px 4.2px)`;
}
