import { describe, expect, it } from 'vitest';
import { cleanRing } from './clean.ts';
import { decodeRing } from './echarts-map.ts';
import { rewind } from './rewind.ts';

describe('cleanRing', () => {
  it('removes repeated points and zero-width spikes', () => {
    const ring = [[0, 0], [1, 0], [1, 0], [2, 0], [3, 1], [2, 0], [2, 2], [0, 2], [0, 0]];
    expect(cleanRing(ring)).toEqual([[0, 0], [1, 0], [2, 0], [2, 2], [0, 2], [0, 0]]);
  });

  it('drops a ring that collapsed to a point', () => {
    expect(cleanRing([[5, 5], [5, 5], [5, 5], [5, 5]])).toBeNull();
  });
});

describe('rewind', () => {
  it('turns a clockwise exterior counter-clockwise', () => {
    const cw = { type: 'Polygon' as const, coordinates: [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]] };
    expect(rewind(cw).coordinates[0]).toEqual([[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]]);
  });
});

describe('decodeRing', () => {
  it('decodes echarts zig-zag deltas from the offset, in 1/1024 degree', () => {
    // '@@' = no move; 'B@' = +1 in x; '@B' = +1 in y; 'A@' = −1 in x.
    const ring = decodeRing('@@B@@BA@', [1024, 2048], 1024);
    expect(ring).toEqual([[1, 2], [1 + 1 / 1024, 2], [1 + 1 / 1024, 2 + 1 / 1024], [1, 2 + 1 / 1024], [1, 2]]);
  });
});
