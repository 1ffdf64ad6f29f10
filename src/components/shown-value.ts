/**
 * What the panels need of a joined value: the number (CSV units), the year
 * it is from (may be earlier than the selected year) and its source id.
 * `JoinedValue` of src/data/join-series.ts fits this shape.
 */
export interface ShownValue {
  value: number;
  year: number;
  sourceId: string;
}
