import { describe, expect, it } from "vitest";
import { staleOutputs } from "../../../src/preview/outputs.ts";
import { formatCheck } from "../../../src/check/format.ts";

describe("staleOutputs", () => {
  it("lists what the previous full build wrote and this one did not", () => {
    expect(staleOutputs(new Set(["/a/index.html", "/b/index.html", "/c/index.html"]), new Set(["/a/index.html", "/d/index.html"]))).toEqual([
      "/b/index.html",
      "/c/index.html",
    ]);
  });
});

describe("formatCheck", () => {
  const problem = (file: string, line: number) => ({ file, line, column: 3, field: "name", message: "expected a name" });
  const warning = (i: number) => ({ file: `w${i}.yaml`, line: 1, field: i % 2 ? "team" : "last_reviewed", message: "look" });

  it("groups problems by file, one line each, with a count", () => {
    expect(formatCheck([problem("a.yaml", 2), problem("a.yaml", 5), problem("b.md", 1)], [])).toBe(
      ["a.yaml:2:3 name: expected a name", "a.yaml:5:3 name: expected a name", "", "b.md:1:3 name: expected a name", "", "3 problems in 2 files; nothing was published."].join("\n"),
    );
  });

  it("caps warnings, one line each, and counts the rest by kind", () => {
    const text = formatCheck([], Array.from({ length: 25 }, (_, i) => warning(i)), { maxWarnings: 20 });
    const lines = text.split("\n");
    expect(lines).toHaveLength(21);
    expect(lines.every((line) => line.length < 200)).toBe(true);
    expect(lines.at(-1)).toBe("... and 5 more warnings (13 review, 12 vacant post); run npm run report for the full list");
  });
});

describe("netlifyCsp", () => {
  it("reads the same policy from netlify.toml as the tests' TOML parser does", async () => {
    const { readFileSync } = await import("node:fs");
    const { netlifyCsp } = await import("../../../src/preview/csp.ts");
    const { headersForPath, headerValue, parseNetlifyHeaders } = await import("../../support/netlify-headers.ts");
    const toml = readFileSync("netlify.toml", "utf8");
    const expected = headerValue(headersForPath(parseNetlifyHeaders(toml), "/"), "Content-Security-Policy");
    expect(netlifyCsp(toml)).toBe(expected?.replace(/\s+/g, " ").trim());
    expect(netlifyCsp(toml)).toMatch(/^default-src 'self'; script-src 'self'/);
  });
});
