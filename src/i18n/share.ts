/**
 * UI strings of sharing, embedding and downloading (atlas-share.ts,
 * src/export/). Merged into MESSAGES by `messages.ts`; keys are prefixed
 * `share.*` and `export.*`.
 */
import type { I18nText } from '../data/schema';

export const SHARE_MESSAGES = {
  'share.button': { zh: '分享', en: 'Share' },
  'share.title': { zh: '分享与嵌入', en: 'Share and embed' },
  'share.close': { zh: '关闭', en: 'Close' },
  'share.link': { zh: '此视图的链接', en: 'Link to this view' },
  'share.linkNote': { zh: '链接包含当前的视图、指标、年份、所选地区和地图位置。', en: 'The link keeps the view, indicator, year, selected place and map position shown now.' },
  'share.copyLink': { zh: '复制链接', en: 'Copy link' },
  'share.copy': { zh: '复制', en: 'Copy' },
  'share.copied': { zh: '已复制', en: 'Copied' },
  'share.copyFailed': { zh: '无法自动复制，请选中后按 Ctrl+C', en: 'Could not copy; select it and press Ctrl+C' },
  'share.embed': { zh: '嵌入到网页', en: 'Embed in a page' },
  'share.controls': { zh: '控件', en: 'Controls' },
  'share.controls.full': { zh: '全部', en: 'Full' },
  'share.controls.minimal': { zh: '仅图例和年份', en: 'Legend and year only' },
  'share.controls.none': { zh: '无', en: 'None' },
  'share.iframe': { zh: 'iframe 嵌入（推荐：适用于任何网站，包括有严格安全策略的网站）', en: 'iframe embed (recommended: works on any site, including strict security policies)' },
  'share.iframeNote': { zh: '第二行让 iframe 随内容自动调整高度。', en: 'The second line lets the iframe follow the height of its content.' },
  'share.script': { zh: '脚本嵌入（与页面融为一体，可用 CSS 调整样式）', en: 'Script embed (part of the page, styled with its CSS)' },
  'share.preview': { zh: '预览', en: 'Preview' },
  'share.previewTitle': { zh: '嵌入预览', en: 'Embed preview' },
  'export.button': { zh: '下载', en: 'Download' },
  'export.title': { zh: '下载当前视图', en: 'Download this view' },
  'export.png': { zh: '图片 PNG（屏幕尺寸）', en: 'Image, PNG (screen size)' },
  'export.png2x': { zh: '图片 PNG（2 倍，适合印刷）', en: 'Image, PNG (2×, for print)' },
  'export.csv': { zh: '表格数据 CSV（UTF-8，Excel 可直接打开）', en: 'Table data, CSV (UTF-8, opens in Excel)' },
  'export.working': { zh: '正在生成……', en: 'Preparing…' },
  'export.failed': { zh: '生成失败：{reason}', en: 'Could not prepare it: {reason}' },
  'export.done': { zh: '已下载 {file}', en: 'Downloaded {file}' },
  'export.credit': { zh: '贫困地区地图集', en: 'Poverty atlas' },
} satisfies Record<string, I18nText>;
