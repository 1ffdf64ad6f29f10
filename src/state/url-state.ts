/**
 * The atlas state in a URL hash: `#view=sichuan&indicator=gdp&year=2016&lang=en`.
 * Opt-in per instance (the `url-state` attribute) so embeds do not fight over
 * the page's URL. Parsing returns raw values; validation happens in
 * `resolveState`, like for attributes.
 */
import type { AtlasState, RawState } from './atlas-state';

const FIELDS = ['view', 'indicator', 'year', 'lang', 'selected'] as const;

/** `#view=…&indicator=…` for a state; `selected` only when set. */
export function serializeUrlState(state: AtlasState): string {
  const params = new URLSearchParams();
  for (const field of FIELDS) {
    const value = state[field];
    if (value !== null && value !== '' && value !== 0) params.set(field, String(value));
  }
  return `#${params.toString()}`;
}

/** Raw state from a hash (with or without the leading `#`); unknown keys are ignored. */
export function parseUrlState(hash: string): RawState {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const raw: RawState = {};
  for (const field of FIELDS) {
    const value = params.get(field);
    if (value !== null) raw[field] = value;
  }
  return raw;
}
