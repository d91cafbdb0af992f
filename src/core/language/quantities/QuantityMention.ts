/** What a number measures. */
export type MeasureKind =
  | 'length' | 'mass' | 'area' | 'speed' | 'temperature' | 'duration' | 'magnitude' | 'percent' | 'money' | 'count';

/**
 * A number as stated, normalised: `value` and its range in base units (metres, kilograms,
 * square metres, metres per second, kelvin, seconds; money in its currency; magnitude,
 * percent and counts as written).
 */
export interface Measure {
  start: number;
  end: number;
  text: string;
  kind: MeasureKind;
  /** The number as written, before conversion ("10" of "10 kilometres"). */
  statedValue: number;
  /** The unit as written ("kilometres", "ft", "%"), null for a plain count. */
  statedUnit: string | null;
  value: number;
  /** The range the statement allows, from its qualifier ("more than 30" → [30, null)). */
  low: number;
  /** Null when the statement sets no upper bound. */
  high: number | null;
  qualifier: string | null;
  /** `m`, `kg`, `m2`, `m/s`, `K`, `s`, `magnitude`, `percent`, the currency code, or null for a count. */
  baseUnit: string | null;
  /** The same amount as the text gives it again in brackets: "10 kilometres (6 miles)". */
  alternatives: { value: number; baseUnit: string | null; text: string }[];
}
