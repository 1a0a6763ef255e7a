import { readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { formatProblem } from "../../../src/content/problems.ts";
import { validateFaqFile, validateFaqSource } from "../../../src/faq/load.ts";

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
      "content/faq/example.md:3:10 summary: should be one sentence",
      expect.stringMatching(/^content\/faq\/example\.md:4:8 order: .*number/),
      "content/faq/example.md:5:9 topics: list at least one topic",
    ]);
  });

  it("reports a missing field at its parent and an unknown field by name", () => {
    const source = ["---", "question: Q?", "summary: S", "order: 2", "topics: [a]", "qestion: typo", "---"].join("\n");
    const result = validateFaqSource(source, file);
    const lines = result.ok ? [] : result.problems.map(formatProblem);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^content\/faq\/example\.md:2:1 \(file\): .*qestion/);
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
