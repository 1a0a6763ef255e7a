import { describe, expect, it } from "vitest";
import {
  absoluteUrl,
  buildTime,
  normalisePathPrefix,
  productionConfigWarnings,
  readSiteConfig,
  securityContactUri,
  sitePath,
} from "../../../src/config/site.ts";

describe("readSiteConfig", () => {
  it("has a default address, no prefix and a security contact", () => {
    const config = readSiteConfig({});
    expect(config.url).toBe("https://safer-neighbourhoods.netlify.app");
    expect(config.pathPrefix).toBe("/");
    expect(config.securityContact).toMatch(/^mailto:/);
  });

  it("reads SITE_URL, PATH_PREFIX and SECURITY_CONTACT from the environment", () => {
    const config = readSiteConfig({
      SITE_URL: "https://www.example.org/",
      PATH_PREFIX: "safer-neighbourhoods",
      SECURITY_CONTACT: "https://www.example.org/report-a-vulnerability",
    });
    expect(config.url).toBe("https://www.example.org");
    expect(config.pathPrefix).toBe("/safer-neighbourhoods/");
    expect(config.securityContact).toBe("https://www.example.org/report-a-vulnerability");
  });

  it("falls back to Netlify's own address for the site (URL) when SITE_URL is not set", () => {
    expect(readSiteConfig({ URL: "https://sn.example.org" }).url).toBe("https://sn.example.org");
    expect(readSiteConfig({ URL: "https://sn.example.org", SITE_URL: "https://www.example.org" }).url).toBe("https://www.example.org");
  });
});

describe("productionConfigWarnings", () => {
  it("warns about a production deploy without a security contact, and only then", () => {
    expect(productionConfigWarnings({ CONTEXT: "production" })).toEqual([expect.stringContaining("SECURITY_CONTACT is not set")]);
    expect(productionConfigWarnings({ CONTEXT: "production", SECURITY_CONTACT: "security@example.org" })).toEqual([]);
    expect(productionConfigWarnings({ CONTEXT: "deploy-preview" })).toEqual([]);
    expect(productionConfigWarnings({})).toEqual([]);
  });
});

describe("normalisePathPrefix", () => {
  it("always has a leading and a trailing slash", () => {
    expect(normalisePathPrefix(undefined)).toBe("/");
    expect(normalisePathPrefix(" / ")).toBe("/");
    expect(normalisePathPrefix("/sn")).toBe("/sn/");
    expect(normalisePathPrefix("police/sn/")).toBe("/police/sn/");
  });
});

describe("sitePath and absoluteUrl", () => {
  const config = { url: "https://www.example.org", pathPrefix: "/sn/" };

  it("put a site path under the prefix, and after the site's address", () => {
    expect(sitePath("/faq/", config)).toBe("/sn/faq/");
    expect(sitePath("/", config)).toBe("/sn/");
    expect(sitePath("/faq/", { pathPrefix: "/" })).toBe("/faq/");
    expect(absoluteUrl("/areas/camden/", config)).toBe("https://www.example.org/sn/areas/camden/");
    expect(absoluteUrl("/", { url: "https://www.example.org", pathPrefix: "/" })).toBe("https://www.example.org/");
  });
});

describe("securityContactUri", () => {
  it("makes a bare email address a mailto: URI and leaves URIs alone", () => {
    expect(securityContactUri(" security@example.org ")).toBe("mailto:security@example.org");
    expect(securityContactUri("mailto:security@example.org")).toBe("mailto:security@example.org");
    expect(securityContactUri("https://example.org/security")).toBe("https://example.org/security");
  });
});

describe("buildTime", () => {
  it("is the clock when SN_NOW is not set", () => {
    const before = Date.now();
    const time = buildTime({}).getTime();
    expect(time).toBeGreaterThanOrEqual(before);
    expect(time).toBeLessThanOrEqual(Date.now());
  });

  it("is SN_NOW when set", () => {
    expect(buildTime({ SN_NOW: "2026-11-26T12:00:00Z" }).toISOString()).toBe("2026-11-26T12:00:00.000Z");
  });

  it("says what is wrong with an SN_NOW that is not a date", () => {
    expect(() => buildTime({ SN_NOW: "next tuesday" })).toThrow('SN_NOW is not a date and time: "next tuesday"');
  });
});
