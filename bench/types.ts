/** One line of the table that `npm run bench` prints. */
export interface BenchRow {
  /** What is measured, e.g. "offices: nearest()". */
  name: string;
  /** The measured value. */
  value: number;
  /** Its unit, e.g. "ops/s", "ms", "MB". */
  unit: string;
  /** The same measure for the baseline of that row, taken in the same run, where there is one. */
  baseline?: number;
  /** A short remark: sample size, what the baseline is. */
  note?: string;
}

/** A benchmark module: runs on its own, in-process, and returns its rows. */
export type BenchSuite = () => Promise<BenchRow[]>;
