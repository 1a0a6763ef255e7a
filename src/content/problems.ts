/**
 * A mistake (or a warning) in an author's content file. Every loader reports
 * these instead of throwing on the first one, so that an author sees all
 * their mistakes in one build.
 */
export interface ContentProblem {
  readonly file: string;
  readonly line?: number | undefined;
  readonly column?: number | undefined;
  /** Dotted path to the field, e.g. `team[0].role`; empty for the whole file. */
  readonly field: string;
  readonly message: string;
}

export function formatFieldPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i === 0 ? "" : "."}${String(key)}`))
    .join("");
}

/** One readable line: `file:line:column field: message`. */
export function formatProblem(problem: ContentProblem): string {
  const position = problem.line === undefined ? "" : `:${problem.line}${problem.column === undefined ? "" : `:${problem.column}`}`;
  const field = problem.field === "" ? "" : ` ${problem.field}:`;
  return `${problem.file}${position}${field} ${problem.message}`;
}

export function compareProblems(a: ContentProblem, b: ContentProblem): number {
  return a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0);
}

/**
 * Thrown when content is invalid. Eleventy prints its message and, because of
 * skipOriginalStack, no stack trace: the mistake is the author's, not the code's.
 */
export class ContentValidationError extends Error {
  readonly skipOriginalStack = true;

  constructor(readonly problems: readonly ContentProblem[]) {
    const lines = [...problems].sort(compareProblems).map(formatProblem);
    super(
      `${problems.length} problem${problems.length === 1 ? "" : "s"} in content; nothing was published:\n${lines.join("\n")}`,
    );
    this.name = "ContentValidationError";
  }
}
