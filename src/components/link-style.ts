/**
 * Buttons that read as links (breadcrumb crumbs, a county's area and
 * prefecture, the counties of an area): they act inside the atlas, so they
 * are buttons, but look like the links of the panels.
 */
import { css } from 'lit';

export const linkButtonStyle = css`
  button.link {
    font: inherit;
    color: var(--_accent);
    background: none;
    border: 0;
    padding: 0;
    cursor: pointer;
    text-align: left;
    text-decoration: underline;
    text-underline-offset: 2px;
  }
`;
