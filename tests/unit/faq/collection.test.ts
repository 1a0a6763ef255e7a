import { describe, expect, it } from "vitest";
import { ContentValidationError } from "../../../src/content/problems.ts";
import type { CollectionItem } from "../../../src/eleventy-types.ts";
import { buildFaqCollection } from "../../../src/faq/collection.ts";
import type { FrontMatterResult } from "../../../src/faq/load.ts";
import type { FaqFrontMatter } from "../../../src/faq/schema.ts";

function item(slug: string, data: FaqFrontMatter): CollectionItem {
  const inputPath = `content/faq/${slug}.md`;
  return { page: { url: `/faq/${slug}/`, inputPath, fileSlug: slug, outputPath: false }, url: `/faq/${slug}/`, inputPath, fileSlug: slug, data, templateContent: "" };
}

const question = (q: string, order: number): FaqFrontMatter => ({ question: q, summary: "S", order, topics: ["a"] });

/** The collection re-validates each file; here the "file" is the item's own data. */
const fromData = (items: readonly CollectionItem[]) => (inputPath: string): FrontMatterResult => ({
  ok: true,
  data: items.find((i) => i.inputPath === inputPath)?.data as FaqFrontMatter,
});

describe("buildFaqCollection", () => {
  it("orders questions by their order, then by question", () => {
    const items = [item("c", question("Charlie?", 2)), item("b", question("Bravo?", 1)), item("a", question("Alpha?", 3))];
    expect(buildFaqCollection(items, fromData(items)).map((i) => i.fileSlug)).toEqual(["b", "c", "a"]);
  });

  it("reports two questions with the same order, naming the one that has it already", () => {
    const items = [item("a", question("Alpha?", 1)), item("b", question("Bravo?", 1)), item("c", question("Charlie?", 2))];
    let thrown: unknown;
    try {
      buildFaqCollection(items, fromData(items));
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(ContentValidationError);
    expect((thrown as ContentValidationError).problems).toEqual([
      { file: "content/faq/b.md", field: "order", message: "1 is already used by content/faq/a.md; give each question its own order" },
    ]);
  });

  it("reports every file's problems at once, with a clashing order among them", () => {
    const items = [item("a", question("Alpha?", 1)), item("b", question("Bravo?", 1)), item("x", question("X?", 5))];
    const validate = (inputPath: string): FrontMatterResult =>
      inputPath.endsWith("x.md") ? { ok: false, problems: [{ file: inputPath, line: 2, column: 1, field: "question", message: "missing" }] } : fromData(items)(inputPath);
    expect(() => buildFaqCollection(items, validate)).toThrow(/2 problems in content/);
  });
});
