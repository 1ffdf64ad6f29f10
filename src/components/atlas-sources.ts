import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { cssomStyle } from '../embed/cssom-style';
import { defineElement } from '../embed/define';
import { formatCount } from '../data/format';
import type { Lang, MembershipStatus, SourceDef } from '../data/schema';
import { t } from '../i18n/messages';
import { EXIT_COVERAGE_TEXT } from '../i18n/exit-coverage';
import type { ExitCoverageRow } from '../data/value-text';
import { panelTheme } from './panel-theme';
import { readableNote, sourceIndex, sourceTitle, stripIndexIds } from './source-label';

const STATUSES: readonly MembershipStatus[] = ['V', 'K', 'D', 'R'];

/** Bar colours per status: solid for confirmed, paler as certainty drops (all ≥ 3:1 on white except R, which is outlined). */
const STATUS_COLORS: Record<MembershipStatus, string> = { V: '#1f5f99', K: '#5b8fc7', D: '#9bbbe0', R: '#ffffff' };

/** Only http(s) links are rendered as links: the app never follows or fetches them. */
const isWebLink = (url: string) => /^https?:\/\//i.test(url);

/**
 * @summary When given, the membership status mix of the 680 area counties
 * — how many are confirmed by a source (V), consistent (K), derived (D),
 * unverified (R) — then the sources list: title as a link for people (opens
 * in a new tab, never fetched), publisher, date, for a repost its original
 * publisher and date, and how far each is trusted, said in one sentence.
 * Given `used`, the sources behind the current map come first and the rest
 * are folded under "Other sources".
 *
 * @csspart heading - Section headings.
 * @csspart list - The list of sources.
 * @csspart membership - The membership block.
 * @cssproperty --atlas-accent - Link colour.
 * @cssproperty --atlas-muted - Secondary text colour.
 */
@defineElement('atlas-sources')
export class AtlasSources extends LitElement {
  /** Language of the labels. */
  @property({ reflect: true }) override lang: Lang = 'zh';
  /** Sources to list, in the order given. */
  @property({ attribute: false }) sources: SourceDef[] = [];
  /** Ids of the sources behind what is shown now: listed first, the others folded. Null lists all alike. */
  @property({ attribute: false }) used: readonly string[] | null = null;
  /** Per area, how its counties' exit years are known (named, derived, bounded, missing), or null to leave the table out. */
  @property({ attribute: false }) exitCoverage: ExitCoverageRow[] | null = null;
  /** County counts by membership status, or null to leave the block out. */
  @property({ attribute: false }) membership: Record<MembershipStatus, number> | null = null;
  /** Heading level of the section titles (2–6). */
  @property({ type: Number, attribute: 'heading-level' }) headingLevel = 3;

  static override styles = [
    panelTheme,
    css`
      :host {
        display: block;
        font-size: 0.875rem;
      }
      .h {
        font-size: 0.95rem;
        margin: 0.8rem 0 0.35rem;
      }
      ul {
        margin: 0;
        padding-left: 1.1rem;
      }
      li {
        margin: 0.3rem 0;
      }
      .meta {
        color: var(--_muted);
      }
      .trust {
        white-space: nowrap;
        border: 1px solid currentColor;
        border-radius: 3px;
        padding: 0 0.25rem;
        font-size: 0.75rem;
      }
      .trust-low,
      .trust-medium {
        color: var(--_warn);
      }
      .trust-high {
        color: var(--_muted);
      }
      .why {
        display: inline;
      }
      .why summary {
        display: inline;
        cursor: pointer;
        list-style: none;
      }
      .why summary::after {
        content: ' ▸';
        color: var(--_muted);
      }
      .why[open] summary::after {
        content: ' ▾';
      }
      .why p,
      .explain {
        margin: 0.2rem 0 0.4rem;
        color: var(--_muted);
        font-size: 0.8rem;
      }
      .repost {
        display: block;
        font-size: 0.8rem;
      }
      .others > summary {
        cursor: pointer;
        color: var(--_accent);
        margin: 0.6rem 0 0.3rem;
      }
      .bar {
        display: flex;
        height: 0.8rem;
        border: 1px solid #5a5a5a;
        margin: 0.4rem 0;
      }
      .bar span {
        display: block;
        height: 100%;
      }
      .swatch {
        display: inline-block;
        width: 0.8em;
        height: 0.8em;
        border: 1px solid #5a5a5a;
        margin-right: 0.35em;
        vertical-align: -0.05em;
      }
      .membership ul {
        list-style: none;
        padding: 0;
      }
      .count {
        font-weight: 600;
        font-variant-numeric: tabular-nums;
      }
      .exit-coverage table {
        border-collapse: collapse;
        font-size: 0.85em;
      }
      .exit-coverage th,
      .exit-coverage td {
        padding: 0.1rem 0.5rem 0.1rem 0;
        text-align: left;
      }
      .exit-coverage td.count {
        text-align: right;
      }
    `,
  ];

  override render() {
    const lang = this.lang;
    const used = this.used ? new Set(this.used) : null;
    const first = used ? this.sources.filter((s) => used.has(s.id)) : this.sources;
    const rest = used ? this.sources.filter((s) => !used.has(s.id)) : [];
    // The membership mix first: it qualifies every county-based figure and must not hide below a long list.
    return html`
      ${this.membership ? this.renderMembership(this.membership) : nothing}
      ${this.exitCoverage?.length ? this.renderExitCoverage(this.exitCoverage) : nothing}
      ${this.heading(t(lang, used ? 'sources.used' : 'sources.title'))}
      ${first.length === 0
        ? html`<p class="muted">${t(lang, 'sources.none')}</p>`
        : html`<ul part="list">${first.map((s) => this.renderSource(s))}</ul>`}
      ${rest.length
        ? html`<details class="others" part="others">
            <summary>${t(lang, 'sources.others', { n: formatCount(rest.length, lang) })}</summary>
            <ul>${rest.map((s) => this.renderSource(s))}</ul>
          </details>`
        : nothing}
    `;
  }

  private heading(text: string) {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel)));
    return html`<div class="h" part="heading" role="heading" aria-level=${level}>${text}</div>`;
  }

  private renderSource(s: SourceDef) {
    const lang = this.lang;
    const name = sourceTitle(s, lang);
    const title = isWebLink(s.url)
      ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer"
          >${name}<span class="visually-hidden">${t(lang, 'sources.newTab')}</span></a
        >`
      : html`${name}`;
    // A reader-facing label already names the publisher; the recorded publisher is the fallback.
    // The recorded date may carry an English aside ("c. 2018 (not stated; …)"): the date alone is what a citation needs.
    const date = s.date.replace(/\s*\(.*\)\s*$/, '');
    const meta = [s.label ? '' : stripIndexIds(s.publisher), date].filter(Boolean).join(', ');
    const trust = html`<span class="trust trust-${s.trust}"
      >${t(lang, 'sources.trust', { trust: t(lang, `sources.trust.${s.trust}`) })}</span
    >`;
    // One sentence on the trust level, in the reader's language: the source's own when the data has one.
    const explain = s.trustNote?.[lang] || t(lang, `sources.trustExplain.${s.trust}`);
    // The recorded English note (mirrors, spot checks) stays available, folded, to English readers.
    const raw = lang === 'en' && !s.trustNote && s.note ? readableNote(s.note, this.index(), lang) : '';
    return html`<li>
      ${title} ${meta ? html`<span class="meta">— ${meta}</span>` : nothing}
      ${s.original
        ? html`<span class="repost">${t(lang, 'sources.repost', { publisher: s.original.publisher[lang], date: s.original.date })}</span>`
        : nothing}
      <p class="explain">${trust} ${explain}</p>
      ${raw
        ? html`<details class="why">
            <summary>${t(lang, 'sources.why')}</summary>
            <p>${raw}</p>
          </details>`
        : nothing}
    </li>`;
  }

  private indexCache: { of: SourceDef[]; map: Map<string, SourceDef> } | null = null;
  private index(): Map<string, SourceDef> {
    if (this.indexCache?.of !== this.sources) this.indexCache = { of: this.sources, map: sourceIndex(this.sources) };
    return this.indexCache.map;
  }

  private renderExitCoverage(rows: ExitCoverageRow[]) {
    const lang = this.lang;
    const x = EXIT_COVERAGE_TEXT;
    const cols = ['named', 'derived', 'bounded', 'missing', 'total'] as const;
    return html`<div class="exit-coverage" part="exit-coverage">
      ${this.heading(x.title[lang])}
      <p>${x.intro[lang]}</p>
      <table>
        <thead><tr><th scope="col">${x.area[lang]}</th>${cols.map((c) => html`<th scope="col" class="count">${x[c][lang]}</th>`)}</tr></thead>
        <tbody>${rows.map((r) => html`<tr><th scope="row">${r.name[lang]}</th>${cols.map((c) => html`<td class="count">${formatCount(r[c], lang)}</td>`)}</tr>`)}</tbody>
      </table>
    </div>`;
  }

  private renderMembership(counts: Record<MembershipStatus, number>) {
    const lang = this.lang;
    const total = STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
    return html`<div class="membership" part="membership">
      ${this.heading(t(lang, 'sources.membership.title'))}
      <p>${t(lang, 'sources.membership.intro', { total: formatCount(total, lang) })}</p>
      <div class="bar" aria-hidden="true">
        ${STATUSES.map(
          (s) => html`<span style=${cssomStyle({ width: `${total ? (100 * (counts[s] ?? 0)) / total : 0}%`, background: STATUS_COLORS[s] })}></span>`,
        )}
      </div>
      <ul>
        ${STATUSES.map(
          (s) => html`<li>
            <span class="swatch" style=${cssomStyle({ background: STATUS_COLORS[s] })} aria-hidden="true"></span>
            <span class="count">${t(lang, 'sources.membership.count', { n: formatCount(counts[s] ?? 0, lang) })}</span>
            ${t(lang, `sources.membership.${s}`)}
          </li>`,
        )}
      </ul>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'atlas-sources': AtlasSources;
  }
}
