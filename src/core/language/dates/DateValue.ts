/** What a date expression pins down: a day range when it can be resolved, else what it states. */
export interface DateValue {
  /** ISO day range, inclusive; null when it cannot be resolved (no publication date). */
  from: string | null;
  to: string | null;
  /** Stated weekday (0 = Sunday) when the text gives one. */
  weekday: number | null;
  /** Stated month and day (`03-18`) when the text gives them without a resolvable year. */
  monthDay: string | null;
  /** True when the year came from a publication date whose own year was inferred. */
  isYearInferred?: boolean;
  /** The moment in UTC (`2025-03-18T07:37:00.000Z`) when a clock time and its zone are given. */
  instant?: string;
}

export interface DateMention extends DateValue {
  text: string;
  start: number;
  end: number;
}
