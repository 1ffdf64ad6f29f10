/**
 * Shared look of the atlas's controls (segmented buttons, selects), on top of
 * the panels' theme: the same custom properties, AA contrast on white.
 */
import { css } from 'lit';

export const controlTheme = css`
  .seg {
    display: inline-flex;
    border: 1px solid var(--_border);
    border-radius: 6px;
    overflow: hidden;
    background: var(--_bg);
  }
  .seg button {
    font: inherit;
    font-size: var(--atlas-seg-font, 0.875rem);
    border: 0;
    border-right: 1px solid var(--_border);
    background: transparent;
    color: var(--_text);
    padding: var(--atlas-seg-pad, 0.35rem 0.7rem);
    cursor: pointer;
    min-height: 32px;
    white-space: nowrap;
  }
  .seg button:last-child {
    border-right: 0;
  }
  .seg button[aria-pressed='true'] {
    background: var(--_accent);
    color: #fff;
  }
  .seg button:hover:not([aria-pressed='true']) {
    background: color-mix(in srgb, var(--_accent) 10%, transparent);
  }
  button:focus-visible,
  select:focus-visible,
  input:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .label {
    font-size: 0.75rem;
    color: var(--_muted);
    text-transform: uppercase;
    letter-spacing: 0.04em;
  }
`;
