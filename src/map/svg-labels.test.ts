import { describe, expect, it } from 'vitest';
import { placeLabels, wrap } from './svg-labels';

/** A monospace measure: 10 px per Latin character, 20 per CJK character. */
const measure = (s: string) => [...s].reduce((n, c) => n + (/[\u3000-\u9fff]/.test(c) ? 20 : 10), 0);

describe('SVG label wrapping', () => {
  it('breaks English names after dashes and spaces, never inside a word', () => {
    expect(wrap('Yunnan–Guangxi–Guizhou', 150, measure)).toEqual(['Yunnan–Guangxi–', 'Guizhou']);
    expect(wrap('Four-Province Tibetan Areas', 150, measure)).toEqual(['Four-Province', 'Tibetan Areas']);
  });

  it('breaks Chinese names between characters into balanced lines', () => {
    expect(wrap('大兴安岭南麓山区', 120, measure)).toEqual(['大兴安岭', '南麓山区']);
    expect(wrap('乌蒙山区', 120, measure)).toEqual(['乌蒙山区']);
  });
});

describe('SVG label placement', () => {
  const opts = { width: 400, height: 300, size: 12, maxWidth: 8, lineHeight: 1.15, padding: 1, measure };

  it('moves a label that would overlap a placed one beside its point, as MapLibre’s variable anchors do', () => {
    const placed = placeLabels(
      [
        { id: 'a', text: 'Wuling', x: 200, y: 150 },
        { id: 'b', text: 'Wumeng', x: 200, y: 160 },
      ],
      opts,
    );
    expect(placed.map((p) => p.id)).toEqual(['a', 'b']);
    expect(placed[1].y).toBeGreaterThan(160);
  });

  it('keeps a label at the map’s edge inside it, beside its point', () => {
    const placed = placeLabels([{ id: 'edge', text: 'Daxing’anling', x: 395, y: 150 }], opts);
    expect(placed).toHaveLength(1);
    expect(placed[0].x + placed[0].width / 2).toBeLessThanOrEqual(400);
  });
});
