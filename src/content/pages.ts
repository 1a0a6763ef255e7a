import { readdirSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { validateFrontMatterFile } from "./front-matter.ts";
import type { ContentProblem } from "./problems.ts";
import { expected, fields, text } from "./schema.ts";

const LAYOUT = /^[a-z0-9-]+\.11ty\.tsx$/;
const PERMALINK = /^\/(?:[a-z0-9-]+\/)*(?:[a-z0-9-]+\.html)?$/;

/** Front matter of a markdown page in content/ (the home page, search, the accessibility statement). */
export const pageFrontMatterSchema = fields(
  {
    title: text("the page's title", 80),
    description: text("a one- or two-sentence description for search engines and link previews", 250),
    /** A sentence under the heading, where a layout shows one (the home page). */
    lead: text("one sentence to show under the page's heading", 200).optional(),
    layout: z
      .string({ error: expected("the file name of a layout in layouts/, like page.11ty.tsx") })
      .regex(LAYOUT, { error: expected("the file name of a layout in layouts/, like page.11ty.tsx") }),
    permalink: z
      .string({ error: expected("the page's address, like /accessibility/") })
      .regex(PERMALINK, {
        error: expected("the page's address: lowercase words and hyphens between slashes, like /accessibility/, or a file like /404.html"),
      }),
    /** Kept out of the published site and search; the preview shows it with a draft banner. */
    draft: z.boolean({ error: expected("true or false") }).optional(),
  },
  "a page's front matter",
);

export type PageFrontMatter = z.infer<typeof pageFrontMatterSchema>;

/**
 * Check the front matter of every markdown page directly in the content
 * folder (FAQ questions, in content/faq/, have their own schema). Eleventy
 * would otherwise build a page with a misspelt title or layout without a word.
 */
export function checkPages(contentDir: string): ContentProblem[] {
  let names: string[];
  try {
    names = readdirSync(contentDir).filter((name) => name.endsWith(".md"));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  return names.sort().flatMap((name) => {
    const file = path.join(contentDir, name).split(path.sep).join("/");
    const result = validateFrontMatterFile(pageFrontMatterSchema, file);
    return result.ok ? [] : result.problems;
  });
}
