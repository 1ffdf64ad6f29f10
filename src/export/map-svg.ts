/**
 * The map as an SVG document, drawn by the `svg` renderer from the same map
 * model, theme and camera as the map on screen, whichever renderer shows it.
 * Why this route for the PNG: it is vector (2× for print is sharp, not
 * upscaled), it needs no `preserveDrawingBuffer` (which would slow MapLibre
 * for every reader to serve the few who download), it works without WebGL,
 * and the no-data hatching is a real pattern in it.
 */
import type { MapModel } from '../state/map-model';
import type { MapTheme } from '../map/map-theme';
import type { Camera } from '../map/renderer';

export interface MapSvgInput {
  model: MapModel;
  theme: MapTheme;
  /** The camera on screen; null fits the model's bounds. */
  camera: Camera | null;
  width: number;
  height: number;
  /** Output pixels per CSS pixel (the SVG keeps its drawing in CSS px through its viewBox). */
  scale: number;
}

/** SVG markup of the map at `width × height` CSS px, rendered off screen and removed again. */
export async function renderMapSvg({ model, theme, camera, width, height, scale }: MapSvgInput): Promise<string> {
  const { SvgRenderer } = await import('../map/svg-renderer');
  const box = document.createElement('div');
  // Laid out (the renderer measures its box) but never seen or hit.
  Object.assign(box.style, { position: 'fixed', left: '0', top: '0', width: `${width}px`, height: `${height}px`, visibility: 'hidden', pointerEvents: 'none', zIndex: '-1' });
  document.body.append(box);
  try {
    const renderer = new SvgRenderer(box, { hover() {}, click() {}, camera() {} });
    try {
      renderer.paint(model, theme);
      if (camera) renderer.moveTo(camera, false);
      else if (model.bounds) renderer.fit(model.bounds, { animate: false, bottom: 0 });
      await renderer.drawn();
      const svg = box.querySelector('svg')!.cloneNode(true) as SVGSVGElement;
      svg.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
      svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
      svg.setAttribute('width', String(Math.round(width * scale)));
      svg.setAttribute('height', String(Math.round(height * scale)));
      return new XMLSerializer().serializeToString(svg);
    } finally {
      renderer.destroy();
    }
  } finally {
    box.remove();
  }
}
