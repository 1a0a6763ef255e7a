import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { validateFrontMatter } from "../../../src/content/front-matter.ts";
import { checkPages, pageFrontMatterSchema } from "../../../src/content/pages.ts";
import { formatProblem } from "../../../src/content/problems.ts";

const file = "content/example.md";
const page = (...lines: string[]) => ["---", ...lines, "---", "Body"].join("\n");
const valid = ["title: Example", "description: An example page.", "layout: page.11ty.tsx", "permalink: /example/"];

function lines(source: string): string[] {
  const result = validateFrontMatter(pageFrontMatterSchema, source, file);
  return result.ok ? [] : result.problems.map(formatProblem);
}

describe("page front matter", () => {
  it("accepts every page in content/", () => {
    expect(checkPages("content").map(formatProblem)).toEqual([]);
  });

  it("accepts a page and returns its fields", () => {
    const result = validateFrontMatter(pageFrontMatterSchema, page(...valid), file);
    expect(result).toEqual({
      ok: true,
      data: { title: "Example", description: "An example page.", layout: "page.11ty.tsx", permalink: "/example/" },
    });
  });

  it("reports a misspelt field at its key, and the field it leaves missing", () => {
    expect(lines(page("titel: Example", ...valid.slice(1)))).toEqual([
      "content/example.md:2:1 title: missing: expected the page's title",
      'content/example.md:2:1 titel: unknown field "titel" (did you mean "title"?); a page\'s front matter can have title, description, lead, layout, permalink, draft',
    ]);
  });

  it("checks the layout and the address", () => {
    expect(lines(page(...valid.slice(0, 2), "layout: page", "permalink: example"))).toEqual([
      'content/example.md:4:9 layout: expected the file name of a layout in layouts/, like page.11ty.tsx, got "page"',
      'content/example.md:5:12 permalink: expected the page\'s address: lowercase words and hyphens between slashes, like /accessibility/, or a file like /404.html, got "example"',
    ]);
    expect(lines(page(...valid.slice(0, 3), "permalink: /404.html"))).toEqual([]);
  });

  it("needs front matter, and reports YAML syntax with its line", () => {
    expect(lines("Just text")).toEqual(["content/example.md:1 needs front matter between --- lines"]);
    expect(lines(page("title: [unclosed"))[0]).toMatch(/^content\/example\.md:\d+:\d+ YAML syntax/);
  });

  it("checks only the markdown files directly in the content folder", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "pages-test-"));
    mkdirSync(path.join(dir, "faq"));
    writeFileSync(path.join(dir, "faq", "question.md"), page("question: Not a page?"));
    writeFileSync(path.join(dir, "good.md"), page(...valid));
    writeFileSync(path.join(dir, "bad.md"), page(...valid.slice(1)));
    const problems = checkPages(dir);
    expect(problems.map((problem) => [path.basename(problem.file), problem.field])).toEqual([["bad.md", "title"]]);
    expect(checkPages(path.join(dir, "missing"))).toEqual([]);
  });
});
