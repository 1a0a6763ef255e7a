import type { CollectionItem } from "../eleventy-types.ts";
import { ContentValidationError, type ContentProblem } from "../content/problems.ts";
import type { GuideResult } from "./load.ts";
import type { GuideLink } from "./match.ts";
import type { GuideFrontMatter } from "./schema.ts";

export type GuideItem = CollectionItem<GuideFrontMatter>;

/**
 * Validate every guide, report all problems at once, and order them as
 * authors set with `order` (then by title).
 */
export function buildGuideCollection(
  items: readonly CollectionItem[],
  validate: (inputPath: string) => GuideResult,
): GuideItem[] {
  const problems: ContentProblem[] = [];
  const valid: GuideItem[] = [];
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
        message: `${result.data.order} is already used by ${clash}; give each guide its own order`,
      });
    }
    seenOrders.set(result.data.order, item.inputPath);
    valid.push(item as GuideItem);
  }
  if (problems.length > 0) throw new ContentValidationError(problems);
  return valid.sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));
}

const links = new WeakMap<readonly GuideItem[], GuideLink[]>();

/** What ward pages need of each guide, to link priorities to them; the same list for every page of a build. */
export function guideLinks(items: readonly GuideItem[] | undefined): GuideLink[] {
  if (!items) return [];
  let list = links.get(items);
  if (!list) {
    list = items.map((item) => ({ url: item.url, title: item.data.title, order: item.data.order, keywords: item.data.keywords }));
    links.set(items, list);
  }
  return list;
}
