import { z } from "zod";
import { expected, fields, list, text } from "../content/schema.ts";
import { isOneSentence } from "../content/sentences.ts";

/** Front matter of one FAQ question file in content/faq/. */
export const faqFrontMatterSchema = fields(
  {
    question: text("the question as people would ask it", 150),
    summary: text("a one-sentence summary of the answer", 300).refine(isOneSentence, {
      error: "expected one sentence: the summary shows under the question, so keep the rest for the answer",
    }),
    order: z
      .number({
        error: (issue) =>
          typeof issue.input === "string" && /^\s*\d+\s*$/.test(issue.input)
            ? `expected a whole number from 1, got the text ${JSON.stringify(issue.input)}: write the number without quotes`
            : expected("a whole number from 1, to place the question in the list")(issue),
      })
      .int({ error: expected("a whole number from 1, to place the question in the list") })
      .positive({ error: expected("a whole number from 1, to place the question in the list") }),
    topics: list(text("a topic", 40), "topics, like [teams]").min(1, { error: "expected at least one topic, like [teams]" }),
    /** Kept out of the published site and search; the preview shows it with a draft banner. */
    draft: z.boolean({ error: expected("true or false") }).optional(),
  },
  "a question's front matter",
);

export type FaqFrontMatter = z.infer<typeof faqFrontMatterSchema>;
