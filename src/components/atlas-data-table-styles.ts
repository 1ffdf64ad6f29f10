/**
 * Styles of <atlas-data-table>: a plain ruled table, numbers right-aligned
 * in tabular figures; in a narrow container the source moves under the name.
 */
import { css } from 'lit';

export const dataTableStyles = css`
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
          .year2 {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.3rem 0.5rem;
        margin: 0 0 0.5rem;
        font-size: 0.85rem;
      }
      .year2 select {
        font: inherit;
        padding: 0.2rem 0.4rem;
        border: 1px solid var(--_border);
        border-radius: 4px;
        background: var(--_bg);
        color: var(--_text);
      }
      .from {
        display: block;
        color: var(--_muted);
        font-size: 0.75rem;
      }
      .up {
        color: var(--_text);
      }
      .brk {
        color: var(--_warn);
        font-size: 0.8rem;
        white-space: normal;
      }
`;
