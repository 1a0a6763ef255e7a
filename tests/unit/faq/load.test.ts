import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/content/problems.ts";
import { validateFrontMatter } from "../../../src/content/front-matter.ts";
import { validateFaqFile } from "../../../src/faq/load.ts";
import { faqFrontMatterSchema } from "../../../src/faq/schema.ts";

/** What validateFaqFile does with a file's text, without a file. */
const validateFaqSource = (source: string, file: string) => validateFrontMatter(faqFrontMatterSchema, source, file);

const file = "content/faq/example.md";

describe("FAQ front matter", () => {
  it("accepts every question in content/faq", () => {
    for (const name of readdirSync("content/faq").filter((n) => n.endsWith(".md"))) {
      const result = validateFaqFile(`content/faq/${name}`);
      expect(result.ok ? [] : result.problems.map(formatProblem), name).toEqual([]);
    }
  });

  it("names the file, line and field of each mistake, all at once", () => {
    const source = ["---", "question: Where are teams based?", "summary: They move. They stay.", "order: first", "topics: []", "---", "Body"].join("\n");
    const result = validateFaqSource(source, file);
    expect(result.ok).toBe(false);
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    expect(lines).toEqual([
      "content/faq/example.md:3:10 summary: expected one sentence: the summary shows under the question, so keep the rest for the answer",
      'content/faq/example.md:4:8 order: expected a whole number from 1, to place the question in the list, got "first"',
      "content/faq/example.md:5:9 topics: expected at least one topic, like [teams]",
    ]);
  });

  it("reports an unknown field at its key, with a suggestion", () => {
    const source = ["---", "question: Q?", "summary: S", "order: 2", "topics: [a]", "qestion: typo", "---"].join("\n");
    const result = validateFaqSource(source, file);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      'content/faq/example.md:6:1 qestion: unknown field "qestion" (did you mean "question"?); a question\'s front matter can have question, summary, order, topics, draft',
    ]);
  });

  it("reports a missing field at the start of the front matter", () => {
    const source = ["---", "summary: S", "order: 2", "topics: [a]", "---"].join("\n");
    const result = validateFaqSource(source, file);
    expect(result.ok ? [] : result.problems.map(formatProblem)).toEqual([
      "content/faq/example.md:2:1 question: missing: expected the question as people would ask it",
    ]);
  });

  it("reports YAML syntax errors with their line", () => {
    const result = validateFaqSource(["---", "question: [unclosed", "---"].join("\n"), file);
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    expect(lines[0]).toMatch(/^content\/faq\/example\.md:\d+:\d+ YAML syntax/);
  });

  it("requires front matter", () => {
    const result = validateFaqSource("Just text", file);
    expect(result.ok).toBe(false);
  });
});
