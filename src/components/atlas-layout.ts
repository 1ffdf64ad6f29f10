/**
 * Layout numbers of <poverty-atlas>, px, written once: the element's
 * controllers and its styles (poverty-atlas-styles.ts) both read them.
 */
export const LAYOUT = {
  /** At this container width and below: phone layout (short title, bottom-sheet panel). */
  narrowMax: 640,
  /** The detail panel's width and its gap to the map's edge, on wider containers. */
  panelWidth: 340,
  panelGap: 12,
  /** Room kept under a fitted view for the legend laid over the map. */
  legendRoom: 80,
  /** The same on phones, where the legend is a strip across the map's foot (about 110 px for a colour ramp). */
  phoneLegendRoom: 110,
  /** On phones, the share of the stage the detail sheet first covers from below (its peek height). */
  sheetPeek: 0.45,
} as const;

/** Where the detail panel covers the map, so a selected region is panned clear of it. */
export const DESKTOP_INSET = { right: LAYOUT.panelWidth + LAYOUT.panelGap, bottom: 0 };
export const PHONE_INSET = { right: 0, bottom: 0, bottomShare: LAYOUT.sheetPeek };
