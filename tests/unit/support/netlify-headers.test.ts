import { describe, expect, it } from "vitest";
import {
  forPathPattern,
  headersForPath,
  headerValue,
  NETLIFY_DEFAULT_CACHE_CONTROL,
  type HeaderRule,
  NetlifyConfigError,
  overlappingHeaders,
  parseNetlifyHeaders,
} from "../../support/netlify-headers.ts";

const toml = `
[build]
  publish = "_site"

[[headers]]
  for = "/*"
  [headers.values]
    X-Frame-Options = "DENY"
    Cache-Control = '''
      public,
      max-age=0'''

[[headers]]
  for = "/assets/*"
  [headers.values]
    Cache-Control = ["public", "max-age=31536000", "immutable"]
`;

describe("parseNetlifyHeaders", () => {
  it("reads every [[headers]] table, joining multi-line and list values with commas as Netlify does", () => {
    expect(parseNetlifyHeaders(toml)).toEqual([
      { for: "/*", values: { "X-Frame-Options": "DENY", "Cache-Control": "public, max-age=0" } },
      { for: "/assets/*", values: { "Cache-Control": "public, max-age=31536000, immutable" } },
    ]);
  });

  it("returns no rules for a file without headers", () => {
    expect(parseNetlifyHeaders(`[build]\ncommand = "npm run build"\n`)).toEqual([]);
  });

  it("rejects a rule without a path or without values", () => {
    expect(() => parseNetlifyHeaders(`[[headers]]\nfor = "assets/*"\n[headers.values]\nA = "b"\n`)).toThrow(NetlifyConfigError);
    expect(() => parseNetlifyHeaders(`[[headers]]\nfor = "/x"\n`)).toThrow(/no \[headers.values\]/);
    expect(() => parseNetlifyHeaders(`[[headers]]\nfor = "/x"\n[headers.values]\nA = 1\n`)).toThrow(/must be a string/);
  });
});

describe("forPathPattern (Netlify's path matching)", () => {
  const matches = (pattern: string, path: string) => forPathPattern(pattern).test(path);

  it("lets a standalone * match the rest of the path, slashes included, and the folder itself", () => {
    expect(matches("/*", "/")).toBe(true);
    expect(matches("/*", "/areas/camden/camden-town/")).toBe(true);
    expect(matches("/assets/*", "/assets/main.0123456789.css")).toBe(true);
    expect(matches("/assets/*", "/assets/")).toBe(true);
    // As in Netlify's own parser, the slash before a standalone * is optional, so this matches too;
    // tests/build/production-site.test.ts checks the rules against every file the build writes.
    expect(matches("/assets/*", "/assetsx/main.css")).toBe(true);
    expect(matches("/assets/*", "/faq/assets/main.css")).toBe(false);
    expect(matches("/pagefind/index/*", "/pagefind/pagefind.js")).toBe(false);
  });

  it("lets * inside a segment match any characters", () => {
    expect(matches("/pagefind/pagefind*.js", "/pagefind/pagefind.js")).toBe(true);
    expect(matches("/pagefind/pagefind*.js", "/pagefind/pagefind-worker.js")).toBe(true);
    expect(matches("/pagefind/pagefind*.js", "/pagefind/pagefind.en_4b9d3ee86e.pf_meta")).toBe(false);
    expect(matches("/pagefind/wasm.*.pagefind", "/pagefind/wasm.en.pagefind")).toBe(true);
  });

  it("matches :placeholders to one segment, ignores case and a trailing slash", () => {
    expect(matches("/areas/:borough/", "/areas/camden")).toBe(true);
    expect(matches("/areas/:borough", "/areas/camden/camden-town")).toBe(false);
    expect(matches("/FAQ/", "/faq")).toBe(true);
    expect(matches("/faq", "/faq/")).toBe(true);
  });
});

describe("headersForPath", () => {
  const rules = parseNetlifyHeaders(toml);

  it("merges every matching rule, later rules winning", () => {
    expect(headersForPath(rules, "/assets/main.css")).toEqual({
      "X-Frame-Options": "DENY",
      "Cache-Control": "public, max-age=31536000, immutable",
    });
    expect(headersForPath(rules, "/faq/")).toEqual({ "X-Frame-Options": "DENY", "Cache-Control": "public, max-age=0" });
  });

  it("gives Netlify's default Cache-Control where no rule sets one", () => {
    const headers = headersForPath([{ for: "/*", values: { "X-Frame-Options": "DENY" } }], "/faq/");
    expect(headerValue(headers, "cache-control")).toBe(NETLIFY_DEFAULT_CACHE_CONTROL);
  });

  it("names headers that two matching rules both set, whatever their case", () => {
    expect(overlappingHeaders(rules, "/assets/main.css")).toEqual(["cache-control"]);
    expect(overlappingHeaders(rules, "/faq/")).toEqual([]);
    const mixedCase: HeaderRule[] = [
      { for: "/*", values: { "x-frame-options": "DENY" } },
      { for: "/faq/*", values: { "X-Frame-Options": "SAMEORIGIN" } },
    ];
    expect(overlappingHeaders(mixedCase, "/faq/")).toEqual(["x-frame-options"]);
    expect(headersForPath(mixedCase, "/faq/")).toEqual({ "X-Frame-Options": "SAMEORIGIN", "Cache-Control": NETLIFY_DEFAULT_CACHE_CONTROL });
  });
});
