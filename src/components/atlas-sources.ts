import { LitElement, css, html, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { styleMap } from 'lit/directives/style-map.js';
import { defineElement } from '../embed/define';
import { formatCount } from '../data/format';
import type { Lang, MembershipStatus, SourceDef } from '../data/schema';
import { t } from '../i18n/messages';
import { panelTheme } from './panel-theme';

const STATUSES: readonly MembershipStatus[] = ['V', 'K', 'D', 'R'];

/** Bar colours per status: solid for confirmed, paler as certainty drops (all ≥ 3:1 on white except R, which is outlined). */
const STATUS_COLORS: Record<MembershipStatus, string> = { V: '#1f5f99', K: '#5b8fc7', D: '#9bbbe0', R: '#ffffff' };

/** Only http(s) links are rendered as links: the app never follows or fetches them. */
const isWebLink = (url: string) => /^https?:\/\//i.test(url);

/**
 * @summary When given, the membership status mix of the 680 area counties
 * — how many are confirmed by a source (V), consistent (K), derived (D),
 * unverified (R) — then the sources list: title as a link for people (opens
 * in a new tab, never fetched), publisher, date and how far each is trusted.
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
      .why p {
        margin: 0.2rem 0 0.4rem;
        color: var(--_muted);
        font-size: 0.8rem;
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
    `,
  ];

  override render() {
    const lang = this.lang;
    // The membership mix first: it qualifies every county-based figure and must not hide below a long list.
    return html`
      ${this.membership ? this.renderMembership(this.membership) : nothing}
      ${this.heading(t(lang, 'sources.title'))}
      ${this.sources.length === 0
        ? html`<p class="muted">${t(lang, 'sources.none')}</p>`
        : html`<ul part="list">${this.sources.map((s) => this.renderSource(s))}</ul>`}
    `;
  }

  private heading(text: string) {
    const level = Math.min(6, Math.max(2, Math.round(this.headingLevel)));
    return html`<div class="h" part="heading" role="heading" aria-level=${level}>${text}</div>`;
  }

  private renderSource(s: SourceDef) {
    const lang = this.lang;
    const title = isWebLink(s.url)
      ? html`<a href=${s.url} target="_blank" rel="noopener noreferrer"
          >${s.title}<span class="visually-hidden">${t(lang, 'sources.newTab')}</span></a
        >`
      : html`${s.title}`;
    const meta = [s.publisher, s.date].filter(Boolean).join(', ');
    const trust = html`<span class="trust trust-${s.trust}"
      >${t(lang, 'sources.trust', { trust: t(lang, `sources.trust.${s.trust}`) })}</span
    >`;
    // The trust note (sources.csv, English) opens from the trust badge, so 95 sources stay a readable list.
    return html`<li>
      ${title} ${meta ? html`<span class="meta">— ${meta}</span>` : nothing}
      ${s.note
        ? html`<details class="why">
            <summary>${trust}<span class="visually-hidden">${t(lang, 'sources.why')}</span></summary>
            <p lang="en">${s.note}</p>
          </details>`
        : trust}
    </li>`;
  }

  private renderMembership(counts: Record<MembershipStatus, number>) {
    const lang = this.lang;
    const total = STATUSES.reduce((sum, s) => sum + (counts[s] ?? 0), 0);
    return html`<div class="membership" part="membership">
      ${this.heading(t(lang, 'sources.membership.title'))}
      <p>${t(lang, 'sources.membership.intro', { total: formatCount(total, lang) })}</p>
      <div class="bar" aria-hidden="true">
        ${STATUSES.map(
          (s) => html`<span style=${styleMap({ width: `${total ? (100 * (counts[s] ?? 0)) / total : 0}%`, background: STATUS_COLORS[s] })}></span>`,
        )}
      </div>
      <ul>
        ${STATUSES.map(
          (s) => html`<li>
            <span class="swatch" style=${styleMap({ background: STATUS_COLORS[s] })} aria-hidden="true"></span>
            <span class="count">${t(lang, 'sources.membership.count', { n: formatCount(counts[s] ?? 0, lang) })}</span>
            ${t(lang, `sources.membership.${s}`)} (${s})
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
