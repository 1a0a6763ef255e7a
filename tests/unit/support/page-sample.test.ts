import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { pageKind, samplePages } from "../../support/page-sample.ts";

describe("pageKind", () => {
  it("groups pages by the shape of their address", () => {
    expect(pageKind("index.html")).toBe("index.html");
    expect(pageKind("faq/index.html")).toBe("faq/index.html");
    expect(pageKind("faq/who-is-in-a-team/index.html")).toBe("faq/*");
    expect(pageKind("areas/camden/index.html")).toBe("areas/*");
    expect(pageKind("areas/camden/regents-park/index.html")).toBe("areas/*/*");
  });
});

describe("samplePages", () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), "sample-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const write = (page: string, bytes: number) => {
    mkdirSync(path.dirname(path.join(dir, page)), { recursive: true });
    writeFileSync(path.join(dir, page), "x".repeat(bytes));
    return page;
  };
  const wards = Array.from({ length: 100 }, (_, i) => write(`areas/b/w${String(i).padStart(3, "0")}/index.html`, 100 + (i === 57 ? 5000 : i)));
  const others = [write("index.html", 10), write("faq/index.html", 10), write("faq/q/index.html", 10)];
  const all = [...others, ...wards].sort();

  it("keeps every page of a small kind, and at most the limit of a large one", () => {
    const sample = samplePages(dir, all, 20);
    for (const page of others) expect(sample).toContain(page);
    const sampledWards = sample.filter((page) => pageKind(page) === "areas/*/*");
    expect(sampledWards.length).toBeGreaterThan(10);
    expect(sampledWards.length).toBeLessThanOrEqual(20);
  });

  it("always includes the heaviest page of a kind, and is the same every time", () => {
    const sample = samplePages(dir, all, 20);
    expect(sample).toContain("areas/b/w057/index.html");
    expect(samplePages(dir, all, 20)).toEqual(sample);
  });

  it("spreads the sample over the whole kind, not just its start", () => {
    const sample = samplePages(dir, all, 20);
    expect(sample).toContain("areas/b/w000/index.html");
    expect(sample.some((page) => page >= "areas/b/w090")).toBe(true);
  });
});
