import type { EleventyPage } from "../src/eleventy-types.ts";
import type { FaqItem } from "../src/faq/collection.ts";

/** What Eleventy's data cascade gives every layout and page template. */
export interface PageData {
  readonly title: string;
  readonly description?: string;
  readonly content: string;
  readonly page: EleventyPage;
  readonly stylesheet: { readonly href: string };
  readonly searchScript: { readonly href: string };
  readonly collections: { readonly faq?: readonly FaqItem[] };
}
