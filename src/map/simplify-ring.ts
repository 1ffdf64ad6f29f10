/**
 * Which points of a closed ring to draw at a tolerance: first the points
 * closer than the tolerance to the last kept one are dropped (radial
 * distance), then Douglas–Peucker drops those within the tolerance of the
 * line through their neighbours — what Leaflet's `smoothFactor` does for its
 * SVG paths (here with the line tolerance at half the radial one). `ring` holds x, y, x, y, … (the last point may repeat the
 * first); the result lists the kept points' indices in order, at least
 * three when the ring has three.
 */
export function simplifyRing(ring: Float64Array, tolerance: number, lineTolerance = tolerance): number[] {
  let n = ring.length / 2;
  if (n > 1 && ring[0] === ring[2 * n - 2] && ring[1] === ring[2 * n - 1]) n--;
  if (n <= 3) return Array.from({ length: n }, (_, i) => i);
  const tol2 = tolerance * tolerance;
  const lineTol2 = lineTolerance * lineTolerance;
  // Radial distance.
  const radial: number[] = [0];
  let lx = ring[0];
  let ly = ring[1];
  for (let i = 1; i < n; i++) {
    const x = ring[2 * i];
    const y = ring[2 * i + 1];
    if ((x - lx) ** 2 + (y - ly) ** 2 < tol2) continue;
    radial.push(i);
    lx = x;
    ly = y;
  }
  if (radial.length <= 3) return thirds(n);
  // Douglas–Peucker on the two halves of the ring, split at the point farthest from the first.
  let far = 1;
  let farD = -1;
  for (let k = 1; k < radial.length; k++) {
    const d = (ring[2 * radial[k]] - ring[0]) ** 2 + (ring[2 * radial[k] + 1] - ring[1]) ** 2;
    if (d > farD) [far, farD] = [k, d];
  }
  const keep = new Uint8Array(radial.length);
  keep[0] = keep[far] = 1;
  const stack = [0, far, far, radial.length]; // pairs [from, to); `radial.length` stands for the first point again
  const at = (k: number) => radial[k === radial.length ? 0 : k];
  while (stack.length > 0) {
    const to = stack.pop()!;
    const from = stack.pop()!;
    if (to - from < 2) continue;
    const ax = ring[2 * at(from)];
    const ay = ring[2 * at(from) + 1];
    const dx = ring[2 * at(to)] - ax;
    const dy = ring[2 * at(to) + 1] - ay;
    const len2 = dx * dx + dy * dy;
    let best = -1;
    let bestD = lineTol2;
    for (let k = from + 1; k < to; k++) {
      const px = ring[2 * radial[k]] - ax;
      const py = ring[2 * radial[k] + 1] - ay;
      // Squared distance from the segment (from the point itself when the segment is one point).
      const t = len2 > 0 ? Math.max(0, Math.min(1, (px * dx + py * dy) / len2)) : 0;
      const d = (px - t * dx) ** 2 + (py - t * dy) ** 2;
      if (d > bestD) [best, bestD] = [k, d];
    }
    if (best < 0) continue;
    keep[best] = 1;
    stack.push(from, best, best, to);
  }
  const out = radial.filter((_, k) => keep[k] === 1);
  return out.length >= 3 ? out : thirds(n);
}

/** A ring smaller than the tolerance still shows, as its first, middle and last thirds. */
function thirds(n: number): number[] {
  return [0, Math.floor(n / 3), Math.floor((2 * n) / 3)];
}
