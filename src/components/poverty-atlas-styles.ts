/**
 * Layout of <poverty-atlas>: header, controls, the stage (map with legend,
 * tooltip and detail panel; or table; or sources), timeline. Narrow
 * containers (phones, small embeds) stack the legend under the map and turn
 * the detail panel into a bottom sheet.
 */
import { css } from 'lit';

export const atlasStyles = css`
  :host {
    display: block;
    position: relative;
    height: var(--atlas-height, 100%);
    min-height: 520px;
    container-type: inline-size;
    background: var(--_bg);
    box-sizing: border-box;
  }
  * {
    box-sizing: border-box;
  }
  .app {
    position: relative;
    height: 100%;
    display: grid;
    grid-template-rows: auto auto auto minmax(0, 1fr) auto;
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
  atlas-detail-panel {
    position: absolute;
    top: 12px;
    right: 12px;
    width: 340px;
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
  @container (max-width: 640px) {
    header {
      padding: 0.5rem 0.75rem 0.15rem;
    }
    h1 {
      font-size: 1rem;
    }
    .subtitle {
      display: none;
    }
    .controls {
      padding: 0.4rem 0.75rem 0.5rem;
      gap: 0.4rem 0.5rem;
      --atlas-seg-pad: 0.3rem 0.5rem;
    }
    .map-pane {
      display: flex;
      flex-direction: column;
    }
    atlas-map {
      position: relative;
      inset: auto;
      flex: 1 1 auto;
      min-height: 160px;
    }
    .tabs {
      margin-left: 0;
    }
    atlas-indicator-picker {
      flex-basis: 100%;
      max-width: none;
      order: 3;
    }
    .legend {
      position: static;
      flex: none;
      max-height: 50%;
      max-width: none;
      border-width: 1px 0 0;
      border-radius: 0;
      padding: 0.35rem 0.75rem 0.25rem;
    }
    atlas-detail-panel.sheet {
      top: auto;
      left: 0;
      right: 0;
      bottom: 0;
      width: auto;
      max-height: 72%;
      z-index: 10;
      border-radius: 12px 12px 0 0;
      box-shadow: 0 -4px 18px rgb(0 0 0 / 0.2);
    }
    .timeline {
      padding: 0.4rem 0.75rem 0.5rem;
    }
    .pane:not(.map-pane) {
      padding: 0.5rem 0.75rem;
    }
  }
`;
