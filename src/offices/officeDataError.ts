/** The error a bad office file raises: it names the office, the field and what is wrong. */

/** One problem found in an office file. */
export interface OfficeDataProblem {
  /** The office id, or `null` when the problem is outside an office (or the id itself is bad). */
  office: string | null;
  /** Dotted path of the field inside the office (or the file), e.g. `hours.weekly.mon`. */
  field: string;
  problem: string;
}

/** Thrown by the loader so that a start fails with a message a person can act on. */
export class OfficeDataError extends Error {
  /** Every problem found, in file order. */
  readonly problems: readonly OfficeDataProblem[];

  constructor(source: string, problems: readonly OfficeDataProblem[]) {
    const lines = problems.map(
      (p) => `  ${p.office === null ? '(file)' : `office "${p.office}"`}: ${p.field}: ${p.problem}`,
    );
    super(`${source} is not a valid office file:\n${lines.join('\n')}`);
    this.name = 'OfficeDataError';
    this.problems = problems;
  }
}
