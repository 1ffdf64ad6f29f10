/**
 * A point inside a region's shape, for regions whose geometry carries no
 * label point (the 802 county units of counties.topo.json): keyboard focus,
 * the focus tooltip and "reveal on select" all need one. Pure, no DOM.
 */
import { geoCentroid, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

/**
 * A point inside a region for keyboard focus, tooltip and reveal, [lon, lat]:
 * its centroid when that lies inside, else the centroid of its largest part,
 * else the middle of that part's longest east–west chord at the centroid's latitude.
 */
export function anchorOf(input: Feature): [number, number] | undefined {
  const feature = clockwise(input);
  const g = feature.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return undefined;
  const whole = geoCentroid(feature) as [number, number];
  if (geoContains(feature, whole)) return round(whole);
  const parts: Position[][][] = g.type === 'Polygon' ? [(g as Polygon).coordinates] : (g as MultiPolygon).coordinates;
  const largest = parts.map((rings) => ({ rings, n: rings[0].length })).sort((a, b) => b.n - a.n)[0].rings;
  const part: Feature<Polygon> = { type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: largest } };
  const c = geoCentroid(part) as [number, number];
  if (geoContains(part, c)) return round(c);
  return round(chordMiddle(largest, c[1]) ?? c);
}

/** The middle of the longest stretch inside `rings` along the parallel `lat` (even–odd rule). */
function chordMiddle(rings: Position[][], lat: number): [number, number] | null {
  const xs: number[] = [];
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [x1, y1] = ring[j];
      const [x2, y2] = ring[i];
      if (y1 > lat !== y2 > lat) xs.push(x1 + ((lat - y1) * (x2 - x1)) / (y2 - y1));
    }
  }
  xs.sort((a, b) => a - b);
  let best: [number, number] | null = null;
  let width = -1;
  for (let i = 0; i + 1 < xs.length; i += 2) {
    if (xs[i + 1] - xs[i] > width) {
      width = xs[i + 1] - xs[i];
      best = [(xs[i] + xs[i + 1]) / 2, lat];
    }
  }
  return best;
}

const round = ([x, y]: [number, number]): [number, number] => [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4];

/**
 * The feature with every ring reversed: our GeoJSON follows RFC 7946
 * (exteriors counter-clockwise), which d3-geo's spherical functions read as
 * "the whole globe but this shape" (centroids came out at the antipode).
 */
function clockwise(f: Feature): Feature {
  const g = f.geometry;
  if (!g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return f;
  const rev = (rings: Position[][]) => rings.map((r) => [...r].reverse());
  const geometry = g.type === 'Polygon' ? { ...g, coordinates: rev(g.coordinates) } : { ...g, coordinates: g.coordinates.map(rev) };
  return { ...f, geometry };
}
