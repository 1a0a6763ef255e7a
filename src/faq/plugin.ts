import type UserConfig from "@11ty/eleventy/UserConfig";
import type { CollectionItem } from "../eleventy-types.ts";
import { buildFaqCollection } from "./collection.ts";
import { validateFaqFile } from "./load.ts";

export interface FaqPluginOptions {
  /** Glob of question files, relative to the project root. */
  glob: string;
}

export default function faqPlugin(eleventyConfig: UserConfig, options: FaqPluginOptions): void {
  eleventyConfig.addCollection("faq", (collectionApi: { getFilteredByGlob(glob: string): CollectionItem[] }) =>
    buildFaqCollection(collectionApi.getFilteredByGlob(options.glob), validateFaqFile),
  );
}
