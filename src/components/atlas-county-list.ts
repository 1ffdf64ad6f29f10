import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import { formatCount } from '../data/format';
import { valueText } from '../data/value-text';
import type { IndicatorDef, Lang } from '../data/schema';
import { t } from '../i18n/messages';
import type { CountyRow } from '../state/drill';
import { fire } from './atlas-events';
import { panelTheme } from './panel-theme';
import { linkButton, linkButtonStyle } from './link-style';

/**
 * @summary An area's (or a Sichuan prefecture's) counties, for its detail
 * panel: each with a county indicator's value in the selected year and its
 * exit year, each name a button that opens the county in the counties view.
 * For an area, a "Show its counties" button opens the counties view zoomed
 * to the area with the area outlined.
 *
 * @event atlas-navigate - A county, or the area's counties, was chosen. detail: `{ view: 'counties', selected, area }`.
 * @csspart show - The "Show its counties" button.
 * @csspart table - The list of counties.
 */
@defineElement('atlas-county-list')
export class AtlasCountyList extends LitElement {
  /** Language of names and numbers. */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** Id of the area or prefecture whose counties these are. */
  @property() parent = '';
  /** 'area' shows the "Show its counties" action (the counties view drills into areas only). */
  @property() kind: 'area' | 'prefecture' = 'area';
  /** The counties, from `countyRows` (src/state/drill.ts). */
  @property({ attribute: false }) rows: CountyRow[] = [];
  /** The indicator of the value column; none when it is the exit year itself. */
  @property({ attribute: false }) indicator: IndicatorDef | null = null;
  /** The exit-year indicator, to write exit years as the atlas does elsewhere. */
  @property({ attribute: false }) exitIndicator: IndicatorDef | null = null;
  /** Year of the values. */
  @property({ type: Number }) year = 0;
  /** Counties of the 2012 list, when it differs from the number of rows (list counties that share one map unit). */
  @property({ attribute: false }) listCount: number | null = null;

  static override styles = [
    panelTheme,
    linkButtonStyle,
    css`
      :host {
        display: block;
        margin-top: 0.75rem;
        font-size: 0.875rem;
      }
      .show {
        font: inherit;
        font-weight: 600;
        color: #fff;
        background: var(--_accent);
        border: 0;
        border-radius: 4px;
        padding: 0.4rem 0.75rem;
        min-height: 32px;
        cursor: pointer;
      }
      details {
        margin-top: 0.6rem;
      }
      summary {
        cursor: pointer;
        font-weight: 600;
      }
      .note {
        color: var(--_muted);
        font-size: 0.8rem;
        margin: 0.3rem 0 0;
      }
      table {
        border-collapse: collapse;
        width: 100%;
        margin-top: 0.3rem;
      }
      th,
      td {
        text-align: left;
        padding: 0.2rem 0.3rem;
        border-bottom: 1px solid var(--_border);
        vertical-align: baseline;
      }
      thead th {
        font-weight: 600;
        color: var(--_muted);
        font-size: 0.8rem;
      }
      tbody th {
        font-weight: normal;
      }
      .none {
        color: var(--_muted);
        font-style: italic;
      }
      .from {
        color: var(--_muted);
        font-size: 0.8rem;
      }
    `,
  ];

  override render() {
    const { lang, rows } = this;
    if (!this.parent || rows.length === 0) return nothing;
    const ind = this.indicator && this.indicator.id !== this.exitIndicator?.id ? this.indicator : null;
    return html`${this.kind === 'area'
        ? html`<button class="show" part="show" type="button" @click=${() => this.go(null)}>${t(lang, 'drill.show')}</button>`
        : nothing}
      <details open>
        <summary>${t(lang, 'drill.title', { n: formatCount(rows.length, lang) })}</summary>
        ${this.listCount !== null && this.listCount !== rows.length
          ? html`<p class="note">${t(lang, 'drill.units', { n: formatCount(rows.length, lang), total: formatCount(this.listCount, lang) })}</p>`
          : nothing}
        <table part="table">
          <thead>
            <tr>
              <th scope="col">${t(lang, 'drill.county')}</th>
              ${ind ? html`<th scope="col">${t(lang, 'drill.valueIn', { indicator: ind.name[lang], year: this.year })}</th>` : nothing}
              <th scope="col">${t(lang, 'drill.exit')}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (r) => html`<tr data-id=${r.id}>
                <th scope="row">${linkButton(r.name[lang], () => this.go(r.id))}</th>
                ${ind ? html`<td>${this.valueCell(r, ind)}</td>` : nothing}
                <td>${this.exitCell(r)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </details>`;
  }

  private valueCell(r: CountyRow, ind: IndicatorDef) {
    const text = valueText(r.value, null, ind, this.lang);
    if (!r.value || !text) return html`<span class="none">${t(this.lang, 'drill.noValue')}</span>`;
    const from = r.value.year !== this.year ? html` <span class="from">${t(this.lang, 'tooltip.valueFrom', { year: r.value.year })}</span>` : nothing;
    return html`<span title=${text.note || nothing}>${text.label}</span>${from}`;
  }

  /** The exit year as the atlas writes it everywhere: "2018年度（推算）" when derived, "2018或2019年度" when only a range is known. */
  private exitCell(r: CountyRow) {
    const text = this.exitIndicator ? valueText(r.exit, r.exitBounds, this.exitIndicator, this.lang) : null;
    if (!text) return html`<span class="none">${t(this.lang, 'drill.noExit')}</span>`;
    return html`<span title=${text.note || nothing}>${text.label}</span>`;
  }

  /** Opens the counties view drilled into the area (or, for a prefecture, not drilled), with a county selected or none. */
  private go(county: string | null): void {
    fire(this, 'atlas-navigate', { view: 'counties', selected: county, area: this.kind === 'area' ? this.parent : null });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-county-list': AtlasCountyList;
  }
}
