import { describe, expect, it } from 'vitest';
import { EMPTY_STATE, formatField, FIELD_NAMES, type AtlasState } from '../state/atlas-state';
import { parseUrlState } from '../state/url-state';
import { embedUrl, iframeSnippet, scriptSnippet, shareLink } from './snippets';

const ROOT = 'https://news.example.org/atlas/';
/** Chengdu's GDP in 2016 (seed 004), selected, in English, zoomed in. */
const state: AtlasState = {
  ...EMPTY_STATE,
  view: 'sichuan',
  indicator: 'gdp',
  year: 2016,
  lang: 'en',
  selected: '510100',
  camera: { lng: 103.5, lat: 30.2, zoom: 6.25 },
};

/** The fields of a raw state as the URL writes them. */
const asUrl = (s: AtlasState) => Object.fromEntries(FIELD_NAMES.map((f) => [f, formatField(f, s[f] as never)]));

describe('share and embed snippets', () => {
  it('the link opens the full atlas at the same state', () => {
    const link = new URL(shareLink(state, ROOT));
    expect(link.origin + link.pathname).toBe(ROOT);
    const raw = parseUrlState(link.hash);
    expect(raw).toMatchObject({ view: 'sichuan', indicator: 'gdp', year: '2016', lang: 'en', selected: '510100' });
    expect(raw.camera).toBe(asUrl(state).camera);
  });

  it('the iframe src carries the same state and the chosen controls; & is escaped in the HTML', () => {
    const snippet = iframeSnippet(state, 'minimal', ROOT, 'Poverty atlas');
    const src = /src="([^"]+)"/.exec(snippet)![1].replace(/&amp;/g, '&');
    expect(src).toBe(embedUrl(state, 'minimal', ROOT));
    const url = new URL(src);
    expect(url.pathname).toBe('/atlas/embed.html');
    expect(url.searchParams.get('controls')).toBe('minimal');
    expect(parseUrlState(url.search.slice(1))).toMatchObject({ view: 'sichuan', year: '2016', selected: '510100' });
    expect(snippet).not.toMatch(/src="[^"]*&[a-z]+=/);
    expect(snippet).toContain(`<script src="${ROOT}embed/iframe-resize.js" async></script>`);
  });

  it('the script snippet writes one attribute per field as in the URL, and no controls attribute for full', () => {
    const snippet = scriptSnippet(state, 'full', ROOT);
    expect(snippet.split('\n')[0]).toBe(`<script type="module" src="${ROOT}embed/poverty-atlas.js"></script>`);
    const attrs = Object.fromEntries([...snippet.split('\n')[1].matchAll(/ ([a-z0-9]+)="([^"]*)"/g)].map((m) => [m[1], m[2]]));
    expect(attrs).toMatchObject({ view: 'sichuan', indicator: 'gdp', year: '2016', lang: 'en', selected: '510100', camera: asUrl(state).camera });
    expect(attrs).not.toHaveProperty('controls');
    expect(scriptSnippet(state, 'none', ROOT)).toContain(' controls="none"></poverty-atlas>');
  });
});
