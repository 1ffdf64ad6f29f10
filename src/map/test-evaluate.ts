/**
 * For tests: a fill paint expression as MapLibre itself evaluates it
 * (@maplibre/maplibre-gl-style-spec), for a feature whose state holds `v`;
 * colours come back as #rrggbb.
 */
import { Color, createExpression, latest } from '@maplibre/maplibre-gl-style-spec';

export type Evaluator = (v: number | null) => unknown;

export function evaluator(expr: unknown, property: 'fill-color' | 'fill-opacity'): Evaluator {
  const compiled = createExpression(expr, `layers[regions-fill].paint.${property}`, latest.paint_fill[property] as never);
  if (compiled.result !== 'success') throw new Error(`${property}: ${compiled.value.map((e) => e.message).join('; ')}`);
  const e = compiled.value;
  return (v) => {
    const out = e.evaluate({ zoom: 4 }, { type: 'Polygon', properties: {} } as never, { v });
    return out instanceof Color ? hex(out) : out;
  };
}

/** Any CSS colour (or a style-spec Color) as #rrggbb. */
export function hex(c: Color | string): string {
  const col = typeof c === 'string' ? Color.parse(c) : c;
  if (!col) throw new Error(`not a colour: ${String(c)}`);
  return `#${[col.r, col.g, col.b].map((x) => Math.round(x * 255).toString(16).padStart(2, '0')).join('')}`;
}
