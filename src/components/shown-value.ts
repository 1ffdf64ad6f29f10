/**
 * What the panels need of a joined value (src/data/join-series.ts): the
 * number in CSV units, the year it is from (may be earlier than the selected
 * year) and its source id.
 */
import type { JoinedValue } from '../data/join-series';

export type ShownValue = Pick<JoinedValue, 'value' | 'year' | 'sourceId' | 'method'>;
