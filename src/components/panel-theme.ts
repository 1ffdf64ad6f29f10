/**
 * Theme shared by the panels (tooltip, detail panel, chart, table, sources):
 * CSS custom properties with defaults that pass WCAG AA on white. An embed
 * restyles every panel by setting these on <poverty-atlas> or any ancestor.
 */
import { css } from 'lit';

/** Declarations that hide a box from sight but not from screen readers. */
export const visuallyHidden = css`
  position: absolute;
  width: 1px;
  height: 1px;
  overflow: hidden;
  clip: rect(0 0 0 0);
  white-space: nowrap;
`;

export const panelTheme = css`
  :host {
    --_text: var(--atlas-text, #1b1b1b);
    --_muted: var(--atlas-muted, #545454);
    --_bg: var(--atlas-bg, #ffffff);
    --_border: var(--atlas-border, #c9c9c9);
    --_accent: var(--atlas-accent, #0a5aa8);
    --_line: var(--atlas-chart-line, #0a5aa8);
    --_warn: var(--atlas-warn, #8a4b00);
    font-family: var(
      --atlas-font,
      system-ui,
      -apple-system,
      'Segoe UI',
      'Noto Sans CJK SC',
      'Noto Sans SC',
      'PingFang SC',
      'Microsoft YaHei',
      sans-serif
    );
    color: var(--_text);
    line-height: 1.4;
  }
  a {
    color: var(--_accent);
  }
  :focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .other-lang {
    color: var(--_muted);
    font-size: 0.85em;
    font-weight: normal;
  }
  .muted {
    color: var(--_muted);
  }
  .visually-hidden {
    ${visuallyHidden}
  }
`;

/** The language not shown as primary: names appear in both, the other one smaller. */
export const otherLang = (lang: 'zh' | 'en') => (lang === 'zh' ? 'en' : 'zh');
