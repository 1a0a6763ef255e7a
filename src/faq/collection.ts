import type { CollectionItem } from "../eleventy-types.ts";
import { buildOrderedCollection } from "../content/ordered-collection.ts";
import type { FaqFrontMatter } from "./schema.ts";
import type { FrontMatterResult } from "./load.ts";

export type FaqItem = CollectionItem<FaqFrontMatter>;

/**
 * Validate every question, report all problems at once, and order them as
 * authors set with `order` (then by question, so equal orders stay stable).
 */
export function buildFaqCollection(items: readonly CollectionItem[], validate: (inputPath: string) => FrontMatterResult): FaqItem[] {
  return buildOrderedCollection(items, validate, { what: "question", name: (data) => data.question });
}
