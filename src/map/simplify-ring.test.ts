import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { simplifyRing } from './simplify-ring';

/** Distance from (px, py) to the segment a–b. */
function toSegment(px: number, py: number, ax: number, ay: number, bx: number, by: number): number {
  const dx = bx - ax;
  const dy = by - ay;
  const len2 = dx * dx + dy * dy;
  const t = len2 > 0 ? Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / len2)) : 0;
  return Math.hypot(px - ax - t * dx, py - ay - t * dy);
}

const ring = (pts: Array<[number, number]>) => Float64Array.from([...pts, pts[0]].flat());

describe('simplifyRing', () => {
  it('keeps a square’s four corners and drops the points along its sides', () => {
    const square: Array<[number, number]> = [[0, 0], [5, 0], [10, 0], [10, 5], [10, 10], [5, 10], [0, 10], [0, 5]];
    expect(simplifyRing(ring(square), 0.5).map((i) => square[i])).toEqual([[0, 0], [10, 0], [10, 10], [0, 10]]);
  });

  it('keeps three points of a ring smaller than the tolerance, so a tiny county still shows', () => {
    expect(simplifyRing(ring([[0, 0], [0.1, 0], [0.1, 0.1], [0, 0.1]]), 1)).toHaveLength(3);
  });

  it('draws an outline that passes within the two tolerances of every point of the ring (property test)', () => {
    const point = fc.tuple(fc.double({ min: -50, max: 50, noNaN: true }), fc.double({ min: -50, max: 50, noNaN: true }));
    fc.assert(
      fc.property(fc.array(point, { minLength: 4, maxLength: 60 }), fc.double({ min: 0.05, max: 5, noNaN: true }), (pts, tol) => {
        const a = ring(pts as Array<[number, number]>);
        const kept = simplifyRing(a, tol, tol / 2);
        expect(kept.length).toBeGreaterThanOrEqual(3);
        expect([...kept].sort((x, y) => x - y)).toEqual(kept); // in ring order
        if (kept.length === 3 && kept[1] === Math.floor(pts.length / 3)) return; // the thirds of a ring within the tolerance
        for (const [px, py] of pts) {
          let best = Infinity;
          for (let k = 0; k < kept.length; k++) {
            const i = kept[k];
            const j = kept[(k + 1) % kept.length];
            best = Math.min(best, toSegment(px, py, a[2 * i], a[2 * i + 1], a[2 * j], a[2 * j + 1]));
          }
          expect(best).toBeLessThanOrEqual(tol + tol / 2 + 1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });
});
