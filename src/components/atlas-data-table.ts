import { LitElement, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../embed/define';
import { ifDefined } from 'lit/directives/if-defined.js';
import { formatCount, formatNumber, formatValue, unitLabel } from '../data/format';
import type { I18nText, IndicatorDef, Lang, SeriesBreak, SourceDef, ValueNote } from '../data/schema';
import { t } from '../i18n/messages';
import type { TableSort } from '../state/atlas-state';
import { fire } from './atlas-events';
import { panelTheme } from './panel-theme';
import { dataTableStyles } from './atlas-data-table-styles';
import type { ShownValue } from './shown-value';
import { isLowTrust, readableNote, sourceIndex, sourceName } from './source-label';
import { sortTableRows, type SortDir, type SortKey } from './sort-table-rows';
import type { JoinedBounds } from '../data/join-series';
import { valueText } from '../data/value-text';
import { formatChange, hasChange, yearChange, type YearChange } from '../data/year-change';
import { breakApplies } from '../data/series-rules';

/** One region of the table: what the map shows for it. */
export interface TableRow {
  id: string;
  name: I18nText;
  /** The joined value for the selected year, or null for no data. */
  value: ShownValue | null;
  /** Where only a range is known for the selected year: the range (shown as such, e.g. "2018 or 2019"). */
  bounds?: JoinedBounds | null;
}

/** Unit of a change: percentage points for a percentage, else the indicator's unit. */
const changeUnit = (ind: IndicatorDef, lang: Lang) => (ind.csvUnit === '%' ? t(lang, 'year2.points') : unitLabel(ind, lang) || '—');

/** A row with the second year's value and the change between the two (when comparing years). */
interface ComparedRow extends TableRow {
  value2: ShownValue | null;
  /** The second year's range where its value is known only as one. */
  bounds2: JoinedBounds | null;
  change: number | null;
  diff: YearChange;
}

/**
 * @summary The data table: exactly what the map shows — each region's value
 * for the selected year, the year it is from and its source — as a real
 * <table> with a caption. Sortable by name or value (column header buttons,
 * `aria-sort`); "no data" rows stay last. A region's name is a button that
 * selects it. With a second year (`year2`, chosen above the table) it shows
 * both years' values side by side, in time order, and the change between
 * them: none where a value is missing or a series break lies between them.
 *
 * @event atlas-select - A region's name was activated. detail: `{ id: string }`.
 * @event atlas-year2 - A second year (or none) was chosen. detail: `{ year: number | null }`.
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

  /** The second year compared with the selected one (the atlas state's `year2`), or null. */
  @property({ attribute: false }) year2: number | null = null;
  /** The rows for the second year (same regions, values of `year2`). */
  @property({ attribute: false }) rows2: TableRow[] = [];
  /** Years the indicator has data for: the choices of the second year. */
  @property({ attribute: false }) years: number[] = [];

  /** The order (the atlas state's `sort`; null: by value, descending). A header click sends `atlas-sort`. */
  @property({ attribute: false }) sort: TableSort | null = null;

  private get sortKey(): SortKey {
    const keys: SortKey[] = this.second() === null ? ['name', 'value'] : ['name', 'value', 'value2', 'change'];
    return keys.find((k) => k === this.sort?.key) ?? 'value';
  }

  /** The second year in use: a data year other than the selected one, else null. */
  private second(): number | null {
    const y = this.year2;
    return y !== null && y !== this.selectedYear && this.years.includes(y) ? y : null;
  }

  /** Rows with the second year's value and the change. */
  private compared(ind: IndicatorDef): ComparedRow[] {
    const second = new Map(this.rows2.map((r) => [r.id, r]));
    return this.rows.map((r) => {
      const value2 = second.get(r.id)?.value ?? null;
      const bounds2 = second.get(r.id)?.bounds ?? null;
      const diff = hasChange(ind) ? yearChange(r.value, value2, this.breaks, r.id, ind.id) : ({ kind: 'missing' } as const);
      return { ...r, value2, bounds2, diff, change: diff.kind === 'change' ? diff.delta : null };
    });
  }

  private get sortDir(): SortDir {
    return this.sort?.key === this.sortKey && this.sort.dir === 'asc' ? 'ascending' : 'descending';
  }

  static override styles = [panelTheme, dataTableStyles];

  override render() {
    const { indicator: ind, lang } = this;
    if (!ind) return nothing;
    const year2 = this.second();
    const all: Array<TableRow | ComparedRow> = year2 === null ? this.rows : this.compared(ind);
    const withValue = this.rows.filter((r) => r.value !== null).length;
    const rows = sortTableRows(all, this.sortKey, this.sortDir, lang);
    const bySource = sourceIndex(this.sources);
    const unit = unitLabel(ind, lang);
    // The unit is in the caption and header; coded values (categories, exit years) show their label.
    const cell = (v: number) => (ind.categories ? formatValue(v, ind, lang) : formatNumber(v, ind, lang));
    // Footnotes: notes on the values of this indicator and year, numbered in row order.
    const ids = new Set(rows.map((r) => r.id));
    const notes: Array<{ entityId: string; note: I18nText }> = [
      ...this.notes.filter((n) => n.indicator === ind.id && n.year === this.selectedYear && ids.has(n.entityId)),
      ...this.breaks.filter((b) => b.year === this.selectedYear && ids.has(b.entityId) && breakApplies(b, b.entityId, ind.id)),
    ];
    const noteNo = new Map(
      rows.filter((r) => notes.some((n) => n.entityId === r.id)).map((r, i) => [r.id, i + 1] as const),
    );
    const mark = (id: string) => {
      const no = noteNo.get(id);
      return no ? html`<sup class="mark">${no}</sup>` : nothing;
    };
    const described = (id: string) => (noteNo.has(id) ? `note-${noteNo.get(id)}` : undefined);
    // Comparing: both years in time order, the selected year's column carries the footnote marks.
    const order = year2 === null ? [] : [this.selectedYear, year2].sort((a, b) => a - b);
    const valueCell = (r: TableRow | ComparedRow, year: number) => {
      const v = year === this.selectedYear ? r.value : (r as ComparedRow).value2;
      const m = year === this.selectedYear ? mark(r.id) : nothing;
      const by = year === this.selectedYear ? ifDefined(described(r.id)) : undefined;
      const range = v ? null : valueText(null, year === this.selectedYear ? r.bounds : (r as ComparedRow).bounds2, ind, lang);
      if (range) return html`<td class="num range" title=${range.note} aria-describedby=${ifDefined(by)}>${range.label}${m}</td>`;
      if (!v) return html`<td class="num none" aria-describedby=${ifDefined(by)}>${t(lang, 'table.noData')}${m}</td>`;
      const from = v.year !== year ? html`<span class="from">${t(lang, 'tooltip.valueFrom', { year: v.year })}</span>` : nothing;
      const derived = valueText(v, null, ind, lang);
      const how = derived?.derived ? html`<span class="from" title=${derived.note}>${derived.mark}</span>` : nothing;
      return html`<td class="num" aria-describedby=${ifDefined(by)}>${cell(v.value)}${m}${how}${from}</td>`;
    };
    return html`${this.renderYear2(year2)}<table part="table">
      <caption part="caption">
        ${year2 === null
          ? t(lang, 'table.caption', { indicator: ind.name[lang], unit: unit || '—', year: this.selectedYear })
          : t(lang, 'year2.caption', { indicator: ind.name[lang], unit: unit || '—', from: order[0], to: order[1] })}
        <span class="coverage"
          >${t(lang, 'table.coverage', { n: formatCount(withValue, lang), total: formatCount(this.rows.length, lang) })}</span
        >
      </caption>
      <thead>
        <tr>
          ${this.sortableHeader('name', t(lang, 'table.name'))}
          ${year2 === null
            ? html`${this.sortableHeader('value', unit ? t(lang, 'table.valueUnit', { unit }) : t(lang, 'table.value'), 'num')}
                <th scope="col" class="num">${t(lang, 'table.year')}</th>`
            : html`${order.map((y) => this.sortableHeader(y === this.selectedYear ? 'value' : 'value2', t(lang, 'year2.column', { year: y }), 'num'))}
                ${hasChange(ind) ? this.sortableHeader('change', t(lang, 'year2.change', { from: order[0], to: order[1], unit: changeUnit(ind, lang) }), 'num') : nothing}`}
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
            ${year2 !== null
              ? html`${order.map((y) => valueCell(r, y))}${hasChange(ind) ? this.changeCell((r as ComparedRow).diff, ind) : nothing}`
              : r.value
                ? html`${valueCell(r, this.selectedYear)}<td class="num">${r.value.year}</td>`
                : html`${valueCell(r, this.selectedYear)}<td></td>`}
            <td class="src col-src" title=${source?.title ?? ''}>${src}</td>
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

  /** The second-year chooser; not for an indicator with fewer than two years of data. */
  private renderYear2(year2: number | null) {
    const lang = this.lang;
    if (this.years.length < 2) return nothing;
    const choices = this.years.filter((y) => y !== this.selectedYear);
    const pick = (e: Event) => {
      const v = (e.target as HTMLSelectElement).value;
      fire(this, 'atlas-year2', { year: v ? Number(v) : null });
    };
    return html`<label class="year2" part="year2">
      <span>${t(lang, 'year2.label', { year: this.selectedYear })}</span>
      <select @change=${pick}>
        <option value="" ?selected=${year2 === null}>${t(lang, 'year2.none')}</option>
        ${choices.map((y) => html`<option value=${y} ?selected=${y === year2}>${y}</option>`)}
      </select>
    </label>`;
  }

  /** The change between the two years: signed, or why there is none. */
  private changeCell(diff: YearChange, ind: IndicatorDef) {
    const lang = this.lang;
    if (diff.kind === 'break') return html`<td class="num brk">${t(lang, 'year2.breakBetween', { year: diff.year })}</td>`;
    if (diff.kind === 'missing') return html`<td class="num none">${t(lang, 'table.noData')}</td>`;
    return html`<td class="num">${formatChange(diff.delta, ind, lang)}</td>`;
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
