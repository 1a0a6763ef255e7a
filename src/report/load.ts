import { readFileSync } from "node:fs";
import type { ContentProblem } from "../content/problems.ts";
import { parseYaml, problemsFromIssues } from "../content/yaml.ts";
import { guideFrontMatterSchema, type GuideFrontMatter } from "./schema.ts";

const FRONT_MATTER = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

export type GuideResult =
  | { readonly ok: true; readonly data: GuideFrontMatter }
  | { readonly ok: false; readonly problems: readonly ContentProblem[] };

/** Validate a guide's front matter, naming the line of every problem. */
export function validateGuideSource(source: string, file: string): GuideResult {
  const match = FRONT_MATTER.exec(source);
  if (!match) {
    return { ok: false, problems: [{ file, line: 1, field: "", message: "needs front matter between --- lines" }] };
  }
  // The YAML starts on line 2, after the opening ---.
  const parsed = parseYaml(match[1] ?? "", file, 1);
  if (parsed.problems.length > 0) return { ok: false, problems: parsed.problems };
  const result = guideFrontMatterSchema.safeParse(parsed.value ?? {});
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: problemsFromIssues(file, parsed, result.error.issues) };
}

export function validateGuideFile(file: string): GuideResult {
  return validateGuideSource(readFileSync(file, "utf8"), file);
}
