/**
 * The map renderer interface: what <atlas-map> asks of a map, whichever
 * draws it. Two implementations: `maplibre` (WebGL, loaded on demand by a
 * dynamic import, see maplibre-renderer.ts) and `svg` (d3-geo, no WebGL,
 * see svg-renderer.ts). Both take the same renderer-neutral MapModel
 * (src/state/map-model.ts) and the same theme, and paint the same colours.
 */
import type { BBox, LabelPoint, MapModel } from '../state/map-model';
import type { MapTheme } from './map-theme';

export type RendererKind = 'maplibre' | 'svg';

/** Centre and zoom (MapLibre's zoom: the world is 512 × 2^zoom px wide). */
export interface Camera {
  lng: number;
  lat: number;
  zoom: number;
}

export type Flag = 'hover' | 'focus' | 'selected';

export interface RendererEvents {
  hover(id: string | null, x: number, y: number): void;
  click(id: string | null, x: number, y: number): void;
  /** The reader moved the map (drag, wheel, pinch, zoom buttons); not sent for moves made by code. */
  camera(camera: Camera): void;
}

export interface FitOptions {
  animate: boolean;
  /** Extra bottom padding, px (a legend laid over the map). */
  bottom: number;
}

export interface MapRenderer {
  readonly kind: RendererKind;
  /** The MapLibre map under `maplibre`; null under `svg`. */
  readonly map: unknown;
  /** Draws a model: geometry and style where they changed, else only colours, highlight and labels. */
  paint(model: MapModel, theme: MapTheme): void;
  /** Marks one region as hovered / keyboard-focused / selected (null clears). */
  flag(kind: Flag, id: string | null): void;
  /** Fits a box (jumps when `animate` is false). */
  fit(bbox: BBox, opts: FitOptions): void;
  /** Moves to a camera (animated or not). */
  moveTo(camera: Camera, animate: boolean): void;
  /** The current camera. */
  camera(): Camera;
  /** Pans just enough that `at` is not hidden under a panel covering `right` / `bottom` px. */
  reveal(at: LabelPoint['at'], right: number, bottom: number): void;
  /** Screen position (px from the container's top left) of a [lon, lat]. */
  project(at: [number, number]): { x: number; y: number };
  /** Zooms one step in (+1) or out (-1) about the centre. */
  zoom(delta: number, animate: boolean): void;
  /** The coloured region under a container point, or null. */
  pick(x: number, y: number): string | null;
  /** Resolves once what was last painted is on screen. */
  drawn(): Promise<void>;
  resize(): void;
  destroy(): void;
}

export type RendererFactory = (container: HTMLElement, events: RendererEvents) => MapRenderer;

/** Whether this browser can give MapLibre the WebGL2 context it needs. */
export function hasWebGL2(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    if (!gl) return false;
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return true;
  } catch {
    return false;
  }
}

/** Whether two cameras are the same to within a fraction of a pixel at the usual zooms. */
export function sameCamera(a: Camera | null, b: Camera | null): boolean {
  if (!a || !b) return a === b;
  return Math.abs(a.lng - b.lng) < 1e-4 && Math.abs(a.lat - b.lat) < 1e-4 && Math.abs(a.zoom - b.zoom) < 1e-3;
}
