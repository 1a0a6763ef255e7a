import type { CollectionItem } from "../eleventy-types.ts";
import { ContentValidationError, type ContentProblem } from "../content/problems.ts";
import type { FaqFrontMatter } from "./schema.ts";
import type { FrontMatterResult } from "./load.ts";

export type FaqItem = CollectionItem<FaqFrontMatter>;

/**
 * Validate every question, report all problems at once, and order them as
 * authors set with `order` (then by question, so equal orders stay stable).
 */
export function buildFaqCollection(
  items: readonly CollectionItem[],
  validate: (inputPath: string) => FrontMatterResult,
): FaqItem[] {
  const problems: ContentProblem[] = [];
  const valid: FaqItem[] = [];
  const seenOrders = new Map<number, string>();
  for (const item of items) {
    const result = validate(item.inputPath);
    if (!result.ok) {
      problems.push(...result.problems);
      continue;
    }
    const clash = seenOrders.get(result.data.order);
    if (clash) {
      problems.push({
        file: item.inputPath,
        field: "order",
        message: `${result.data.order} is already used by ${clash}; give each question its own order`,
      });
    }
    seenOrders.set(result.data.order, item.inputPath);
    valid.push(item as FaqItem);
  }
  if (problems.length > 0) throw new ContentValidationError(problems);
  return valid.sort((a, b) => a.data.order - b.data.order || a.data.question.localeCompare(b.data.question));
}
