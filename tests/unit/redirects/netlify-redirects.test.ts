import { describe, expect, it } from "vitest";
import { formatRedirects, type Redirect } from "../../../src/redirects/netlify-redirects.ts";
import { findRedirect, parseRedirects } from "../../support/netlify-redirects.ts";

const redirects: Redirect[] = [
  { from: "/areas/E05000130/", to: "/areas/camden/", status: 301 },
  { from: "/areas/E05013655/", to: "/areas/camden/camden-town/", status: 301 },
];

describe("formatRedirects and parseRedirects", () => {
  it("write one aligned rule a line after a comment, and read them back", () => {
    const text = formatRedirects(redirects, "Old ward codes.\nGenerated.");
    expect(text).toBe(
      "# Old ward codes.\n# Generated.\n/areas/E05000130/  /areas/camden/  301\n/areas/E05013655/  /areas/camden/camden-town/  301\n",
    );
    expect(parseRedirects(text)).toEqual(redirects);
  });

  it("reject a line that is not `from to status`", () => {
    expect(() => parseRedirects("/a /b 200\n")).toThrow(/line 1/);
    expect(() => parseRedirects("# fine\n/a\n")).toThrow(/line 2/);
  });
});

describe("findRedirect", () => {
  it("matches a path with or without its trailing slash, as Netlify does", () => {
    expect(findRedirect(redirects, "/areas/E05000130/")?.to).toBe("/areas/camden/");
    expect(findRedirect(redirects, "/areas/E05000130")?.to).toBe("/areas/camden/");
    expect(findRedirect(redirects, "/areas/E05000131/")).toBeUndefined();
  });
});
