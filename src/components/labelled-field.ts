/**
 * A control under its small label, as the indicator picker and the search
 * box show it: `<label><span class="label" part="label">…</span>control</label>`
 * (the label's type is `.label` in control-theme.ts), and the look of the
 * select or text box under it.
 */
import { css, html, type TemplateResult } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';

export const labelledFieldStyles = css`
  :host {
    display: block;
    min-width: 0;
  }
  label {
    display: block;
  }
  label > :is(select, input) {
    font: inherit;
    font-size: 0.95rem;
    width: 100%;
    max-width: 100%;
    margin-top: 0.2rem;
    padding: 0.35rem 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 6px;
    background: var(--_bg);
    color: var(--_text);
    box-sizing: border-box;
  }
`;

/** `control` under the label `text`; `id` names the label (for `aria-labelledby` elsewhere). */
export function labelledField(text: string, control: TemplateResult, id?: string): TemplateResult {
  return html`<label><span class="label" part="label" id=${ifDefined(id)}>${text}</span>${control}</label>`;
}
