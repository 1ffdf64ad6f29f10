/** Point features at each region's label anchor, for the label layer. */
import type { FeatureCollection, Point } from 'geojson';

export interface Labelled {
  id: string;
  name: { zh: string; en: string };
  label?: [number, number];
}

export function labelPoints(regions: Labelled[]): FeatureCollection<Point> {
  return {
    type: 'FeatureCollection',
    features: regions
      .filter((r) => r.label)
      .map((r) => ({
        type: 'Feature',
        id: r.id,
        geometry: { type: 'Point', coordinates: r.label as [number, number] },
        properties: { id: r.id, name_zh: r.name.zh, name_en: r.name.en },
      })),
  };
}
