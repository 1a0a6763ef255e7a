import { z } from "zod";

/** Front matter of one FAQ question file in content/faq/. */
export const faqFrontMatterSchema = z
  .object({
    question: z.string().trim().min(1, "write the question as people would ask it"),
    summary: z
      .string()
      .trim()
      .min(1, "write a one-sentence summary of the answer")
      .refine((text) => !/[.!?]\s+\S/.test(text), "should be one sentence"),
    order: z.number().int().positive(),
    topics: z.array(z.string().trim().min(1)).min(1, "list at least one topic"),
  })
  .strict();

export type FaqFrontMatter = z.infer<typeof faqFrontMatterSchema>;
