import { isNode, LineCounter, parseDocument, type Document } from "yaml";
import { formatFieldPath, type ContentProblem } from "./problems.ts";

export interface ParsedYaml {
  readonly value: unknown;
  /** Syntax errors, each with its line and column. */
  readonly problems: readonly ContentProblem[];
  /** Where a field is in the source, for pointing an author at it. */
  locate(path: readonly PropertyKey[]): { line: number; column: number } | undefined;
}

/**
 * Parse YAML keeping source positions, so schema errors found later can name
 * the line an author must fix. `lineOffset` is for YAML embedded in another
 * file (markdown front matter starts after the opening `---`).
 */
export function parseYaml(source: string, file: string, lineOffset = 0): ParsedYaml {
  const lineCounter = new LineCounter();
  const doc: Document = parseDocument(source, { lineCounter, prettyErrors: true, uniqueKeys: true });
  const problems: ContentProblem[] = [];
  for (const error of doc.errors) {
    const pos = error.linePos?.[0];
    // The library's own position counts from the start of the YAML, not the file: drop it.
    const raw = (error.message.split("\n")[0] ?? "").replace(/ at line \d+, column \d+:?$/, "");
    const line = pos ? pos.line + lineOffset : undefined;
    const advice = yamlAdvice(raw, pos ? source.split("\n")[pos.line - 1] : undefined);
    problems.push({ file, line, column: pos?.col, field: "", message: advice.message });
  }
  const tab = problems.find((problem) => problem.message.startsWith(TAB_MESSAGE));
  if (tab) {
    // Everything else the parser says follows from the tab; the author needs one line.
    const tabLines = source.split("\n").filter((text) => /^\s*\t/.test(text)).length;
    problems.splice(0, problems.length, tabLines > 1 ? { ...tab, message: `${tab.message} (${tabLines} lines start with a tab)` } : tab);
  }
  return {
    value: problems.length === 0 ? doc.toJS() : undefined,
    problems,
    locate(path) {
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
export function yamlAdvice(message: string, sourceLine: string | undefined): { message: string; tab: boolean } {
  if (/tab/i.test(message) || (sourceLine !== undefined && /^\s*\t/.test(sourceLine))) {
    return { message: `${TAB_MESSAGE}; YAML needs spaces: replace the tab with two spaces per level`, tab: true };
  }
  if (/Nested mappings are not allowed in compact mappings|Implicit map keys need to be/.test(message) && sourceLine !== undefined) {
    const value = /^\s*-?\s*[\w-]+:\s+(.*)$/.exec(sourceLine)?.[1];
    if (value !== undefined && /:\s/.test(value)) {
      return {
        message: `the value has a colon followed by a space, which YAML reads as a new field; put the text in quotes: "${value.replace(/"/g, '\\"')}"`,
        tab: false,
      };
    }
  }
  return { message: `YAML syntax: ${message}`, tab: false };
}

/** Turn zod-style issues into problems that point at the right line. */
export function problemsFromIssues(
  file: string,
  parsed: Pick<ParsedYaml, "locate">,
  issues: readonly { path: readonly PropertyKey[]; message: string; code?: string; keys?: readonly string[] }[],
): ContentProblem[] {
  // zod reports unknown fields together, at the object; an author needs each at its own line.
  const split: { path: readonly PropertyKey[]; message: string }[] = [];
  for (const issue of issues) {
    if (issue.code === "unrecognized_keys" && issue.keys) {
      for (const key of issue.keys) split.push({ path: [...issue.path, key], message: `unknown field "${key}"; check its spelling, or remove it` });
    } else {
      split.push(issue);
    }
  }
  return split.map((issue) => {
    const position = parsed.locate(issue.path);
    return {
      file,
      line: position?.line,
      column: position?.column,
      field: formatFieldPath(issue.path) || "(file)",
      message: issue.message,
    };
  });
}

export { formatFieldPath };
