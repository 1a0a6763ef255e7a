import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { effectiveSources, parseCsp, unsafeSources } from "../../support/csp.ts";
import { headersForPath, headerValue, overlappingHeaders, parseNetlifyHeaders } from "../../support/netlify-headers.ts";

/** The headers as deployed: these tests read the project's own netlify.toml. */
const rules = parseNetlifyHeaders(readFileSync("netlify.toml", "utf8"));

// A path of every kind the build writes; tests/build/production-site.test.ts checks every real file.
const SAMPLE_PATHS = [
  "/",
  "/faq/",
  "/areas/camden/camden-town/",
  "/areas/camden/camden-town/events.ics",
  "/404.html",
  "/sitemap.xml",
  "/.well-known/security.txt",
  "/assets/main.0123456789.css",
  "/pagefind/pagefind.js",
  "/pagefind/pagefind-worker.js",
  "/pagefind/wasm.en.pagefind",
  "/pagefind/pagefind-entry.json",
  "/pagefind/pagefind.en_4b9d3ee86e.pf_meta",
  "/pagefind/index/en_0123456.pf_index",
];

const header = (path: string, name: string) => headerValue(headersForPath(rules, path), name);

describe("netlify.toml's Content-Security-Policy", () => {
  it("is sent for every path, the same everywhere", () => {
    const policies = new Set(SAMPLE_PATHS.map((path) => header(path, "Content-Security-Policy")));
    expect(policies.size).toBe(1);
    expect([...policies][0]).toBeTruthy();
  });

  const policy = parseCsp(header("/", "Content-Security-Policy") ?? "");

  it("has no unsafe-inline, unsafe-eval or wildcard source", () => {
    expect(unsafeSources(policy)).toEqual([]);
  });

  it("allows only the site itself by default, and nothing as objects, base URLs or frame parents", () => {
    expect(policy.get("default-src")).toEqual(["'self'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'none'"]);
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
  });

  it("adds only what Pagefind needs: compiling its WebAssembly and starting its worker", () => {
    expect(effectiveSources(policy, "script-src")).toEqual(["'self'", "'wasm-unsafe-eval'"]);
    expect(policy.get("worker-src")).toEqual(["'self'"]);
    for (const directive of ["style-src", "img-src", "connect-src", "font-src", "frame-src", "media-src", "manifest-src"]) {
      expect(effectiveSources(policy, directive), directive).toEqual(["'self'"]);
    }
  });
});

describe("netlify.toml's other security headers", () => {
  it("asks browsers to use HTTPS only, for at least a year", () => {
    const hsts = header("/", "Strict-Transport-Security") ?? "";
    expect(Number(/max-age=(\d+)/.exec(hsts)?.[1])).toBeGreaterThanOrEqual(31_536_000);
  });

  it("turns off MIME sniffing, framing and cross-origin referrer paths", () => {
    expect(header("/", "X-Content-Type-Options")).toBe("nosniff");
    expect(header("/", "X-Frame-Options")).toBe("DENY");
    expect(header("/", "Referrer-Policy")).toMatch(/^(no-referrer|same-origin|strict-origin|strict-origin-when-cross-origin)$/);
  });

  it("turns off geolocation and other device features, which no page uses", () => {
    const features = new Map(
      (header("/", "Permissions-Policy") ?? "").split(/\s*,\s*/).map((entry) => entry.split("=") as [string, string]),
    );
    expect(features.get("geolocation")).toBe("()");
    for (const feature of ["camera", "microphone", "payment"]) expect(features.get(feature), feature).toBe("()");
  });

  it("sets the same security headers on every path", () => {
    for (const name of ["Strict-Transport-Security", "X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy"]) {
      const values = new Set(SAMPLE_PATHS.map((path) => header(path, name)));
      expect(values.size, name).toBe(1);
    }
  });
});

describe("netlify.toml's caching", () => {
  it("never sets one header from two rules that match the same path", () => {
    for (const path of SAMPLE_PATHS) expect(overlappingHeaders(rules, path), path).toEqual([]);
  });

  it("lets browsers keep hashed files for a year", () => {
    for (const path of ["/assets/main.0123456789.css", "/pagefind/pagefind.en_4b9d3ee86e.pf_meta", "/pagefind/index/en_0123456.pf_index"]) {
      expect(header(path, "Cache-Control"), path).toBe("public, max-age=31536000, immutable");
    }
  });

  it("makes browsers revalidate HTML and Pagefind's fixed names", () => {
    for (const path of ["/", "/faq/", "/404.html", "/pagefind/pagefind.js", "/pagefind/pagefind-worker.js", "/pagefind/wasm.en.pagefind", "/pagefind/pagefind-entry.json"]) {
      expect(header(path, "Cache-Control"), path).toMatch(/max-age=0, must-revalidate/);
    }
  });
});
