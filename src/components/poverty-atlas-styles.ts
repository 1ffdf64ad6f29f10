/**
 * Layout of <poverty-atlas>: header, controls, the stage (map with legend,
 * tooltip and detail panel; or table; or sources), timeline. Narrow
 * containers (phones, small embeds) stack the legend under the map and turn
 * the detail panel into a bottom sheet laid over the stage only, so the
 * timeline stays in reach; short windows (600×450 embeds) lay the legend
 * over the map and trim the header so the map keeps half the height.
 * `size="large"` (and any container 1800 px wide or more: projectors) scales
 * type, controls, legend, timeline and panels by --_zoom.
 */
import { css, unsafeCSS } from 'lit';
import { LAYOUT } from './atlas-layout';
import { visuallyHidden } from './panel-theme';

const px = (n: number) => unsafeCSS(`${n}px`);

/**
 * Controls packed for little room (narrow containers and short windows): the
 * indicator's basis line waits in the panel's "about", the picker and search
 * lose their visible labels, and the view switch and tabs share a row, then
 * the search box, the indicator last.
 */
export const compactControls = css`
  atlas-indicator-picker::part(note) {
    display: none;
  }
  /* Their placeholders and options say what they are; the labels stay for screen readers. */
  atlas-indicator-picker::part(label),
  atlas-search::part(label) {
    ${visuallyHidden}
  }
  .tabs {
    order: 1;
  }
  .controls > atlas-search {
    order: 2;
    /* Room for its whole placeholder ("Name or pinyin, e.g. zhaojue"). */
    flex: 1 1 16rem;
    max-width: none;
  }
`;

export const atlasStyles = css`
  :host {
    --_zoom: 1;
    display: block;
    position: relative;
    height: var(--atlas-height, 100%);
    min-height: 320px;
    container-type: inline-size;
    background: var(--_bg);
    box-sizing: border-box;
  }
  * {
    box-sizing: border-box;
  }
  :host([size='large']) {
    --_zoom: 1.35;
  }
  .app {
    position: relative;
    height: 100%;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    grid-template-rows: auto auto auto auto minmax(0, 1fr) auto;
    grid-template-areas: 'header' 'controls' 'alert' 'status' 'stage' 'timeline';
  }
  /* Each part names its row, so the bottom sheet can share the stage's. */
  header {
    grid-area: header;
  }
  .controls {
    grid-area: controls;
  }
  .app > [role='alert'] {
    grid-area: alert;
  }
  .app > [role='status']:not(.visually-hidden) {
    grid-area: status;
  }
  .stage {
    grid-area: stage;
  }
  .timeline {
    grid-area: timeline;
  }
  /* A timeless indicator has no timeline at all. */
  .timeline:has(> atlas-timeline[timeless]) {
    display: none;
  }
  /* Projector type: everything a reader reads, scaled; the map itself is not (it fills its box). */
  header,
  .controls,
  .legend,
  .timeline,
  atlas-detail-panel,
  atlas-tooltip,
  .pane:not(.map-pane) > * {
    zoom: var(--_zoom);
  }
  header {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 1rem;
    padding: 0.75rem 1rem 0.25rem;
  }
  h1 {
    font-size: 1.3rem;
    line-height: 1.25;
    margin: 0;
    font-weight: 700;
  }
  .subtitle {
    margin: 0.15rem 0 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .controls {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    gap: 0.5rem 1rem;
    padding: 0.5rem 1rem 0.6rem;
    border-bottom: 1px solid var(--_border);
  }
  atlas-indicator-picker {
    flex: 1 1 18rem;
    max-width: 34rem;
  }
  .tabs {
    margin-left: auto;
  }
  .stage {
    position: relative;
    min-height: 0;
    overflow: hidden;
  }
  .pane {
    position: absolute;
    inset: 0;
    overflow: auto;
    padding: 0.75rem 1rem;
  }
  .pane[hidden] {
    display: none;
  }
  .map-pane {
    padding: 0;
    overflow: hidden;
  }
  atlas-map {
    position: absolute;
    inset: 0;
    height: auto;
  }
  .legend {
    position: absolute;
    left: 12px;
    bottom: 12px;
    max-width: min(440px, calc(100% - 24px));
    max-height: 45%;
    overflow: auto;
    background: color-mix(in srgb, var(--_bg) 92%, transparent);
    border: 1px solid var(--_border);
    border-radius: 6px;
    padding: 0.5rem 0.7rem;
  }
  /* A legend of categories that is tall for its width (the counties view's: 15 areas, or exit years with
     the note on its 802 units) stands as a narrow column at the map's left edge, under the zoom buttons:
     the fitted China map leaves that side free, where a wide block over the map's foot would cover
     Tibet and Southern Xinjiang. Phones keep it under the map. */
  @container (min-width: ${px(LAYOUT.narrowMax + 1)}) {
    .legend:has(> atlas-legend[column]) {
      max-width: 14.5rem;
      max-height: calc(100% - 7.5rem);
    }
  }
  atlas-detail-panel {
    position: absolute;
    top: ${px(LAYOUT.panelGap)};
    right: ${px(LAYOUT.panelGap)};
    width: ${px(LAYOUT.panelWidth)};
    max-height: calc(100% - 24px);
    z-index: 4;
  }
  .timeline {
    padding: 0.5rem 1rem 0.6rem;
    border-top: 1px solid var(--_border);
  }
  .banner {
    margin: 0.5rem 1rem 0;
    background: #fff4e5;
    color: var(--_warn);
    border: 1px solid #e0b36a;
    border-radius: 6px;
    padding: 0.5rem 0.75rem;
    font-size: 0.875rem;
  }
  .banner p {
    margin: 0.15rem 0;
  }
  .loading {
    position: absolute;
    inset: 0;
    display: grid;
    place-items: center;
    color: var(--_muted);
    pointer-events: none;
  }
  @container (max-width: ${px(LAYOUT.narrowMax)}) {
    .app {
      --atlas-seg-font: 0.8rem;
      --atlas-seg-pad: 0.25rem 0.3rem;
    }
    header {
      padding: 0.4rem 0.75rem 0.1rem;
      gap: 0.35rem 0.4rem;
      align-items: center;
    }
    h1 {
      font-size: 0.95rem;
    }
    /* Smaller header buttons: in a 600 px embed title, Present, Share, Download and the language
       switch keep one row; on a phone the title and Present, then the rest. */
    header > atlas-story-button {
      zoom: 0.85;
    }
    atlas-share::part(share-button),
    atlas-share::part(download-button) {
      font-size: 0.8rem;
      padding: 0.25rem 0.5rem;
    }
    .subtitle {
      display: none;
    }
    /* Phones keep the map at half the screen or more: controls pack tight, the indicator's basis
       line waits in the panel's "about", and the legend lies over the map's foot. */
    .controls {
      padding: 0.35rem 0.6rem 0.4rem;
      gap: 0.35rem 0.3rem;
    }
    .tabs {
      margin-left: auto;
    }
    /* The search box and the indicator share a row where both fit (a 600 px embed), else one row each. */
    atlas-indicator-picker {
      flex: 1 1 14rem;
      max-width: none;
      order: 3;
    }
    ${compactControls}
    .legend {
      left: 0;
      right: 0;
      bottom: 0;
      max-height: 40%;
      max-width: none;
      border-width: 1px 0 0;
      border-radius: 0;
      padding: 0.3rem 0.75rem 0.2rem;
    }
    /* The sheet shares the stage's row: the timeline below stays visible and usable; it opens at a
       peek height (the map above stays visible) and its handle drags or expands it. */
    atlas-detail-panel.sheet {
      grid-area: stage;
      align-self: end;
      position: relative;
      top: auto;
      right: auto;
      width: auto;
      height: var(--atlas-sheet-height, ${unsafeCSS(`${LAYOUT.sheetPeek * 100}%`)});
      min-height: 7rem;
      max-height: 100%;
      z-index: 10;
      border-radius: 12px 12px 0 0;
      box-shadow: 0 -4px 18px rgb(0 0 0 / 0.2);
    }
    atlas-detail-panel.sheet[expanded] {
      height: 100%;
    }
    .timeline {
      padding: 0.3rem 0.75rem 0.3rem;
    }
    .pane:not(.map-pane) {
      padding: 0.5rem 0.75rem;
    }
  }
  /* Short windows (iframe embeds of 450 px and so): the legend lies over the map, header and notes shrink. */
  @media (max-height: 560px) {
    header {
      padding-top: 0.35rem;
    }
    .subtitle {
      display: none;
    }
    h1 {
      font-size: 1rem;
    }
    .controls {
      padding-top: 0.3rem;
      padding-bottom: 0.35rem;
    }
    ${compactControls}
    .map-pane {
      display: block;
    }
    atlas-map {
      position: absolute;
      inset: 0;
    }
    .legend {
      position: absolute;
      left: 6px;
      bottom: 6px;
      max-width: min(420px, calc(100% - 12px));
      max-height: 45%;
      border-width: 1px;
      border-radius: 6px;
    }
    /* The legend's long notes (the counties' 802 units, the sources) take one line each, the whole
       text in their tooltip and for screen readers: at 600×450 they covered half the map. */
    atlas-legend::part(note),
    atlas-legend::part(source) {
      white-space: nowrap;
      overflow: hidden;
      text-overflow: ellipsis;
    }
    .timeline {
      padding-top: 0.25rem;
      padding-bottom: 0.3rem;
    }
  }
  /* Projectors and large screens: the same step as size="large", unless the page asked for size="normal". */
  @container (min-width: 1800px) {
    .app {
      --_zoom: 1.35;
    }
  }
  :host([size='normal']) .app {
    --_zoom: 1;
  }
`;
