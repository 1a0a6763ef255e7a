import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { fingerprintedName } from "../../src/assets/fingerprint.ts";
import { site as siteConfig } from "../../src/config/site.ts";
import { headersForPath, headerValue, overlappingHeaders, parseNetlifyHeaders } from "../support/netlify-headers.ts";
import { parseRedirects } from "../support/netlify-redirects.ts";
import { parseWardCodeFile } from "../../src/redirects/ward-codes.ts";
import { UNUSED_PAGEFIND_FILES } from "../../src/search/indexer.ts";
import type { BuiltSite } from "../support/build-site.ts";
import { defaultSite } from "../support/default-site.ts";
import { TEST_NOW } from "../../harness/clock.ts";
import { netlifyServing } from "../support/netlify.ts";
import { publicPath, readSite, type Page } from "../support/site-check.ts";
import { startStaticServer, type StaticServer } from "../support/static-server.ts";

/*
 * The production build, file by file: caching, no inline code, what search
 * engines read, security.txt, and the redirects for ward codes.
 * Links and reachability are in site-integrity.test.ts.
 */

let site: BuiltSite;
let pages: Map<string, Page>;
let files: string[];

beforeAll(async () => {
  site = await defaultSite();
  pages = readSite(site.outputDir);
  files = readdirSync(site.outputDir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(site.outputDir, path.join(entry.parentPath, entry.name)).split(path.sep).join("/"))
    .sort();
});

const read = (file: string) => readFileSync(path.join(site.outputDir, file), "utf8");

describe("caching (netlify.toml), over every file of the build", () => {
  const rules = parseNetlifyHeaders(readFileSync("netlify.toml", "utf8"));
  const cacheControl = (file: string) => headerValue(headersForPath(rules, `/${file}`), "Cache-Control") ?? "";
  // A run of 7 or more hex digits between separators: our `.<hash>.` and Pagefind's `_<hash>.`.
  const HASHED = /[._-][0-9a-f]{7,}\./;

  it("gives immutable caching only to files with a content hash in their name", () => {
    const immutable = files.filter((file) => cacheControl(file).includes("immutable"));
    expect(immutable.length).toBeGreaterThan(5);
    const unhashed = immutable.filter((file) => !HASHED.test(path.basename(file)));
    expect(unhashed, "files cached for a year whose name would not change with their content").toEqual([]);
  });

  it("names our own assets by the hash of their content", () => {
    const assets = files.filter((file) => file.startsWith("assets/"));
    expect(assets.length).toBeGreaterThanOrEqual(2);
    for (const file of assets) {
      const [name, , extension] = path.basename(file).split(".") as [string, string, string];
      expect(path.basename(file)).toBe(fingerprintedName(name, extension, readFileSync(path.join(site.outputDir, file))));
    }
  });

  it("caches our CSS and Pagefind's hashed index files for a year", () => {
    const hashed = files.filter((file) => /^(assets\/|pagefind\/(index|fragment|filter)\/|pagefind\/pagefind\.[^/]*\.pf_meta$)/.test(file));
    expect(hashed.some((file) => file.endsWith(".css"))).toBe(true);
    for (const file of hashed) expect(cacheControl(file), file).toBe("public, max-age=31536000, immutable");
  });

  it("ships Pagefind's search library, and none of the ready-made UIs the search page does not load", () => {
    expect(files).toEqual(expect.arrayContaining(["pagefind/pagefind.js", "pagefind/pagefind-worker.js", "pagefind/wasm.en.pagefind"]));
    for (const unused of UNUSED_PAGEFIND_FILES) expect(files).not.toContain(`pagefind/${unused}`);
    expect(files.filter((file) => /^pagefind\/[^/]*ui/.test(file))).toEqual([]);
  });

  it("makes browsers revalidate HTML and Pagefind's fixed-name files", () => {
    const fixed = files.filter(
      (file) => file.endsWith(".html") || /^pagefind\/(pagefind[^/]*\.(js|css)|wasm\.[^/]*\.pagefind|pagefind-entry\.json)$/.test(file),
    );
    expect(fixed).toEqual(expect.arrayContaining(["index.html", "pagefind/pagefind.js", "pagefind/pagefind-worker.js", "pagefind/pagefind-entry.json"]));
    for (const file of fixed) expect(cacheControl(file), file).toMatch(/(^|, )max-age=0, must-revalidate$/);
  });

  it("never has two rules set one header for the same file, nor leaves a file without the security headers", () => {
    for (const file of files) {
      expect(overlappingHeaders(rules, `/${file}`), file).toEqual([]);
      expect(headerValue(headersForPath(rules, `/${file}`), "Content-Security-Policy"), file).toBeTruthy();
    }
  });
});

describe("no inline code, so the Content-Security-Policy needs neither 'unsafe-inline' nor hashes", () => {
  it("has no inline script (JSON-LD data blocks aside), style element, style attribute or event handler on any page", () => {
    const problems = [...pages.values()].flatMap((page) => [
      ...(page.inlineScripts > 0 ? [`${page.file}: ${page.inlineScripts} inline <script>`] : []),
      ...(page.styleElements > 0 ? [`${page.file}: ${page.styleElements} <style>`] : []),
      ...page.styleAttributes.map((tag) => `${page.file}: <${tag} style>`),
      ...page.eventHandlers.map((handler) => `${page.file}: ${handler}`),
    ]);
    expect(problems).toEqual([]);
  });
});

describe("the search page's code", () => {
  it("loads only our own small module, which imports Pagefind's API itself: no Pagefind UI on any page", () => {
    const html = read("search/index.html");
    const scripts = [...html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"[^>]*>/g)].map((match) => match[0]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]).toMatch(/^<script type="module" src="\/assets\/search\.[0-9a-f]+\.js">$/);
    for (const file of pages.keys()) expect(read(file), file).not.toMatch(/pagefind-(component-|modular-)?ui/);
  });

  it("never turns text into markup: no innerHTML or the like in the search script", () => {
    const script = files.find((file) => /^assets\/search\.[0-9a-f]+\.js$/.test(file));
    expect(script).toBeDefined();
    const code = read(script ?? "");
    expect(code).toContain("../pagefind/pagefind.js");
    expect(code).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|createContextualFragment|DOMParser/);
  });
});

describe("what search engines read", () => {
  const absolute = (file: string) => `${siteConfig.url}${publicPath(file, siteConfig.pathPrefix)}`;
  const publicPages = () => [...pages.values()].filter((page) => page.file !== "404.html");

  it("lists every public page in sitemap.xml, with full URLs, and nothing else", () => {
    const listed = [...read("sitemap.xml").matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
    expect(listed.sort()).toEqual(publicPages().map((page) => absolute(page.file)).sort());
  });

  it("points to the sitemap from robots.txt", () => {
    expect(read("robots.txt")).toContain(`Sitemap: ${siteConfig.url}/sitemap.xml`);
  });

  it("gives every page a canonical URL from SITE_URL, a description, and Open Graph and Twitter card meta", () => {
    for (const page of pages.values()) {
      expect(page.canonical, page.file).toBe(absolute(page.file));
      expect(page.meta.get("description")?.length ?? 0, page.file).toBeGreaterThan(20);
      expect(page.meta.get("og:url"), page.file).toBe(page.canonical);
      expect(page.meta.get("og:title"), page.file).toBeTruthy();
      expect(page.meta.get("og:description"), page.file).toBe(page.meta.get("description"));
      expect(page.meta.get("og:type"), page.file).toBe("website");
      expect(page.meta.get("og:site_name"), page.file).toBe(siteConfig.name);
      expect(page.meta.get("twitter:card"), page.file).toBe("summary");
      expect(page.meta.get("twitter:title"), page.file).toBe(page.meta.get("og:title"));
    }
  });

  it("keeps the 404 page out of search engines", () => {
    expect(pages.get("404.html")?.meta.get("robots")).toBe("noindex");
    expect([...pages.values()].filter((page) => page.meta.has("robots")).map((page) => page.file)).toEqual(["404.html"]);
  });
});

describe("structured data (JSON-LD)", () => {
  const url = z.url({ protocol: /^https$/ });
  const context = z.literal("https://schema.org");
  const organisation = z.strictObject({
    "@context": context,
    "@type": z.literal("GovernmentOrganization"),
    "@id": url,
    name: z.string().min(1),
    description: z.string().min(1),
    url,
    areaServed: z.strictObject({ "@type": z.literal("City"), name: z.literal("London") }),
  });
  const faqPage = z.strictObject({
    "@context": context,
    "@type": z.literal("FAQPage"),
    "@id": url,
    url,
    mainEntity: z
      .array(
        z.strictObject({
          "@type": z.literal("Question"),
          name: z.string().min(1),
          acceptedAnswer: z.strictObject({ "@type": z.literal("Answer"), text: z.string().min(20) }),
        }),
      )
      .min(1),
  });
  const base = z.strictObject({
    "@type": z.enum(["PoliceStation", "CivicStructure"]),
    "@id": url.refine((id) => /#base-[a-z0-9-]+$/.test(id), "a #base-… fragment"),
    name: z.string().min(1),
    address: z.strictObject({
      "@type": z.literal("PostalAddress"),
      streetAddress: z.string().min(1),
      addressLocality: z.literal("London"),
      postalCode: z.string().regex(/^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/),
      addressCountry: z.literal("GB"),
    }),
    areaServed: z.strictObject({ "@type": z.literal("AdministrativeArea"), name: z.string().min(1) }),
    url,
    parentOrganization: z.strictObject({ "@id": url }).optional(),
  });
  const bases = z.union([base.extend({ "@context": context }), z.strictObject({ "@context": context, "@graph": z.array(base).min(2) })]);

  const blocks = () => [...pages.values()].flatMap((page) => page.jsonLd.map((json) => ({ page, data: JSON.parse(json) as unknown })));

  it("is valid JSON of a known shape wherever it appears", () => {
    expect(blocks().length).toBeGreaterThan(2);
    for (const { page, data } of blocks()) {
      const shape = page.file === "index.html" ? organisation : page.file === "faq/index.html" ? faqPage : bases;
      const result = shape.safeParse(data);
      expect(result.success ? [] : result.error.issues, page.file).toEqual([]);
    }
  });

  it("describes the site as a GovernmentOrganization on the home page", () => {
    expect(pages.get("index.html")?.jsonLd).toHaveLength(1);
  });

  it("has a FAQPage with every question on the FAQ page", () => {
    const [json] = pages.get("faq/index.html")?.jsonLd ?? [];
    const questions = readdirSync("content/faq").filter((name) => name.endsWith(".md"));
    expect((faqPage.parse(JSON.parse(json ?? "null")).mainEntity).length).toBe(questions.length);
  });

  it("has a PoliceStation or CivicStructure for each base on each ward page, each with its own @id", () => {
    const wardPages = [...pages.values()].filter((page) => /^areas\/[^/]+\/[^/]+\/index\.html$/.test(page.file));
    const ids: string[] = [];
    for (const page of wardPages) {
      const baseCount = (read(page.file).match(/<li class="sn-base"/g) ?? []).length;
      const nodes = page.jsonLd.flatMap((json) => {
        const data = bases.parse(JSON.parse(json));
        return "@graph" in data ? data["@graph"] : [data];
      });
      expect(nodes.length, page.file).toBe(baseCount);
      for (const node of nodes) expect(node["@id"].startsWith(`${page.canonical}#base-`), node["@id"]).toBe(true);
      ids.push(...nodes.map((node) => node["@id"]));
    }
    expect(ids.length).toBeGreaterThan(0);
    expect(new Set(ids).size).toBe(ids.length);
  });
});

describe("the build's fixed now (SN_NOW)", () => {
  it("leaves the sample wards' events upcoming whatever the real date, with their lists and calendars", () => {
    const calendars = files.filter((file) => file.endsWith("/events.ics"));
    expect(calendars.length).toBeGreaterThan(0);
    for (const calendar of calendars) {
      const ward = read(calendar.replace(/events\.ics$/, "index.html"));
      expect(ward, calendar).toContain('class="sn-event"');
      expect(read(calendar), calendar).toContain("BEGIN:VEVENT");
    }
  });
});

describe("/.well-known/security.txt (RFC 9116)", () => {
  it("has a contact, an expiry after the build but within a year, and its own canonical URL", () => {
    const text = read(".well-known/security.txt");
    const fields = new Map(text.trim().split("\n").map((line) => line.split(/: (.*)/s).slice(0, 2) as [string, string]));
    expect(fields.get("Contact")).toBe(siteConfig.securityContact);
    const expires = new Date(fields.get("Expires") ?? "");
    // Counted from the build's pinned now (harness/clock.ts), not the real date.
    const days = (expires.getTime() - new Date(TEST_NOW).getTime()) / 86_400_000;
    expect(days).toBeGreaterThan(30);
    expect(days).toBeLessThan(365);
    expect(fields.get("Expires")).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/);
    expect(fields.get("Canonical")).toBe(`${siteConfig.url}/.well-known/security.txt`);
  });
});

describe("_redirects for ward codes", () => {
  it("has a 301 from /areas/<code>/ for every code in src/redirects/ward-codes.json", () => {
    const { codes } = parseWardCodeFile(readFileSync("src/redirects/ward-codes.json", "utf8"), "ward-codes.json");
    const redirects = parseRedirects(read("_redirects"));
    expect(redirects.map((redirect) => redirect.from)).toEqual(Object.keys(codes).map((code) => `/areas/${code}/`));
    expect(redirects.every((redirect) => redirect.status === 301)).toBe(true);
    const kind = (to: string) => (/^\/areas\/[^/]+\/[^/]+\/$/.test(to) ? "ward" : to === "/areas/" ? "areas" : "borough");
    const counts = new Map<string, number>();
    for (const redirect of redirects) {
      const code = redirect.from.split("/")[2] as string;
      const key = `${codes[code]?.current === code ? "current" : "retired"} → ${kind(redirect.to)}`;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    console.log(`Ward code redirects (sample site): ${[...counts].sort().map(([key, n]) => `${key}: ${n}`).join(", ")}`);
  });

  it("sends codes to their wards' pages, their boroughs' pages, or the City of London's", () => {
    const redirects = new Map(parseRedirects(read("_redirects")).map((redirect) => [redirect.from, redirect.to]));
    expect(redirects.get("/areas/E05013655/")).toBe("/areas/camden/camden-town/"); // current, with a page
    expect(redirects.get("/areas/E05000143/")).toBe("/areas/camden/st-pancras-and-somers-town/"); // retired in 2022, same name
    expect(redirects.get("/areas/E05000130/")).toBe("/areas/camden/"); // retired, no namesake
    expect(redirects.get("/areas/E05013663/")).toBe("/areas/camden/kentish-town-north/"); // current: every Met ward has a page
    expect(redirects.get("/areas/E05009288/")).toBe("/areas/city-of-london/"); // City of London: its own force, explained on one page
  });
});

describe("the local test server, like Netlify", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await startStaticServer({ root: site.outputDir, ...netlifyServing(site.outputDir) });
  });
  afterAll(async () => {
    await server?.close();
  });

  it("serves the custom 404 page, with status 404, for an unknown path", async () => {
    const response = await fetch(`${server.origin}/no-such-page/`);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain("Page not found");
    expect(response.headers.get("content-security-policy")).toContain("default-src 'self'");
  });

  it("follows _redirects for a path with no file, and sends netlify.toml's headers", async () => {
    const response = await fetch(`${server.origin}/areas/E05000130`, { redirect: "manual" });
    expect(response.status).toBe(301);
    expect(response.headers.get("location")).toBe("/areas/camden/");
    const asset = await fetch(`${server.origin}/${files.find((file) => file.endsWith(".css"))}`);
    expect(asset.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
    expect(asset.headers.get("x-content-type-options")).toBe("nosniff");
  });

  it("does not publish _redirects itself", async () => {
    expect((await fetch(`${server.origin}/_redirects`)).status).toBe(404);
  });
});
