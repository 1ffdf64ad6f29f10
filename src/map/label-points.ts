/** Point features at each label anchor, for MapLibre's label layer: the full names and the text drawn. */
import type { FeatureCollection, Point } from 'geojson';
import type { MapLabel } from '../state/map-model';

export function labelPoints(labels: MapLabel[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: labels.map((r) => ({
      type: 'Feature',
      id: r.id,
      geometry: { type: 'Point', coordinates: r.at },
      properties: { id: r.id, name_zh: r.name.zh, name_en: r.name.en, text_zh: r.short.zh, text_en: r.short.en },
    })),
  };
}
