/**
 * A PNG of what the reader sees: title, the map, the legend (with the
 * hatched "no data" swatch), the year, and the source line, on the atlas's
 * theme colours and font. Drawn on a canvas at `scale` device pixels per
 * CSS pixel (1 = screen size, 2 = print); the map comes in as SVG markup
 * (map-svg.ts), so it is sharp at any scale.
 */

export interface LegendItem {
  /** Swatch colour, or null for the hatched "no data" swatch. */
  color: string | null;
  label: string;
}

export interface PngContent {
  /** Width of the image and of the map, CSS px. */
  width: number;
  mapHeight: number;
  title: string;
  /** View and year, e.g. "Sichuan · 2016". */
  subtitle: string;
  legendTitle: string;
  legend: LegendItem[];
  /** Lines under the legend (how many regions have a value). */
  notes: string[];
  source: string;
  credit: string;
  colors: { text: string; muted: string; bg: string; border: string; hatch: string; noData: string };
  /** CSS font-family list. */
  font: string;
}

const PAD = 16;
const SWATCH = 14;

type Ctx = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** Lines of `text` no wider than `max` (breaks at spaces, or anywhere in CJK text). */
export function wrap(ctx: Pick<Ctx, 'measureText'>, text: string, max: number): string[] {
  const lines: string[] = [];
  let line = '';
  // Words for Latin text; single characters for CJK, which breaks anywhere.
  const tokens = text.match(/[\u2e80-\u9fff\uff00-\uffef]|[^\s\u2e80-\u9fff\uff00-\uffef]+\s*|\s+/g) ?? [];
  for (const tok of tokens) {
    const next = line + tok;
    if (line && ctx.measureText(next.trimEnd()).width > max) {
      lines.push(line.trimEnd());
      line = tok.trimStart();
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  return lines;
}

/** Draws everything but the map, from the top; returns the map's top and the total height. Measures only when `draw` is false. */
function layout(ctx: Ctx, c: PngContent, draw: boolean): { mapTop: number; height: number } {
  const w = c.width;
  const inner = w - 2 * PAD;
  let y = PAD;
  const text = (s: string, size: number, weight: number, color: string, x = PAD, lh = 1.35) => {
    ctx.font = `${weight} ${size}px ${c.font}`;
    for (const line of wrap(ctx, s, inner)) {
      if (draw) {
        ctx.fillStyle = color;
        ctx.fillText(line, x, y + size);
      }
      y += Math.round(size * lh);
    }
  };
  text(c.title, 20, 700, c.colors.text);
  text(c.subtitle, 14, 400, c.colors.muted);
  y += 6;
  const mapTop = y;
  y += c.mapHeight + 10;
  text(c.legendTitle, 13, 600, c.colors.text);
  y += 2;
  // Legend: swatch + label items flowing across lines.
  ctx.font = `400 12px ${c.font}`;
  let x = PAD;
  for (const item of c.legend) {
    const wItem = SWATCH + 6 + ctx.measureText(item.label).width;
    if (x > PAD && x + wItem > w - PAD) {
      x = PAD;
      y += 20;
    }
    if (draw) {
      swatch(ctx, x, y, item.color, c);
      ctx.fillStyle = c.colors.text;
      ctx.fillText(item.label, x + SWATCH + 6, y + 11.5);
    }
    x += wItem + 16;
  }
  y += 24;
  for (const note of c.notes) text(note, 12, 400, c.colors.muted);
  text(c.source, 12, 400, c.colors.muted);
  text(c.credit, 11, 400, c.colors.muted);
  return { mapTop, height: Math.ceil(y + PAD - 6) };
}

function swatch(ctx: Ctx, x: number, y: number, color: string | null, c: PngContent): void {
  ctx.save();
  ctx.fillStyle = color ?? c.colors.noData;
  ctx.fillRect(x, y, SWATCH, SWATCH);
  if (color === null) {
    // The map's no-data hatching: thin diagonal lines, 3 px apart.
    ctx.beginPath();
    ctx.rect(x, y, SWATCH, SWATCH);
    ctx.clip();
    ctx.strokeStyle = c.colors.hatch;
    ctx.lineWidth = 1;
    for (let d = -SWATCH; d < SWATCH * 2; d += 3) {
      ctx.moveTo(x + d, y + SWATCH);
      ctx.lineTo(x + d + SWATCH, y);
    }
    ctx.stroke();
  }
  ctx.restore();
  ctx.strokeStyle = c.colors.border;
  ctx.lineWidth = 1;
  ctx.strokeRect(x + 0.5, y + 0.5, SWATCH - 1, SWATCH - 1);
}

/** Loads SVG markup as an image (a blob: URL, which a strict CSP's img-src allows). */
async function svgImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    return img;
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** The PNG: content around the map SVG, at `scale` pixels per CSS px. */
export async function composePng(mapSvg: string, c: PngContent, scale: number): Promise<Blob> {
  const measure = new OffscreenCanvas(1, 1).getContext('2d')!;
  const { mapTop, height } = layout(measure, c, false);
  const canvas = document.createElement('canvas');
  canvas.width = Math.round(c.width * scale);
  canvas.height = Math.round(height * scale);
  const ctx = canvas.getContext('2d')!;
  ctx.scale(scale, scale);
  ctx.fillStyle = c.colors.bg;
  ctx.fillRect(0, 0, c.width, height);
  ctx.drawImage(await svgImage(mapSvg), 0, mapTop, c.width, c.mapHeight);
  layout(ctx, c, true);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('the browser made no PNG'))), 'image/png'));
}
