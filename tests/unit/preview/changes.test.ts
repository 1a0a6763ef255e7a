import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { onlyMarkdownPagesChanged } from "../../../src/preview/changes.ts";

describe("onlyMarkdownPagesChanged", () => {
  let content = "";
  beforeAll(() => {
    content = path.join(mkdtempSync(path.join(tmpdir(), "sn-changes-")), "content");
    mkdirSync(path.join(content, "faq"), { recursive: true });
    mkdirSync(path.join(content, "wards", "camden"), { recursive: true });
    writeFileSync(path.join(content, "faq", "a.md"), "");
    writeFileSync(path.join(content, "about.md"), "");
    writeFileSync(path.join(content, "wards", "camden", "x.md"), "");
  });

  it("is true for saved FAQ questions and pages", () => {
    expect(onlyMarkdownPagesChanged([path.join(content, "faq", "a.md"), path.join(content, "about.md")], content)).toBe(true);
  });

  it("is false for a deleted page, a ward folder, a file outside content, or no change", () => {
    expect(onlyMarkdownPagesChanged([path.join(content, "faq", "gone.md")], content)).toBe(false);
    expect(onlyMarkdownPagesChanged([path.join(content, "wards", "camden", "x.md")], content)).toBe(false);
    expect(onlyMarkdownPagesChanged([path.join(content, "faq", "a.md"), "assets/css/site.css"], content)).toBe(false);
    expect(onlyMarkdownPagesChanged([], content)).toBe(false);
  });
});
