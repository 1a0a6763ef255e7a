import { readFileSync } from "node:fs";
import type { z } from "zod";
import type { ContentProblem } from "./problems.ts";
import { validate } from "./schema.ts";
import { parseYaml, problemsFromIssues } from "./yaml.ts";

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
