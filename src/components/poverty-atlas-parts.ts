/**
 * Small templates of <poverty-atlas> (error banner, tabs) and the elements it
 * is made of, registered by importing them here.
 */
import { html, nothing } from 'lit';
import type { Lang } from '../data/schema';
import type { DataError } from '../data/data-error';
import { t } from '../i18n/messages';
import './atlas-map';
import './atlas-legend';
import './atlas-timeline';
import './atlas-indicator-picker';
import './atlas-lang-switch';
import './atlas-view-switch';
import './atlas-tooltip';
import './atlas-detail-panel';
import './atlas-data-table';
import './atlas-sources';

export type Tab = 'map' | 'table' | 'sources';

/** Where the detail panel covers the map (see poverty-atlas-styles.ts), px. */
export const DESKTOP_INSET = { right: 352, bottom: 0 };
export const PHONE_INSET = { right: 0, bottom: 0 };
const TABS: Tab[] = ['map', 'table', 'sources'];

/** Data problems, each naming file, row and field; the rest of the atlas keeps working. */
export function errorsTemplate(lang: Lang, errors: DataError[]) {
  if (!errors.length) return nothing;
  return html`<div class="banner"><strong>${t(lang, 'app.error')}</strong>
    ${errors.map((e) => html`<p>${t(lang, e.row ? 'app.errorDetail' : 'app.errorFile', { file: e.file, row: e.row, field: e.field, reason: e.reason })}</p>`)}
    <p>${t(lang, 'app.errorRest')}</p></div>`;
}

/** Map / table / sources toggle buttons. */
export function tabsTemplate(lang: Lang, current: Tab, choose: (tab: Tab) => void) {
  return html`<div class="seg tabs" role="group" aria-label=${t(lang, 'tabs.label')}>
    ${TABS.map((tab) => html`<button type="button" aria-pressed=${String(current === tab)} @click=${() => choose(tab)}>${t(lang, `tabs.${tab}`)}</button>`)}
  </div>`;
}
