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
    // The library's own position counts from the start of the YAML, not the file: drop it.
    const raw = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    return {
      file,
      line: pos ? pos.line + lineOffset : undefined,
      column: pos?.col,
      field: "",
      message: yamlAdvice(raw, pos ? source.split("\n")[pos.line - 1] : undefined),
    };
  });
  const tab = problems.find((problem) => problem.message.startsWith(TAB_MESSAGE));
  if (tab) {
    // Everything else the parser says follows from the tab; the author needs one line.
    const tabLines = source.split("\n").filter((text) => /^\s*\t/.test(text)).length;
    problems.splice(0, problems.length, tabLines > 1 ? { ...tab, message: `${tab.message} (${tabLines} lines start with a tab)` } : tab);
  }
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

const TAB_MESSAGE = "a tab is used to indent this line";

/**
 * YAML's own messages say what the parser saw, not what an author should do.
 * The mistakes authors make most get a message that says how to fix them.
 */
export function yamlAdvice(message: string, sourceLine: string | undefined): string {
  if (/tab/i.test(message) || (sourceLine !== undefined && /^\s*\t/.test(sourceLine))) {
    return `${TAB_MESSAGE}; YAML needs spaces: replace the tab with two spaces per level`;
  }
  if (/Nested mappings are not allowed in compact mappings|Implicit map keys need to be/.test(message) && sourceLine !== undefined) {
    const value = /^\s*-?\s*[\w-]+:\s+(.*)$/.exec(sourceLine)?.[1];
    if (value !== undefined && /:\s/.test(value)) {
      return `the value has a colon followed by a space, which YAML reads as a new field; put the text in quotes: "${value.replace(/"/g, '\\"')}"`;
    }
  }
  return `YAML syntax: ${message}`;
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

