/**
 * Buttons that read as links (breadcrumb crumbs, a county's area and
 * prefecture, the counties of an area): they act inside the atlas, so they
 * are buttons, but look like the links of the panels. `linkButton` renders
 * one; `linkButtonStyle` styles it (add it to the element's styles).
 */
import { css, html, nothing } from 'lit';

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

/** A button that looks like a link: `label`, calling `go` when chosen; `id` (optional) is kept as `data-id`. */
export function linkButton(label: string, go: () => void, id?: string) {
  return html`<button class="link" type="button" data-id=${id ?? nothing} @click=${go}>${label}</button>`;
}
