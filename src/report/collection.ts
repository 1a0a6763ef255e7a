import type { CollectionItem } from "../eleventy-types.ts";
import { buildOrderedCollection } from "../content/ordered-collection.ts";
import type { GuideResult } from "./load.ts";
import type { GuideLink } from "./match.ts";
import type { GuideFrontMatter } from "./schema.ts";

export type GuideItem = CollectionItem<GuideFrontMatter>;

/** Validate every guide, report all problems at once, and order them as authors set with `order` (then by title). */
export function buildGuideCollection(items: readonly CollectionItem[], validate: (inputPath: string) => GuideResult): GuideItem[] {
  return buildOrderedCollection(items, validate, { what: "guide", name: (data) => data.title });
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
