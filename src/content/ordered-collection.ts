import type { CollectionItem } from "../eleventy-types.ts";
import type { FrontMatterResult } from "./front-matter.ts";
import { ContentValidationError, type ContentProblem } from "./problems.ts";

export interface OrderedCollectionOptions<D> {
  /** What one item is, for the message about a shared order: "question", "guide". */
  readonly what: string;
  /** Settles equal orders, so the list is the same on every build. */
  readonly name: (data: D) => string;
}

/**
 * Validate every markdown item of a collection (FAQ questions, Report a
 * problem guides), report all problems at once, and order the items as
 * authors set with `order`, which each item must have to itself.
 */
export function buildOrderedCollection<D extends { readonly order: number }>(
  items: readonly CollectionItem[],
  validate: (inputPath: string) => FrontMatterResult<D>,
  { what, name }: OrderedCollectionOptions<D>,
): CollectionItem<D>[] {
  const problems: ContentProblem[] = [];
  const valid: CollectionItem<D>[] = [];
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
        message: `${result.data.order} is already used by ${clash}; give each ${what} its own order`,
      });
    }
    seenOrders.set(result.data.order, item.inputPath);
    valid.push(item as CollectionItem<D>);
  }
  if (problems.length > 0) throw new ContentValidationError(problems);
  return valid.sort((a, b) => a.data.order - b.data.order || name(a.data).localeCompare(name(b.data)));
}
