/**
 * Moves a live map from one built style to the next without touching the
 * sources' data: adds missing sources, re-adds layers whose source changed,
 * and sets only the paint / layout properties that differ. (A full
 * `setStyle` would re-parse every GeoJSON source and lose feature state.)
 */
import type { LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

type Props = Record<string, unknown>;

function sameJson(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

function identity(layer: LayerSpecification): string {
  return JSON.stringify([layer.type, 'source' in layer ? layer.source : null, 'filter' in layer ? layer.filter : null]);
}

export function applyStyle(map: MapLibreMap, prev: StyleSpecification, next: StyleSpecification): void {
  for (const [id, source] of Object.entries(next.sources)) {
    if (!map.getSource(id)) map.addSource(id, source);
  }
  const prevById = new Map(prev.layers.map((l) => [l.id, l]));
  const nextIds = new Set(next.layers.map((l) => l.id));
  for (const layer of prev.layers) if (!nextIds.has(layer.id) && map.getLayer(layer.id)) map.removeLayer(layer.id);
  let added = false;
  next.layers.forEach((layer, i) => {
    const before = prevById.get(layer.id);
    const beforeId = next.layers.slice(i + 1).find((l) => map.getLayer(l.id))?.id;
    if (!before || identity(before) !== identity(layer) || !map.getLayer(layer.id)) {
      if (map.getLayer(layer.id)) map.removeLayer(layer.id);
      map.addLayer(layer, beforeId);
      added = true;
      return;
    }
    updateProps(before.paint as Props, layer.paint as Props, (k, v) => map.setPaintProperty(layer.id, k as never, v as never));
    updateProps(
      ('layout' in before ? before.layout : {}) as Props,
      ('layout' in layer ? layer.layout : {}) as Props,
      (k, v) => map.setLayoutProperty(layer.id, k as never, v as never),
    );
  });
  // A re-added layer's paint stays at MapLibre's constant defaults until the
  // next frame evaluates it; a tile of a source with feature state landing
  // before that throws "this.expression.evaluate is not a function". Drawing
  // once now evaluates the new layers before any tile can arrive.
  if (added) map.redraw();
}

function updateProps(a: Props | undefined, b: Props | undefined, set: (key: string, value: unknown) => void): void {
  const keys = new Set([...Object.keys(a ?? {}), ...Object.keys(b ?? {})]);
  for (const key of keys) {
    if (!sameJson(a?.[key], b?.[key])) set(key, b?.[key]);
  }
}
