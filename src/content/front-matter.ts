import type { ContentProblem } from "./problems.ts";
import { parseYaml, type ParsedYaml } from "./yaml.ts";

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export interface SplitMarkdown {
  /** Parsed front matter (undefined when missing or broken; see problems). */
  readonly parsed?: ParsedYaml;
  readonly problems: readonly ContentProblem[];
  /** The markdown after the front matter. */
  readonly body: string;
  /** Line of the file on which the body starts (1-based). */
  readonly bodyLine: number;
}

/** Split a markdown file into front matter (with line numbers) and body. */
export function splitMarkdown(source: string, file: string): SplitMarkdown {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { problems: [{ file, line: 1, field: "", message: "needs front matter between --- lines" }], body: source, bodyLine: 1 };
  // The YAML starts on line 2, after the opening ---.
  const parsed = parseYaml(match[1] ?? "", file, 1);
  const bodyLine = match[0].split("\n").length - (match[0].endsWith("\n") ? 1 : 0) + 1;
  return { parsed, problems: parsed.problems, body: source.slice(match[0].length), bodyLine };
}
