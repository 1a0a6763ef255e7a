import { readFileSync } from "node:fs";
import type { z } from "zod";
import type { ContentProblem } from "./problems.ts";
import { validate } from "./schema.ts";
import { parseYaml, problemsFromIssues, type ParsedYaml } from "./yaml.ts";

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export type FrontMatterResult<T> = { readonly ok: true; readonly data: T } | { readonly ok: false; readonly problems: readonly ContentProblem[] };

/** Validate a markdown file's front matter against a schema, naming the line of every problem. */
export function validateFrontMatter<S extends z.ZodType>(schema: S, source: string, file: string): FrontMatterResult<z.output<S>> {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    return { ok: false, problems: [{ file, line: 1, field: "", message: "needs front matter between --- lines" }] };
  }
  // The YAML starts on line 2, after the opening ---.
  const parsed = parseYaml(match[1] ?? "", file, 1);
  if (parsed.problems.length > 0) return { ok: false, problems: parsed.problems };
  const result = validate(schema, parsed.value ?? {});
  if (result.ok) return { ok: true, data: result.data };
  return { ok: false, problems: problemsFromIssues(file, parsed, result.issues) };
}

export function validateFrontMatterFile<S extends z.ZodType>(schema: S, file: string): FrontMatterResult<z.output<S>> {
  return validateFrontMatter(schema, readFileSync(file, "utf8"), file);
}

export interface SplitMarkdown {
  /** Parsed front matter (undefined when there is none; syntax errors are in problems). */
  readonly parsed?: ParsedYaml;
  readonly problems: readonly ContentProblem[];
  /** The markdown after the front matter. */
  readonly body: string;
  /** Line of the file on which the body starts (1-based). */
  readonly bodyLine: number;
}

/** Split a markdown file into its front matter (with line numbers) and its body, for checks of both. */
export function splitMarkdown(source: string, file: string): SplitMarkdown {
  const match = FRONT_MATTER.exec(source);
  if (!match) return { problems: [{ file, line: 1, field: "", message: "needs front matter between --- lines" }], body: source, bodyLine: 1 };
  // The YAML starts on line 2, after the opening ---.
  const parsed = parseYaml(match[1] ?? "", file, 1);
  const bodyLine = match[0].split("\n").length - (match[0].endsWith("\n") ? 1 : 0) + 1;
  return { parsed, problems: parsed.problems, body: source.slice(match[0].length), bodyLine };
}
