import { z } from "zod";
import { isOneSentence } from "../content/sentences.ts";

/** Front matter of one FAQ question file in content/faq/. */
export const faqFrontMatterSchema = z
  .object({
    question: z.string().trim().min(1, "write the question as people would ask it"),
    summary: z
      .string()
      .trim()
      .min(1, "write a one-sentence summary of the answer")
      .refine(isOneSentence, "should be one sentence; the rest of the answer goes below the front matter"),
    order: z
      .number({ error: (issue) => (issue.input === undefined ? "missing: expected a whole number, like 3" : "expected a whole number, like 3, without quotes") })
      .int("expected a whole number, like 3")
      .positive("expected a number from 1 up"),
    topics: z.array(z.string().trim().min(1)).min(1, "list at least one topic"),
    /** Kept out of the published site and search; the preview shows it with a draft banner. */
    draft: z.boolean().optional(),
  })
  .strict();

export type FaqFrontMatter = z.infer<typeof faqFrontMatterSchema>;
