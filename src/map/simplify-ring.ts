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
  let n = ring.length >> 1;
  if (n > 1 && ring[0] === ring[2 * n - 2] && ring[1] === ring[2 * n - 1]) n--;
  if (n <= 3) return Array.from({ length: n }, (_, i) => i);
  const tol2 = tolerance * tolerance;
  const lineTol2 = lineTolerance * lineTolerance;
  // Radial distance: the kept points' indices, then their coordinates in two arrays (plain loops over
  // typed arrays: the first view runs this once per ring, mostly before V8 has optimised it).
  const radial = new Int32Array(n);
  let m = 1;
  let lx = ring[0];
  let ly = ring[1];
  for (let i = 1; i < n; i++) {
    const x = ring[2 * i];
    const y = ring[2 * i + 1];
    const ex = x - lx;
    const ey = y - ly;
    if (ex * ex + ey * ey < tol2) continue;
    radial[m++] = i;
    lx = x;
    ly = y;
  }
  if (m <= 3) return thirds(n);
  const xs = new Float64Array(m + 1);
  const ys = new Float64Array(m + 1);
  for (let k = 0; k < m; k++) {
    xs[k] = ring[2 * radial[k]];
    ys[k] = ring[2 * radial[k] + 1];
  }
  // Index m stands for the first point again, closing the ring.
  xs[m] = xs[0];
  ys[m] = ys[0];
  let far = 1;
  let farD = -1;
  for (let k = 1; k < m; k++) {
    const ex = xs[k] - xs[0];
    const ey = ys[k] - ys[0];
    const d = ex * ex + ey * ey;
    if (d > farD) {
      far = k;
      farD = d;
    }
  }
  const keep = new Uint8Array(m);
  keep[0] = 1;
  keep[far] = 1;
  const stack = new Int32Array(2 * m + 4);
  let sp = 0;
  // Pairs [from, to); `m` stands for the first point again.
  stack[sp++] = 0;
  stack[sp++] = far;
  stack[sp++] = far;
  stack[sp++] = m;
  while (sp > 0) {
    const to = stack[--sp];
    const from = stack[--sp];
    if (to - from < 2) continue;
    const ax = xs[from];
    const ay = ys[from];
    const dx = xs[to] - ax;
    const dy = ys[to] - ay;
    const len2 = dx * dx + dy * dy;
    let best = -1;
    let bestD = lineTol2;
    for (let k = from + 1; k < to; k++) {
      const px = xs[k] - ax;
      const py = ys[k] - ay;
      let t = len2 > 0 ? (px * dx + py * dy) / len2 : 0;
      t = t < 0 ? 0 : t > 1 ? 1 : t;
      const qx = px - t * dx;
      const qy = py - t * dy;
      const d = qx * qx + qy * qy;
      if (d > bestD) {
        best = k;
        bestD = d;
      }
    }
    if (best < 0) continue;
    keep[best] = 1;
    stack[sp++] = from;
    stack[sp++] = best;
    stack[sp++] = best;
    stack[sp++] = to;
  }
  const out: number[] = [];
  for (let k = 0; k < m; k++) if (keep[k] === 1) out.push(radial[k]);
  return out.length >= 3 ? out : thirds(n);
}
/** A ring smaller than the tolerance still shows, as its first, middle and last thirds. */
function thirds(n: number): number[] {
  return [0, Math.floor(n / 3), Math.floor((2 * n) / 3)];
}
