/** One figure printed by `npm run bench`. */
export interface BenchRow {
  /** What was measured, e.g. `import bbc-news (2,225 docs)`. */
  case: string;
  metric: string;
  value: number;
  unit: string;
  /** The same work done by the simplest reasonable baseline in the same process, if there is one. */
  baseline?: number;
  /** The figure the issue asks for, e.g. `< 3 s`. */
  target?: string;
}

/** A bench case: does its work, returns its figures. Each file under bench/cases exports one. */
export type BenchCase = () => Promise<BenchRow[]>;
