import { z } from "zod";
import { expected, fields, list, text } from "../content/schema.ts";

/** Front matter of one FAQ question file in content/faq/. */
export const faqFrontMatterSchema = fields(
  {
    question: text("the question as people would ask it", 150),
    summary: text("a one-sentence summary of the answer", 300).refine((value) => !/[.!?]\s+\S/.test(value), {
      error: "expected one sentence: the summary shows under the question, so keep the rest for the answer",
    }),
    order: z
      .number({ error: expected("a whole number from 1, to place the question in the list") })
      .int({ error: expected("a whole number from 1, to place the question in the list") })
      .positive({ error: expected("a whole number from 1, to place the question in the list") }),
    topics: list(text("a topic", 40), "topics, like [teams]").min(1, { error: "expected at least one topic, like [teams]" }),
  },
  "a question's front matter",
);

export type FaqFrontMatter = z.infer<typeof faqFrontMatterSchema>;
