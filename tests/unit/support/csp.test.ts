import { describe, expect, it } from "vitest";
import { effectiveSources, parseCsp, unsafeSources } from "../../support/csp.ts";

describe("parseCsp", () => {
  it("reads directives and their sources, names in lower case", () => {
    const policy = parseCsp("default-src 'self';  Script-Src 'self' 'wasm-unsafe-eval' ; object-src 'none';");
    expect([...policy]).toEqual([
      ["default-src", ["'self'"]],
      ["script-src", ["'self'", "'wasm-unsafe-eval'"]],
      ["object-src", ["'none'"]],
    ]);
  });

  it("keeps the first of a repeated directive, as browsers do", () => {
    expect(parseCsp("script-src 'self'; script-src *").get("script-src")).toEqual(["'self'"]);
  });
});

describe("unsafeSources", () => {
  it("finds 'unsafe-inline', 'unsafe-eval' and 'unsafe-hashes' in any directive", () => {
    expect(unsafeSources(parseCsp("script-src 'self' 'unsafe-eval'; style-src 'self' 'unsafe-inline' 'unsafe-hashes'"))).toEqual([
      "script-src: 'unsafe-eval'",
      "style-src: 'unsafe-inline'",
      "style-src: 'unsafe-hashes'",
    ]);
  });

  it("finds wildcards: *, host wildcards and bare schemes", () => {
    expect(unsafeSources(parseCsp("img-src *; connect-src https://*.example.com; font-src https:; media-src data: blob:"))).toEqual([
      "img-src: * (wildcard)",
      "connect-src: https://*.example.com (wildcard)",
      "font-src: https: (wildcard)",
      "media-src: data: (wildcard)",
      "media-src: blob: (wildcard)",
    ]);
  });

  it("accepts 'self', 'none', 'wasm-unsafe-eval', hashes and named hosts", () => {
    const policy = parseCsp(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval' 'sha256-abc='; img-src https://images.example.com; object-src 'none'",
    );
    expect(unsafeSources(policy)).toEqual([]);
  });
});

describe("effectiveSources", () => {
  it("follows CSP3's fallbacks: worker-src to script-src, then to default-src", () => {
    const policy = parseCsp("default-src 'self'; script-src 'self' 'wasm-unsafe-eval'");
    expect(effectiveSources(policy, "worker-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(effectiveSources(policy, "style-src")).toEqual(["'self'"]);
    expect(effectiveSources(parseCsp("object-src 'none'"), "img-src")).toBeUndefined();
  });
});
