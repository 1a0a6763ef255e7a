import { readFileSync } from "node:fs";
import path from "node:path";
import { HtmlValidate, type ConfigData, type Message } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import { samplePages } from "../support/page-sample.ts";
import { defaultSite } from "../support/default-site.ts";
import { htmlPages } from "../../harness/site-files.ts";
import { headingLevels, skippedHeading } from "../unit/layouts/html-helpers.ts";

/**
 * html-validate's recommended rules. Two are set differently, not turned off,
 * each for the reason given; every other rule runs as recommended.
 */
const htmlValidateConfig: ConfigData = {
  extends: ["html-validate:recommended"],
  rules: {
    // preact-render-to-string always writes void elements self-closed (<meta … />), and has no option
    // to omit the slash; the rule still holds every page, markdown included, to that one style.
    "void-style": ["error", { style: "selfclose" }],
    // The default, 70, is where search engines cut titles short, not a validity or WCAG limit. A ward
    // page's title needs the ward and its borough (ward names repeat across London), and the longest pair
    // makes 85 characters; they come first, so a cut loses only the site's name.
    "long-title": ["error", { maxlength: 90 }],
  },
};

interface Page {
  readonly file: string;
  readonly html: string;
}

describe("every kind of page of the build of content/ (all of the Met's London; kinds with many pages sampled)", () => {
  let pages: Page[] = [];

  beforeAll(async () => {
    const { outputDir } = await defaultSite();
    pages = samplePages(outputDir, htmlPages(outputDir)).map((file) => ({ file, html: readFileSync(path.join(outputDir, file), "utf8") }));
  });

  it("is valid HTML by html-validate's recommended rules", async () => {
    const validator = new HtmlValidate(htmlValidateConfig);
    const started = performance.now();
    const errors: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      const messages: Message[] = report.results.flatMap((result) => result.messages);
      errors.push(...messages.map((m) => `${page.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`));
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    console.log(`html-validate: ${pages.length} pages checked in ${seconds} s, ${errors.length} errors`);
    expect(pages.length).toBeGreaterThan(0);
    expect(errors, errors.slice(0, 50).join("\n")).toEqual([]);
  });

  it("gives every page its own <title>", () => {
    const byTitle = new Map<string, string[]>();
    for (const page of pages) {
      const text = /<title>([^<]*)<\/title>/.exec(page.html)?.[1]?.trim() ?? "";
      expect(text, `${page.file} has no title`).not.toBe("");
      byTitle.set(text, [...(byTitle.get(text) ?? []), page.file]);
    }
    const shared = [...byTitle.entries()].filter(([, files]) => files.length > 1).map(([text, files]) => `"${text}": ${files.join(", ")}`);
    expect(shared, shared.join("\n")).toEqual([]);
  });

  it("gives every page a meta description", () => {
    const missing = pages.filter((page) => !/<meta name="description" content="[^"]*\S[^"]*"/.test(page.html)).map((page) => page.file);
    expect(missing).toEqual([]);
  });

  it("gives every page one <h1>, first, and never skips a heading level", () => {
    const problems = pages.flatMap((page) => {
      const levels = headingLevels(page.html);
      const h1s = levels.filter((level) => level === 1).length;
      const skipped = skippedHeading(levels);
      return [
        ...(h1s === 1 ? [] : [`${page.file}: ${h1s} h1 elements`]),
        ...(levels[0] === 1 ? [] : [`${page.file}: the first heading is h${levels[0]}`]),
        ...(skipped ? [`${page.file}: ${skipped}`] : []),
      ];
    });
    expect(problems, problems.join("\n")).toEqual([]);
  });

  // The static half of "works without JavaScript": no page but search and find has any script to miss.
  it("loads JavaScript only on the search and find pages", () => {
    const scripted = pages
      .filter((page) => page.file !== "search/index.html" && page.file !== "find/index.html")
      .filter((page) => [...page.html.matchAll(/<script\b([^>]*)>/g)].some(([, attributes]) => !/type="application\/ld\+json"/.test(attributes ?? "")))
      .map((page) => page.file);
    expect(scripted).toEqual([]);
  });
});
