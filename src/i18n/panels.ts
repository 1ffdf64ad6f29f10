/**
 * UI strings of the panels (tooltip, detail panel, line chart, data table,
 * sources). Owned by the panels' author; `messages.ts` merges these with the
 * core strings, so keys must not clash with it (prefix them: `panel.*`,
 * `table.*`, `sources.*`, `tooltip.*`, `chart.*`).
 *
 * Placeholders are written `{name}` and filled by `t(lang, key, {name})`.
 */
import type { I18nText } from '../data/schema';

export const PANEL_MESSAGES = {} satisfies Record<string, I18nText>;
