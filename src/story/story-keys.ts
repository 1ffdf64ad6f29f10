/**
 * Which presenter action a key press means. Clickers send PageUp / PageDown
 * (some also B or "." to blank the screen, which we leave to the browser).
 */
export type StoryAction = 'next' | 'prev' | 'first' | 'last' | 'exit' | 'notes' | 'notesWindow' | 'fullscreen' | 'lang';

const KEYS: Record<string, StoryAction> = {
  ArrowRight: 'next',
  ArrowDown: 'next',
  PageDown: 'next',
  ' ': 'next',
  Spacebar: 'next',
  ArrowLeft: 'prev',
  ArrowUp: 'prev',
  PageUp: 'prev',
  Home: 'first',
  End: 'last',
  Escape: 'exit',
  n: 'notes',
  N: 'notes',
  w: 'notesWindow',
  W: 'notesWindow',
  f: 'fullscreen',
  F: 'fullscreen',
  l: 'lang',
  L: 'lang',
};

/** Keys a clicker sends: the presenter takes them even while the map or timeline has focus. */
const ALWAYS = new Set(['PageDown', 'PageUp']);

/**
 * The action for a key, or null. `inControl`: focus is in a control that
 * uses the key itself (the map, the timeline slider, a chart, a button for
 * space and Enter); then only the clicker keys step.
 */
export function storyAction(e: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>, inControl: boolean): StoryAction | null {
  if (e.ctrlKey || e.metaKey || e.altKey) return null;
  const action = KEYS[e.key] ?? null;
  if (!action) return null;
  if (inControl && !ALWAYS.has(e.key)) return null;
  return action;
}

/** Messages between the presenter and its notes window (BroadcastChannel). */
export type NotesMessage =
  | { type: 'hello' }
  | { type: 'go'; step: number }
  | { type: 'action'; action: 'next' | 'prev' | 'first' | 'last' }
  | { type: 'state'; title: string; lang: 'zh' | 'en'; step: number; steps: Array<{ heading: string; caption: string; notes: string }> }
  | { type: 'closed' };
