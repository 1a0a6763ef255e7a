import { z } from "zod";

/** Front matter of a markdown page in content/ (not a FAQ question): the fields its layout reads. */
export const pageFrontMatterSchema = z.strictObject({
  title: z.string({ error: "missing: expected the page's title" }).trim().min(1, "expected the page's title, got an empty string"),
  description: z.string({ error: "expected a one-sentence description of the page" }).trim().min(1).optional(),
  layout: z.string({ error: "missing: expected a layout, like page.11ty.tsx" }).regex(/\.11ty\.tsx$/, "expected a layout from layouts/, like page.11ty.tsx"),
  permalink: z
    .string({ error: "expected the page's address, like /accessibility/" })
    .regex(/^\/(?:[a-z0-9-]+\/)*(?:[a-z0-9-]+\.html)?$/, "expected an address that starts and ends with /, like /accessibility/")
    .optional(),
  /** Kept out of the published site and search; the preview shows it with a draft banner. */
  draft: z.boolean({ error: "expected true or false" }).optional(),
});

export type PageFrontMatter = z.infer<typeof pageFrontMatterSchema>;
