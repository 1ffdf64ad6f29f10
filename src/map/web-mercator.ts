/**
 * Web Mercator into the 512 px world of zoom 0 (MapLibre's): one formula for
 * the SVG map's rings, points and camera, and for the first view's geometry
 * simplified at build time (geo/first-view/).
 */
export const WORLD = 512;
const RAD = Math.PI / 180;

export const worldX = (lon: number) => WORLD / 2 + (WORLD / 360) * lon;
export const worldY = (lat: number) => WORLD / 2 - (WORLD / (2 * Math.PI)) * Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
export const toWorld = ([lon, lat]: [number, number]): [number, number] => [worldX(lon), worldY(lat)];
export const fromWorld = (x: number, y: number): [number, number] => [
  (x - WORLD / 2) * (360 / WORLD),
  (2 * Math.atan(Math.exp(((WORLD / 2 - y) * 2 * Math.PI) / WORLD)) - Math.PI / 2) / RAD,
];

/**
 * The detail level for a scale k (2^zoom): the SVG map's paths are
 * simplified for 0.5–1 screen px at that zoom.
 */
export const detailOf = (k: number) => Math.max(0, Math.min(10, Math.floor(Math.log2(k))));

/** Simplification tolerances at a detail level, world px: radial distance, and Douglas–Peucker's (half of it). */
export const tolerancesAt = (level: number): [radial: number, line: number] => [0.5 / 2 ** level, 0.25 / 2 ** level];
