/**
 * Short names for sources and the trust rule the panels share (no DOM).
 */
import type { SourceDef, Trust } from '../data/schema';

/** At most this many characters of a source name in a tooltip. */
const SHORT_MAX = 36;

/**
 * A source's short name for tight places: its publisher (else its title)
 * without parenthesised asides, cut with "…".
 */
export function sourceShortName(source: Pick<SourceDef, 'publisher' | 'title'>): string {
  const full = (source.publisher || source.title).trim();
  const name = full.replace(/\s*[(（][^()（）]*[)）]/g, '').replace(/\s+/g, ' ').trim() || full;
  return name.length <= SHORT_MAX ? name : `${name.slice(0, SHORT_MAX - 1).trimEnd()}…`;
}

/** True for sources the atlas marks as less trusted: `low` (medium is the norm for secondary copies). */
export function isLowTrust(trust: Trust | undefined): boolean {
  return trust === 'low';
}

/** Lookup of sources by id; ids not in the list map to nothing. */
export function sourceIndex(sources: readonly SourceDef[]): Map<string, SourceDef> {
  return new Map(sources.map((s) => [s.id, s]));
}
