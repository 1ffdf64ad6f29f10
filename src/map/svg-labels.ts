/**
 * Label placement for the SVG renderer, as MapLibre's symbol layer does it:
 * in the order given, each label takes the first of its candidate positions
 * (on its point, then above, below, right, left of it) that overlaps no
 * placed label and stays inside the map; a label with no such position is
 * left out. Text wraps at a maximum width (ems), like `text-max-width`.
 * Pure, apart from the text measure passed in.
 */
export interface LabelInput {
  id: string;
  text: string;
  /** Screen position of the anchor, px. */
  x: number;
  y: number;
}

export interface PlacedLabel {
  id: string;
  lines: string[];
  /** Centre of the text block, px. */
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlaceOptions {
  width: number;
  height: number;
  size: number;
  /** Maximum line width in ems. */
  maxWidth: number;
  lineHeight: number;
  /** Gap kept around each label, px (MapLibre's `text-padding`). */
  padding: number;
  measure(text: string): number;
}

const CJK = /[\u3000-\u9fff\uf900-\ufaff]/;

/**
 * Splits text into lines no wider than `max` px: after spaces and dashes in
 * Latin text ("Yunnan–Guangxi–" / "Guizhou"), between characters in CJK text.
 */
export function wrap(text: string, max: number, measure: (s: string) => number): string[] {
  const trimmed = text.trim();
  if (measure(trimmed) <= max) return [trimmed];
  const cjk = CJK.test(trimmed);
  const words = cjk ? [...trimmed] : trimmed.match(/[^\s\-–—/]+[\-–—/]?\s*|[\-–—/]\s*/g) ?? [trimmed];
  const lines: string[] = [];
  let line = '';
  for (const w of words) {
    const next = line + w;
    if (line && measure(next.trimEnd()) > max) {
      lines.push(line.trimEnd());
      line = w;
    } else line = next;
  }
  if (line.trim()) lines.push(line.trimEnd());
  // Balance a short last line of CJK text with the one before it ("大兴安" / "岭南麓" rather than "大兴安岭南麓" / "…").
  if (cjk && lines.length === 2 && lines[1].length < lines[0].length - 1) {
    const cut = Math.ceil(trimmed.length / 2);
    return [trimmed.slice(0, cut), trimmed.slice(cut)];
  }
  return lines;
}

type Box = [x0: number, y0: number, x1: number, y1: number];

const overlaps = (a: Box, b: Box) => a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];

export function placeLabels(labels: LabelInput[], o: PlaceOptions): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  const boxes: Box[] = [];
  const margin = 2;
  for (const l of labels) {
    const lines = wrap(l.text, o.maxWidth * o.size, o.measure);
    const w = Math.max(...lines.map(o.measure));
    const h = lines.length * o.size * o.lineHeight;
    const off = 0.4 * o.size;
    const candidates: Array<[number, number]> = [
      [l.x, l.y],
      [l.x, l.y - h / 2 - off],
      [l.x, l.y + h / 2 + off],
      [l.x + w / 2 + off, l.y],
      [l.x - w / 2 - off, l.y],
    ];
    for (const [cx, cy] of candidates) {
      const box: Box = [cx - w / 2 - o.padding, cy - h / 2 - o.padding, cx + w / 2 + o.padding, cy + h / 2 + o.padding];
      const inside = box[0] >= margin && box[1] >= margin && box[2] <= o.width - margin && box[3] <= o.height - margin;
      if (!inside || boxes.some((b) => overlaps(b, box))) continue;
      boxes.push(box);
      placed.push({ id: l.id, lines, x: cx, y: cy, width: w, height: h });
      break;
    }
  }
  return placed;
}
