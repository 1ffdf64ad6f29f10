/**
 * How an atlas opens a story presentation: its `story` attribute, a
 * `#story=…&step=N` link (with `url-state`), the Present button, or a story
 * file dropped onto it. The presenter (<atlas-story>) is laid over the whole
 * page and removed again when the reader leaves it.
 */
import type { Lang } from '../data/schema';
import { readStoryHash } from '../story/story-url';
import type { AtlasStory } from './atlas-story';
import './atlas-story';

interface Host extends HTMLElement {
  lang: string;
}

export interface PresentOptions {
  /** Story URL (relative to the page); none: the presenter offers the shipped stories and a file picker. */
  src?: string;
  /** A story file's text (a dropped or picked file). */
  text?: string;
  fileName?: string;
  step?: number;
}

/** Opens the presenter over the page for `host`'s data and language; returns it. */
export function presentStory(host: Host, options: PresentOptions = {}): AtlasStory {
  document.querySelector('atlas-story[data-launched]')?.remove();
  const presenter = document.createElement('atlas-story');
  presenter.setAttribute('data-launched', '');
  const base = host.getAttribute('data-base');
  if (base !== null) presenter.setAttribute('data-base', base);
  presenter.lang = (host.lang === 'en' ? 'en' : 'zh') as Lang;
  presenter.url = host.hasAttribute('url-state') || host.hasAttribute('story');
  if (options.text !== undefined) {
    presenter.text = options.text;
    presenter.fileName = options.fileName ?? '';
  } else if (options.src) presenter.src = options.src;
  presenter.step = options.step ?? 1;
  presenter.addEventListener('atlas-story-exit', () => {
    presenter.remove();
    host.focus?.();
  });
  document.body.append(presenter);
  return presenter;
}

/** True for a dragged item that may be a story file (Markdown or plain text). */
function isStoryFile(file: File): boolean {
  return /\.(md|markdown|txt)$/i.test(file.name) || file.type === 'text/markdown' || file.type === 'text/plain';
}

/**
 * Wires the ways in: opens the story of the `story` attribute or of the URL
 * (when the atlas keeps its state there), and presents a story file dropped
 * onto the atlas. Call once when the atlas connects; returns a function that
 * removes the drop listeners.
 */
export function attachStoryLauncher(host: Host): () => void {
  // The presenter's own atlas: the presenter handles drops and links itself.
  if ((host.getRootNode() as ShadowRoot).host?.localName === 'atlas-story') return () => {};
  const fromUrl = host.hasAttribute('url-state') ? readStoryHash(location.hash) : null;
  const src = host.getAttribute('story');
  if (fromUrl && (!src || fromUrl.story === src)) presentStory(host, { src: fromUrl.story.startsWith('file:') ? undefined : fromUrl.story, step: fromUrl.step });
  else if (src) presentStory(host, { src });
  const over = (e: DragEvent) => {
    if ([...(e.dataTransfer?.items ?? [])].some((i) => i.kind === 'file')) e.preventDefault();
  };
  const drop = async (e: DragEvent) => {
    const file = [...(e.dataTransfer?.files ?? [])].find(isStoryFile);
    if (!file) return;
    e.preventDefault();
    presentStory(host, { text: await file.text(), fileName: file.name });
  };
  host.addEventListener('dragover', over);
  host.addEventListener('drop', drop);
  return () => {
    host.removeEventListener('dragover', over);
    host.removeEventListener('drop', drop);
  };
}
