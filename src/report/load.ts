import { validateFrontMatter, validateFrontMatterFile, type FrontMatterResult } from "../content/front-matter.ts";
import { guideFrontMatterSchema, type GuideFrontMatter } from "./schema.ts";

export type GuideResult = FrontMatterResult<GuideFrontMatter>;

/** Validate a guide's front matter, naming the line of every problem. */
export function validateGuideSource(source: string, file: string): GuideResult {
  return validateFrontMatter(guideFrontMatterSchema, source, file);
}

export function validateGuideFile(file: string): GuideResult {
  return validateFrontMatterFile(guideFrontMatterSchema, file);
}
