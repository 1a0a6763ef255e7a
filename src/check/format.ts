import { formatProblem, type ContentProblem } from "../content/problems.ts";

export interface FormatOptions {
  /** Above this many warnings, list this many and summarise the rest by kind. */
  readonly maxWarnings?: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

/**
 * Problems for a terminal: grouped by file, one line each with line, column,
 * field and message, then a count. Warnings follow, capped, with a count by kind.
 */
export function formatCheck(problems: readonly ContentProblem[], warnings: readonly ContentProblem[], options: FormatOptions = {}): string {
  const lines: string[] = [];
  if (problems.length > 0) {
    // Whole `file:line:column` lines, which terminals and editors open at the line, a blank line between files.
    [...groupByFile(problems).values()].forEach((group, i) => {
      if (i > 0) lines.push("");
      for (const problem of group) lines.push(formatProblem(problem));
    });
    const files = new Set(problems.map((problem) => problem.file)).size;
    lines.push("", `${plural(problems.length, "problem")} in ${plural(files, "file")}; nothing was published.`);
  }
  if (warnings.length > 0) {
    if (lines.length > 0) lines.push("");
    const max = options.maxWarnings ?? 20;
    const shown = warnings.length > max ? warnings.slice(0, max) : warnings;
    for (const warning of shown) lines.push(`warning: ${formatProblem(warning)}`);
    if (warnings.length > shown.length) {
      lines.push(`... and ${warnings.length - shown.length} more warnings (${summariseKinds(warnings)}); run npm run report for the full list`);
    } else if (warnings.length > 1) {
      lines.push(`${plural(warnings.length, "warning")} (${summariseKinds(warnings)}); they do not stop the build`);
    } else {
      lines.push("1 warning; it does not stop the build");
    }
  }
  return lines.join("\n");
}

function groupByFile(problems: readonly ContentProblem[]): Map<string, ContentProblem[]> {
  const groups = new Map<string, ContentProblem[]>();
  for (const problem of problems) {
    let group = groups.get(problem.file);
    if (!group) groups.set(problem.file, (group = []));
    group.push(problem);
  }
  return groups;
}

/** "12 vacant posts, 3 stale reviews": warnings counted by what they are about. */
export function summariseKinds(warnings: readonly ContentProblem[]): string {
  const counts = new Map<string, number>();
  for (const warning of warnings) {
    const kind = warningKind(warning);
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([kind, n]) => `${n} ${kind}`).join(", ");
}

function warningKind(warning: ContentProblem): string {
  if (warning.field === "team") return "vacant post";
  if (warning.field === "last_reviewed") return "review";
  if (warning.field.startsWith("priorities")) return "priority";
  if (warning.field.startsWith("events")) return "event date";
  if (warning.field.startsWith("locations")) return "base postcode";
  return "other";
}
