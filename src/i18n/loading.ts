/**
 * UI strings of loading the data: slow files, failures and retrying.
 * Merged into MESSAGES by `messages.ts`; keys are prefixed `load.*`.
 */
import type { I18nText } from '../data/schema';

export const LOADING_MESSAGES = {
  'load.slow': { zh: '仍在加载 {file}（已收到 {kb} KB）…', en: 'Still loading {file} ({kb} KB received so far)…' },
  'load.nothing': { zh: '没有加载到任何数据，地图集暂时无法显示。', en: 'No data could be loaded, so the atlas has nothing to show yet.' },
  'load.retry': { zh: '重新加载', en: 'Try again' },
  'load.retryNote': { zh: '网络恢复后会自动重试。', en: 'It tries again by itself when the network comes back.' },
} satisfies Record<string, I18nText>;
