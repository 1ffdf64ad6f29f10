/**
 * The three views: which geometry each draws and colours, and which entity
 * kind its indicators must carry. Pure configuration.
 */
import type { EntityKind, I18nText } from '../data/schema';
import type { ViewId } from './atlas-state';

/** Geometry layers: objects of atlas.topo.json and counties.topo.json. */
export type GeoLayer = 'provinces' | 'areas' | 'prefectures' | 'counties';

export interface ViewDef {
  id: ViewId;
  name: I18nText;
  /** Entity kind the view colours. */
  kind: EntityKind;
  /** Geometry coloured by the indicator. */
  regions: GeoLayer;
  /** Which regions to label: the coloured ones, or the areas over counties. */
  labels: GeoLayer;
  /** Noun for the legend's coverage line ("5 of 14 areas"). */
  noun: I18nText;
}

export const VIEW_DEFS: Record<ViewId, ViewDef> = {
  areas: {
    id: 'areas',
    name: { zh: '14个连片特困地区', en: '14 contiguous areas' },
    kind: 'area',
    regions: 'areas',
    labels: 'areas',
    noun: { zh: '个片区', en: 'areas' },
  },
  sichuan: {
    id: 'sichuan',
    name: { zh: '四川21个市州', en: "Sichuan's 21 prefectures" },
    kind: 'prefecture',
    regions: 'prefectures',
    labels: 'prefectures',
    noun: { zh: '个市州', en: 'prefectures' },
  },
  counties: {
    id: 'counties',
    name: { zh: '县', en: 'Counties' },
    kind: 'county',
    regions: 'counties',
    labels: 'areas',
    noun: { zh: '个县', en: 'counties' },
  },
};
