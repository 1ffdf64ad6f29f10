/**
 * Short names for sources, the trust rule the panels share, and readable
 * notes: a note that cites a source by its id ("S43", "seed 004",
 * "种子文献004") names the source instead, so no internal id reaches the
 * screen (no DOM).
 */
import type { Lang, SourceDef, Trust } from '../data/schema';

/** At most this many characters of a source name in a tooltip. */
const SHORT_MAX = 36;
/** At most this many characters of a reader-facing source label in a tooltip or note. */
const LABEL_MAX = 80;

/**
 * A source's short name for tight places: its publisher (else its title)
 * without parenthesised asides, cut with "…".
 */
export function sourceShortName(source: Pick<SourceDef, 'publisher' | 'title'>): string {
  const full = (source.publisher || source.title).trim();
  const name = full.replace(/\s*[(（][^()（）]*[)）]/g, '').replace(/\s+/g, ' ').trim() || full;
  return cut(name, SHORT_MAX);
}

/** True for sources the atlas marks as less trusted: `low` (medium is the norm for secondary copies). */
export function isLowTrust(trust: Trust | undefined): boolean {
  return trust === 'low';
}

/** Lookup of sources by id; ids not in the list map to nothing. */
export function sourceIndex(sources: readonly SourceDef[]): Map<string, SourceDef> {
  return new Map(sources.map((s) => [s.id, s]));
}

/** Source ids as notes write them: "S43", "SEED004", "seed 004", "Seed 003", "种子文献004". */
const CITED_ID = /种子文献\s*0*(\d+)|\b[Ss]eed[\s-]*0*(\d+)\b|\b(SEED\d+|SC\d+|[SENTR]\d+)\b/g;
/** Catalogue numbers that mean nothing to a reader ("index id 27526441033"). */
const INDEX_ID = /\s*index id \d+;?\s*/gi;

/**
 * `text` with every cited source id replaced by that source's short name
 * (ids that name no source stay as written) and catalogue numbers removed.
 */
export function readableNote(text: string, sources: ReadonlyMap<string, SourceDef>, lang: Lang): string {
  return text
    .replace(CITED_ID, (all, zhSeed?: string, enSeed?: string, id?: string) => {
      const key = id ?? `SEED${String(zhSeed ?? enSeed).padStart(3, '0')}`;
      const source = sources.get(key);
      return source ? sourceName(source, lang) : all;
    })
    .replace(INDEX_ID, ' ')
    .replace(/\(\s+/g, '(')
    .trim();
}

/** A source's name in the reader's language: its reader-facing label when the data gives one, else its publisher's short name. */
export function sourceName(source: Pick<SourceDef, 'id' | 'publisher' | 'title' | 'label'>, lang: Lang): string {
  const label = source.label?.[lang]?.trim();
  // "Paper on industrial poverty alleviation in Aba, figure 1: Sichuan prefecture GDP 2010–2016" → its part before the colon.
  const head = label?.split(/[:：]/)[0].trim();
  if (label && head) return cut(head.length >= 8 ? head : label, LABEL_MAX);
  return stripIndexIds(sourceShortName(source)) || source.id;
}

/** A source's full title for the sources list: its reader-facing label in `lang`, else its recorded title without catalogue numbers. */
export function sourceTitle(source: Pick<SourceDef, 'title' | 'label'>, lang: Lang): string {
  return source.label?.[lang]?.trim() || stripIndexIds(source.title);
}

/** `text` without catalogue numbers ("GitHub file (index id 27526441033; repo name not exposed)" → "GitHub file (repo name not exposed)"). */
export function stripIndexIds(text: string): string {
  return text.replace(INDEX_ID, ' ').replace(/\(\s+/g, '(').replace(/\s+\)/g, ')').replace(/\s+/g, ' ').trim();
}

/** `text` cut to at most `max` characters, with "…". */
function cut(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}
