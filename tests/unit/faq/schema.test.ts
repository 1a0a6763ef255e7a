import { describe, expect, it } from "vitest";
import { faqFrontMatterSchema } from "../../../src/faq/schema.ts";

const valid = { question: "Where are teams based?", summary: "At bases across London.", order: 1, topics: ["teams"] };

const messages = (value: unknown) => {
  const result = faqFrontMatterSchema.safeParse(value);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("faqFrontMatterSchema", () => {
  it("accepts a complete question", () => {
    expect(faqFrontMatterSchema.parse(valid)).toEqual(valid);
  });

  it("takes one sentence as the summary, with its full stop, and refuses a second", () => {
    expect(messages({ ...valid, summary: "It is open on Mondays." })).toEqual([]);
    expect(messages({ ...valid, summary: "Is it open? Yes." })).toEqual(["summary: expected one sentence: the summary shows under the question, so keep the rest for the answer"]);
  });

  it.each([0, -1, 1.5])("refuses order %s: only whole numbers from 1", (order) => {
    expect(messages({ ...valid, order })).toEqual([expect.stringMatching(/^order: expected a whole number from 1/)]);
  });

  it("needs at least one topic", () => {
    expect(messages({ ...valid, topics: [] })).toEqual(["topics: expected at least one topic, like [teams]"]);
  });

  it("limits the question's length", () => {
    expect(messages({ ...valid, question: "x".repeat(151) })).toHaveLength(1);
    expect(messages({ ...valid, question: "x".repeat(150) })).toEqual([]);
  });
});
