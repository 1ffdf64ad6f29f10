import fc from 'fast-check';
import type { Position } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import { contains, containsAll, mergeUnits } from './dissolve.ts';
import type { UnitGeometry } from './topology.ts';

// Two unit squares side by side, counter-clockwise, sharing the arc x = 1.
//   arc 0: (1,0) → (1,1)            shared border
//   arc 1: (1,1) → (0,1) → (0,0) → (1,0)   left square's outside
//   arc 2: (1,0) → (2,0) → (2,1) → (1,1)   right square's outside
const topo = {
  type: 'Topology',
  objects: {},
  arcs: [
    [[1, 0], [1, 1]],
    [[1, 1], [0, 1], [0, 0], [1, 0]],
    [[1, 0], [2, 0], [2, 1], [1, 1]],
  ],
} as unknown as Topology;
const left = { type: 'Polygon', id: 'L', arcs: [[0, 1]] } as UnitGeometry;
const right = { type: 'Polygon', id: 'R', arcs: [[2, ~0]] } as UnitGeometry;

describe('mergeUnits', () => {
  it('drops the shared border and keeps the outline of the union', () => {
    const merged = mergeUnits(topo, [left, right]);
    expect(merged.arcs).toHaveLength(1);
    expect(merged.arcs[0]).toHaveLength(1);
    expect([...merged.arcs[0]![0]!].sort()).toEqual([1, 2]);
  });

  it('keeps a single unit as it is', () => {
    expect(mergeUnits(topo, [left]).arcs).toEqual([[[0, 1]]]);
  });

  it('keeps the outline when a unit repeats one segment in the same direction', () => {
    // The left square's ring runs arc 0 twice with a loop back (as some
    // package files do); net use still cancels against the right square.
    const repeated = { type: 'Polygon', id: 'L2', arcs: [[0, 1], [0, ~0]] } as UnitGeometry;
    const merged = mergeUnits(topo, [repeated, right]);
    expect(merged.arcs.flat(2).sort()).toEqual([1, 2]);
  });
});

describe('containsAll', () => {
  it('says what contains() says for every point, on vertices and edges too', () => {
    // A small grid, so that points often sit on a vertex or an edge of the ring.
    const point = fc.tuple(fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 8 })).map(([x, y]): Position => [x / 4, y / 4]);
    const ring = fc.array(point, { minLength: 3, maxLength: 12 }).map((pts) => [...pts, pts[0]!]);
    fc.assert(
      fc.property(ring, fc.array(point, { maxLength: 20 }), (r, pts) => {
        expect(containsAll(r, pts)).toEqual(pts.map((p) => contains(r, p)));
      }),
      { numRuns: 500 },
    );
  });
});
