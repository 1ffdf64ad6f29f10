import kinks from '@turf/kinks';
import fc from 'fast-check';
import type { MultiPolygon, Polygon, Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import { kinkPoints } from './kinks.ts';

const turfPoints = (g: Polygon | MultiPolygon) => kinks({ type: 'Feature', properties: {}, geometry: g }).features.map((f) => f.geometry.coordinates);

/** A closed ring of 3–12 points on a small 1/1024° grid, so that segments often cross, touch and overlap. */
const ring = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 6 })), { minLength: 3, maxLength: 12 })
  .map((pts): Position[] => [...pts, pts[0]!].map(([x, y]) => [103 + x / 1024, 28 + y / 1024]));

describe('kinkPoints', () => {
  it('finds the crossing of a bow tie', () => {
    expect(kinkPoints({ type: 'Polygon', coordinates: [[[0, 0], [2, 2], [2, 0], [0, 2], [0, 0]]] })).toEqual([[1, 1]]);
  });

  it('reports the same points as turf kinks, in the same order and with the same repeats', () => {
    fc.assert(
      fc.property(fc.array(fc.array(ring, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 }), (polys) => {
        const g: Polygon | MultiPolygon = polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };
        expect(kinkPoints(g)).toEqual(turfPoints(g));
      }),
      { numRuns: 100 },
    );
  });
});
