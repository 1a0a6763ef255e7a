import { validateFrontMatterFile, type FrontMatterResult as Result } from "../content/front-matter.ts";
import { faqFrontMatterSchema, type FaqFrontMatter } from "./schema.ts";

export type FrontMatterResult = Result<FaqFrontMatter>;

/** Validate a FAQ file's front matter, naming the line of every problem. */
export function validateFaqFile(file: string): FrontMatterResult {
  return validateFrontMatterFile(faqFrontMatterSchema, file);
}
