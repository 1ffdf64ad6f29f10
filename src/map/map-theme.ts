/**
 * The map's colours, read from `--atlas-map-*` CSS custom properties on the
 * <atlas-map> element (inherited from the host page), with the atlas's own
 * defaults. Both renderers draw with the same theme.
 *
 * | property                     | what                                     | default  |
 * |------------------------------|------------------------------------------|----------|
 * | `--atlas-map-bg`             | sea / background around the land         | #f3f5f7  |
 * | `--atlas-map-land`           | land outside the coloured regions        | #e4e2dc  |
 * | `--atlas-map-border`         | province borders                         | #ffffff  |
 * | `--atlas-map-border-strong`  | province borders in the areas view       | #9a978f  |
 * | `--atlas-map-region-border`  | borders between coloured regions         | #ffffff  |
 * | `--atlas-map-area-line`      | outlines of the 14 areas                 | #5c5c5c  |
 * | `--atlas-map-label`          | label text                               | #1f1f1f  |
 * | `--atlas-map-label-halo`     | halo around label text                   | #ffffff  |
 * | `--atlas-map-focus`          | hover / focus / selection outline        | #111111  |
 * | `--atlas-map-hatch`          | lines of the "no data" hatching          | #8f8f8f  |
 * | `--atlas-map-nodata`         | ground of the "no data" hatching         | #fbfbfa  |
 * | `--atlas-map-outline`        | the drilled-down area's outline          | #111111  |
 * | `--atlas-map-font`           | label fonts (a font-family list)         | Noto Sans CJK SC, … |
 */
import { HATCH_COLOR, NO_DATA_COLOR } from '../data/color-scale';

export interface MapTheme {
  background: string;
  land: string;
  provinceLine: string;
  /** Province borders in the areas view, where they cross the coloured areas. */
  provinceLineStrong: string;
  regionLine: string;
  areaLine: string;
  text: string;
  halo: string;
  focus: string;
  hatch: string;
  noData: string;
  outline: string;
  /** Local font families for labels, most preferred first. */
  fonts: string[];
}

export const DEFAULT_THEME: MapTheme = {
  background: '#f3f5f7',
  land: '#e4e2dc',
  provinceLine: '#ffffff',
  provinceLineStrong: '#9a978f',
  regionLine: '#ffffff',
  areaLine: '#5c5c5c',
  text: '#1f1f1f',
  halo: '#ffffff',
  focus: '#111111',
  hatch: HATCH_COLOR,
  noData: NO_DATA_COLOR,
  outline: '#111111',
  fonts: ['Noto Sans CJK SC', 'Noto Sans SC', 'PingFang SC', 'Microsoft YaHei', 'sans-serif'],
};

const PROPS: Record<Exclude<keyof MapTheme, 'fonts'>, string> = {
  background: '--atlas-map-bg',
  land: '--atlas-map-land',
  provinceLine: '--atlas-map-border',
  provinceLineStrong: '--atlas-map-border-strong',
  regionLine: '--atlas-map-region-border',
  areaLine: '--atlas-map-area-line',
  text: '--atlas-map-label',
  halo: '--atlas-map-label-halo',
  focus: '--atlas-map-focus',
  hatch: '--atlas-map-hatch',
  noData: '--atlas-map-nodata',
  outline: '--atlas-map-outline',
};

/** A CSS colour as #rrggbb (MapLibre and the hatch image need plain colours); null when it is not one. */
function toHex(value: string): string | null {
  const v = value.trim();
  if (/^#[0-9a-f]{6}$/i.test(v)) return v.toLowerCase();
  if (/^#[0-9a-f]{3}$/i.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`.toLowerCase();
  const m = /^rgba?\(\s*(\d+)[,\s]+(\d+)[,\s]+(\d+)/i.exec(v);
  if (m) return `#${m.slice(1, 4).map((n) => Math.min(255, Number(n)).toString(16).padStart(2, '0')).join('')}`;
  return null;
}

/** The theme for an element: each `--atlas-map-*` property it inherits, else the default. */
export function readTheme(el: Element): MapTheme {
  const style = getComputedStyle(el);
  const theme = { ...DEFAULT_THEME };
  for (const [key, prop] of Object.entries(PROPS) as Array<[keyof typeof PROPS, string]>) {
    const raw = style.getPropertyValue(prop);
    const hex = raw ? toHex(raw) ?? toHex(resolveColor(el, raw)) : null;
    if (hex) theme[key] = hex;
  }
  const fonts = style.getPropertyValue('--atlas-map-font').trim();
  if (fonts) theme.fonts = fonts.split(',').map((f) => f.trim().replace(/^["']|["']$/g, '')).filter(Boolean);
  return theme;
}

/** Any CSS colour (a name, hsl(), …) as the browser computes it. */
function resolveColor(el: Element, value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value.trim();
  probe.style.display = 'none';
  (el.shadowRoot ?? el).appendChild(probe);
  const out = getComputedStyle(probe).color;
  probe.remove();
  return out;
}

export function themeKey(theme: MapTheme): string {
  return JSON.stringify(theme);
}
