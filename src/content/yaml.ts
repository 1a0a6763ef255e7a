import { isMap, isNode, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import { formatFieldPath, type ContentProblem } from "./problems.ts";
import type { ContentIssue } from "./schema.ts";

export interface ParsedYaml {
  readonly value: unknown;
  /** Syntax errors, each with its line and column. */
  readonly problems: readonly ContentProblem[];
  /** Where a field's value (or, with `atKey`, its key) is in the source, for pointing an author at it. */
  locate(path: readonly PropertyKey[], options?: { atKey?: boolean }): { line: number; column: number } | undefined;
}

/**
 * Parse YAML keeping source positions, so schema errors found later can name
 * the line an author must fix. `lineOffset` is for YAML embedded in another
 * file (markdown front matter starts after the opening `---`).
 */
export function parseYaml(source: string, file: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const problems: ContentProblem[] = doc.errors.map((error) => {
    const pos = error.linePos?.[0];
    return {
      file,
      line: pos ? pos.line + lineOffset : undefined,
      column: pos?.col,
      field: "",
      // The library's own position counts from the start of the YAML, not the file: drop it.
      message: `YAML syntax: ${(error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "")}`,
    };
  });
  return {
    value: problems.length === 0 ? doc.toJS() : undefined,
    problems,
    locate(path, options = {}) {
      if (options.atKey && path.length > 0) {
        const parent = path.length === 1 ? doc.contents : doc.getIn(path.slice(0, -1), true);
        const last = path.at(-1);
        const pair = isMap(parent) ? parent.items.find((item) => isScalar(item.key) && item.key.value === last) : undefined;
        if (pair && isNode(pair.key) && pair.key.range) {
          const { line, col } = lineCounter.linePos(pair.key.range[0]);
          return { line: line + lineOffset, column: col };
        }
      }
      // Walk up to the nearest existing node: a missing field is reported at its parent.
      for (let depth = path.length; depth >= 0; depth--) {
        const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
        if (isNode(node) && node.range) {
          const { line, col } = lineCounter.linePos(node.range[0]);
          return { line: line + lineOffset, column: col };
        }
      }
      return undefined;
    },
  };
}

/** Turn schema issues into problems that point at the right line: an unknown field's at its key. */
export function problemsFromIssues(file: string, parsed: Pick<ParsedYaml, "locate">, issues: readonly ContentIssue[]): ContentProblem[] {
  return issues.map((issue) => {
    const position = parsed.locate(issue.path, { atKey: issue.unknownField === true });
    return {
      file,
      line: position?.line,
      column: position?.column,
      field: formatFieldPath(issue.path) || "(file)",
      message: issue.message,
    };
  });
}

