/**
 * Layout of the presentation: the map (or chart) on the left, the caption
 * panel on the right; type sized for the back of a classroom at 1920×1080
 * (body 1.5vw = 28.8px, headings 2.25vw = 43.2px), smaller on small screens.
 * Under 900 px wide the caption goes below the map.
 */
import { css } from 'lit';

export const storyStyles = css`
  :host {
    position: fixed;
    inset: 0;
    z-index: 2147483000;
    display: block;
    background: var(--_bg);
    --_body: var(--atlas-story-text, clamp(18px, 1.5vw, 40px));
  }
  .deck {
    display: grid;
    grid-template-columns: minmax(0, 1fr) clamp(340px, 34vw, 760px);
    height: 100%;
  }
  .stage {
    position: relative;
    min-height: 0;
  }
  poverty-atlas {
    position: absolute;
    inset: 0;
    --atlas-height: 100%;
  }
  /* Hidden but kept as (empty) grid rows: display:none would shift the stage into an auto-sized row. */
  poverty-atlas::part(header),
  poverty-atlas::part(controls) {
    visibility: hidden;
    height: 0;
    min-height: 0;
    padding: 0;
    margin: 0;
    border: 0;
    overflow: hidden;
  }
  .chart {
    position: absolute;
    inset: 0;
    /* Above the map's own controls (zoom buttons, legend). */
    z-index: 20;
    overflow: auto;
    background: var(--_bg);
    padding: 1.2vw 2vw;
    --atlas-chart-text: clamp(13px, 0.95vw, 24px);
    --atlas-chart-font: clamp(11px, 0.85vw, 20px);
    --atlas-chart-plot-height: clamp(150px, 27vh, 420px);
  }
  .panel {
    display: flex;
    flex-direction: column;
    gap: 0.5em;
    min-height: 0;
    overflow: auto;
    padding: 2.2vw 2.4vw 1.2vw;
    border-left: 1px solid var(--_border);
    font-size: var(--_body);
    line-height: 1.45;
    background: #fbfbf8;
  }
  .panel:focus {
    outline: none;
  }
  .top {
    display: flex;
    justify-content: space-between;
    align-items: baseline;
    gap: 1em;
    font-size: 0.62em;
    color: var(--_muted);
  }
  .progress {
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    color: var(--_text);
    white-space: nowrap;
  }
  .bar {
    height: 4px;
    background: #e3e3e3;
  }
  .bar span {
    display: block;
    height: 100%;
    background: var(--_accent);
  }
  h2 {
    font-size: 1.5em;
    line-height: 1.15;
    margin: 0.3em 0 0.1em;
  }
  .caption p {
    margin: 0 0 0.55em;
  }
  .caption .li {
    padding-left: 1em;
    text-indent: -0.8em;
  }
  .caption .li::before {
    content: '• ';
  }
  .figure {
    font-weight: 700;
    color: var(--_accent);
    white-space: nowrap;
  }
  .sources {
    font-size: 0.6em;
    color: var(--_muted);
    margin: auto 0 0;
  }
  .notes {
    font-size: 0.7em;
    border-left: 4px solid var(--_warn);
    padding: 0.2em 0.7em;
    background: #fff;
    white-space: pre-wrap;
  }
  .notes h3 {
    margin: 0;
    font-size: 1em;
  }
  .notes p {
    margin: 0.2em 0;
  }
  .nav {
    display: flex;
    flex-wrap: wrap;
    gap: 0.4em;
    font-size: 0.6em;
  }
  .spacer {
    flex: 1;
  }
  button,
  .file {
    font: inherit;
    padding: 0.35em 0.8em;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_text);
    cursor: pointer;
  }
  button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: #fff;
  }
  button:disabled {
    opacity: 0.45;
    cursor: default;
  }
  .keys {
    font-size: 0.45em;
    color: var(--_muted);
    margin: 0;
  }
  .listing {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.4em;
    font-size: 0.8em;
  }
  .listing button {
    width: 100%;
    text-align: left;
  }
  .file {
    display: inline-block;
    font-size: 0.7em;
  }
  .file input {
    display: block;
    margin-top: 0.3em;
  }
  .errors {
    font-size: 0.6em;
    border-left: 4px solid #b00020;
    padding: 0.2em 0.8em;
    background: #fff4f4;
  }
  .errors h2 {
    font-size: 1.2em;
  }
  @media (max-width: 900px) {
    .deck {
      grid-template-columns: 1fr;
      grid-template-rows: minmax(0, 55%) minmax(0, 45%);
    }
    .panel {
      border-left: 0;
      border-top: 1px solid var(--_border);
      padding: 12px 16px;
    }
  }
`;
