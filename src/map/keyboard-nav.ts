/**
 * Moving a keyboard focus between regions with the arrow keys: from the
 * focused region's label point, the nearest label point roughly in the
 * arrow's direction (within 70° of it), nearer angles preferred. Regions
 * whose geometry carries no label point (the 802 county units) get one from
 * their shape (`anchorOf`, src/data/region-anchor.ts), so every view can be
 * walked from the keyboard.
 */
export type Direction = 'up' | 'down' | 'left' | 'right';

export interface LabelPoint {
  id: string;
  /** [lon, lat] */
  at: [number, number];
}

const VECTORS: Record<Direction, [number, number]> = { up: [0, 1], down: [0, -1], left: [-1, 0], right: [1, 0] };

export function arrowDirection(key: string): Direction | null {
  const map: Record<string, Direction> = { ArrowUp: 'up', ArrowDown: 'down', ArrowLeft: 'left', ArrowRight: 'right' };
  return map[key] ?? null;
}

/** The next region in `dir` from `currentId`; the first (west-most) one when nothing is focused. */
export function nextRegion(points: LabelPoint[], currentId: string | null, dir: Direction): string | null {
  if (points.length === 0) return null;
  const current = points.find((p) => p.id === currentId);
  if (!current) return [...points].sort((a, b) => a.at[0] - b.at[0])[0].id;
  const [dx, dy] = VECTORS[dir];
  const cosLat = Math.cos((current.at[1] * Math.PI) / 180);
  let best: string | null = null;
  let bestScore = Infinity;
  for (const p of points) {
    if (p.id === current.id) continue;
    const x = (p.at[0] - current.at[0]) * cosLat;
    const y = p.at[1] - current.at[1];
    const dist = Math.hypot(x, y);
    const cos = (x * dx + y * dy) / dist;
    if (cos < Math.cos((70 * Math.PI) / 180)) continue;
    const score = dist * (2 - cos);
    if (score < bestScore) {
      bestScore = score;
      best = p.id;
    }
  }
  return best ?? current.id;
}

