import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatCount, formatNumber, formatValue, unitLabel } from '../data/format';
import type { I18nText, IndicatorDef, Lang, SeriesBreak, SourceDef, ValueNote } from '../data/schema';
import { t } from '../i18n/messages';
import type { TableSort } from '../state/atlas-state';
import { fire } from './atlas-events';
import { panelTheme } from './panel-theme';
import type { ShownValue } from './shown-value';
import { isLowTrust, readableNote, sourceIndex, sourceName } from './source-label';
import { sortTableRows, type SortDir, type SortKey } from './sort-table-rows';

/** One region of the table: what the map shows for it. */
export interface TableRow {
  id: string;
  name: I18nText;
  /** The joined value for the selected year, or null for no data. */
  value: ShownValue | null;
}

/**
 * @summary The data table: exactly what the map shows — each region's value
 * for the selected year, the year it is from and its source — as a real
 * <table> with a caption. Sortable by name or value (column header buttons,
 * `aria-sort`); "no data" rows stay last. A region's name is a button that
 * selects it.
 *
 * @event atlas-select - A region's name was activated. detail: `{ id: string }`.
 * @csspart table - The table.
 * @csspart caption - The caption.
 * @csspart footnotes - Notes on values (why one is missing or which source is shown).
 * @cssproperty --atlas-border - Rule colour.
 * @cssproperty --atlas-accent - Name-button colour.
 * @cssproperty --atlas-muted - Colour of "no data" and secondary cells.
 */
@defineElement('atlas-data-table')
export class AtlasDataTable extends LitElement {
  /** Language of names, labels and number formats. */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** The indicator shown (name, unit, formatting). */
  @property({ attribute: false }) indicator: IndicatorDef | null = null;
  /** One row per region drawn on the map, in any order. */
  @property({ attribute: false }) rows: TableRow[] = [];
  /** Year selected on the timeline. */
  @property({ type: Number }) selectedYear = 0;
  /** Sources, for the source column. */
  @property({ attribute: false }) sources: SourceDef[] = [];
  /** Notes on values (SeriesFile.notes); those of the indicator and year shown become footnotes. */
  @property({ attribute: false }) notes: ValueNote[] = [];
  /** Series breaks: a region whose boundary changed in the year shown is footnoted (Chengdu, Ziyang 2016). */
  @property({ attribute: false }) breaks: SeriesBreak[] = [];

  /** The order (the atlas state's `sort`; null: by value, descending). A header click sends `atlas-sort`. */
  @property({ attribute: false }) sort: TableSort | null = null;

  private get sortKey(): SortKey {
    return this.sort?.key === 'name' || this.sort?.key === 'value' ? this.sort.key : 'value';
  }

  private get sortDir(): SortDir {
    return this.sort?.key === this.sortKey && this.sort.dir === 'asc' ? 'ascending' : 'descending';
  }

  static override styles = [
    panelTheme,
    css`
      :host {
        display: block;
        container-type: inline-size;
        overflow-x: auto;
        font-size: 0.875rem;
      }
      table {
        border-collapse: collapse;
        width: 100%;
      }
      caption {
        text-align: left;
        font-weight: 600;
        padding: 0 0 0.4rem;
      }
      caption .coverage {
        display: block;
        font-weight: normal;
        color: var(--_muted);
        font-size: 0.8rem;
      }
      th,
      td {
        padding: 0.3rem 0.5rem;
        border-bottom: 1px solid var(--_border);
        text-align: left;
        vertical-align: baseline;
      }
      th {
        font-weight: 600;
        white-space: nowrap;
      }
      .num {
        text-align: right;
        font-variant-numeric: tabular-nums;
        white-space: nowrap;
      }
      button {
        font: inherit;
        color: inherit;
        background: none;
        border: 0;
        padding: 0.1rem 0;
        cursor: pointer;
        text-align: inherit;
      }
      thead th button::after {
        content: ' ↕';
        color: var(--_muted);
      }
      thead th[aria-sort='ascending'] button::after {
        content: ' ▲';
        color: inherit;
      }
      thead th[aria-sort='descending'] button::after {
        content: ' ▼';
        color: inherit;
      }
      tbody th {
        font-weight: normal;
        white-space: normal;
      }
      tbody th button {
        color: var(--_accent);
        text-decoration: underline;
        text-underline-offset: 2px;
      }
      .low {
        color: var(--_warn);
      }
      .none {
        color: var(--_muted);
        font-style: italic;
      }
      .src {
        color: var(--_muted);
        min-width: 6rem;
        font-size: 0.8rem;
        overflow-wrap: anywhere;
      }
      .src-inline {
        display: none;
      }
      .mark {
        color: var(--_warn);
        font-style: normal;
        margin-left: 0.15em;
      }
      .footnotes {
        color: var(--_muted);
        font-size: 0.8rem;
        margin: 0.6rem 0 0;
        padding-left: 1.4rem;
      }
      /* Narrow (a phone, or a narrow embed): the source moves under the name so value and year stay in view. */
      @container (max-width: 520px) {
        th,
        td {
          padding: 0.3rem 0.3rem;
        }
        thead th,
        thead th.num {
          white-space: normal;
        }
        tbody th {
          min-width: 7rem;
        }
        .col-src {
          display: none;
        }
        .src-inline {
          display: block;
          color: var(--_muted);
          font-size: 0.75rem;
        }
      }
    `,
  ];

  override render() {
    const { indicator: ind, lang } = this;
    if (!ind) return nothing;
    const withValue = this.rows.filter((r) => r.value !== null).length;
    const rows = sortTableRows(this.rows, this.sortKey, this.sortDir, lang);
    const bySource = sourceIndex(this.sources);
    const unit = unitLabel(ind, lang);
    // The unit is in the caption and header; coded values (categories, exit years) show their label.
    const cell = (v: number) => (ind.categories ? formatValue(v, ind, lang) : formatNumber(v, ind, lang));
    // Footnotes: notes on the values of this indicator and year, numbered in row order.
    const ids = new Set(rows.map((r) => r.id));
    const notes: Array<{ entityId: string; note: I18nText }> = [
      ...this.notes.filter((n) => n.indicator === ind.id && n.year === this.selectedYear && ids.has(n.entityId)),
      ...this.breaks.filter((b) => b.year === this.selectedYear && ids.has(b.entityId) && (b.indicators === 'all' || b.indicators.includes(ind.id))),
    ];
    const noteNo = new Map(
      rows.filter((r) => notes.some((n) => n.entityId === r.id)).map((r, i) => [r.id, i + 1] as const),
    );
    const mark = (id: string) => {
      const no = noteNo.get(id);
      return no ? html`<sup class="mark">${no}</sup>` : nothing;
    };
    const described = (id: string) => (noteNo.has(id) ? `note-${noteNo.get(id)}` : undefined);
    return html`<table part="table">
      <caption part="caption">
        ${t(lang, 'table.caption', { indicator: ind.name[lang], unit: unit || '—', year: this.selectedYear })}
        <span class="coverage"
          >${t(lang, 'table.coverage', { n: formatCount(withValue, lang), total: formatCount(this.rows.length, lang) })}</span
        >
      </caption>
      <thead>
        <tr>
          ${this.sortableHeader('name', t(lang, 'table.name'))}
          ${this.sortableHeader('value', unit ? t(lang, 'table.valueUnit', { unit }) : t(lang, 'table.value'), 'num')}
          <th scope="col" class="num">${t(lang, 'table.year')}</th>
          <th scope="col" class="col-src">${t(lang, 'table.source')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map((r) => {
          const source = r.value ? bySource.get(r.value.sourceId) : undefined;
          const src = r.value ? this.sourceText(r.value.sourceId, source) : nothing;
          return html`<tr data-id=${r.id}>
            <th scope="row">
              <button type="button" @click=${() => this.select(r.id)}>${r.name[lang]}</button>
              ${r.value ? html`<span class="src-inline">${src}</span>` : nothing}
            </th>
            ${r.value
              ? html`<td class="num" aria-describedby=${ifDefined(described(r.id))}>${cell(r.value.value)}${mark(r.id)}</td>
                  <td class="num">${r.value.year}</td>
                  <td class="src col-src" title=${source?.title ?? ''}>${src}</td>`
              : html`<td class="num none" aria-describedby=${ifDefined(described(r.id))}>${t(lang, 'table.noData')}${mark(r.id)}</td>
                  <td></td>
                  <td class="col-src"></td>`}
          </tr>`;
        })}
      </tbody>
    </table>
    ${noteNo.size
      ? html`<ol class="footnotes" part="footnotes">
          ${[...noteNo].map(([id, no]) => {
            const note = notes.filter((x) => x.entityId === id).map((n) => readableNote(n.note[lang], bySource, lang)).join(' ');
            const name = this.rows.find((r) => r.id === id)!.name[lang];
            return html`<li id="note-${no}" value=${no}>${t(lang, 'table.footnote', { name, note })}</li>`;
          })}
        </ol>`
      : nothing}`;
  }

  /** A value's source: short name, and a warning when it is low trust. */
  private sourceText(sourceId: string, source: SourceDef | undefined) {
    return html`${source ? sourceName(source, this.lang) : sourceId}${isLowTrust(source?.trust)
      ? html`<span class="low">${t(this.lang, 'tooltip.lowTrust')}</span>`
      : nothing}`;
  }

  private sortableHeader(key: SortKey, label: string, cls = '') {
    const active = this.sortKey === key;
    return html`<th scope="col" class=${cls} aria-sort=${active ? this.sortDir : 'none'}>
      <button type="button" title=${t(this.lang, 'table.sortBy', { column: label })} @click=${() => this.sortBy(key)}>
        ${label}
      </button>
    </th>`;
  }

  /** Sort by a column; a second click on the same column reverses the order. */
  sortBy(key: SortKey): void {
    const dir = this.sortKey === key ? (this.sortDir === 'ascending' ? 'desc' : 'asc') : key === 'name' ? 'asc' : 'desc';
    this.sort = { key, dir };
    fire(this, 'atlas-sort', { sort: this.sort });
  }

  private select(id: string): void {
    fire(this, 'atlas-select', { id });
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-data-table': AtlasDataTable;
  }
}
