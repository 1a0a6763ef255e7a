import { formatProblem, type ContentProblem } from "../content/problems.ts";

/**
 * A wrong crime file, or one that cannot join the history: one line per
 * problem (`file:line:column field: message`), printed without a stack trace.
 */
export class CrimeImportError extends Error {
  readonly skipOriginalStack = true;
  constructor(readonly problems: readonly ContentProblem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "CrimeImportError";
  }
}

/** "2024-12" → "2025-01". */
export function nextMonth(month: string): string {
  const year = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${year + 1}-01` : `${year}-${String(m + 1).padStart(2, "0")}`;
}
