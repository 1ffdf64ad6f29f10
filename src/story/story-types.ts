/**
 * A story: a title and a list of steps, each an atlas state to restore plus a
 * caption in Chinese and English and optional speaker notes. Plain data (JSON
 * serialisable), so a notes window can receive it over a BroadcastChannel.
 */
import type { I18nText, Lang } from '../data/schema';
import type { AtlasState } from '../state/atlas-state';

/** The atlas state a step restores: every AtlasState field but the reader's language. */
export type StoryStepState = Omit<AtlasState, 'lang'>;

/** A figure quoted in a caption: `{{indicator entity year}}`. */
export interface ValueRef {
  indicator: string;
  entity: string;
  year: number;
}

/** A run of caption text: plain, bold, or a figure from the data. */
export type Inline = { kind: 'text'; text: string; strong: boolean } | { kind: 'value'; ref: ValueRef; strong: boolean };

/** A paragraph or a list item of a caption. */
export interface Block {
  kind: 'p' | 'li';
  inlines: Inline[];
}

export interface Caption {
  /** The step's heading ('' when the section has no `#` line). */
  heading: string;
  blocks: Block[];
}

/** The national trend chart shown over the map, with an optional span of years shaded. */
export interface StoryChart {
  kind: 'national';
  span: [number, number] | null;
}

export interface StoryStep {
  /** 1-based, as shown in "3 / 9" and in error messages. */
  index: number;
  /** Line of the file where the step's front matter opens. */
  line: number;
  state: StoryStepState;
  chart: StoryChart | null;
  caption: Record<Lang, Caption>;
  /** Speaker notes as written ('' when none). */
  notes: string;
  /** Every figure the captions quote, in order of appearance (both languages). */
  refs: ValueRef[];
}

export interface Story {
  title: I18nText;
  summary: I18nText | null;
  steps: StoryStep[];
}

/**
 * A problem in a story file. `step` 0 is the story header; `field` names the
 * key (`year`, `camera.zoom`), the caption section (`caption.en`) or `file`.
 */
export interface StoryIssue {
  step: number;
  line: number;
  field: string;
  message: I18nText;
}

export type StoryResult =
  | { ok: true; story: Story; warnings: StoryIssue[] }
  | { ok: false; errors: StoryIssue[]; warnings: StoryIssue[] };
