import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { freshnessWarnings } from "../../../src/check/freshness.ts";
import { loadWards } from "../../../src/wards/load.ts";
import { TEST_NOW } from "../../../harness/clock.ts";

/** The hand-written sample wards in content/wards must always build cleanly. */
describe("sample ward content", () => {
  const result = loadWards("content");

  it("has no problems, and only the deliberate vacancy warning", () => {
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    const vacant = result.wards.flatMap((ward) => freshnessWarnings(ward, ward.slug, new Date("2026-12-01T12:00:00Z")).filter((w) => w.field === "team"));
    expect(vacant).toEqual([
      { file: "st-pancras-and-somers-town", field: "team", message: expect.stringMatching(/^no dedicated PCSO; the page says the post is vacant/) },
    ]);
  });

  it("covers about a dozen wards in at least three boroughs, including Camden Town", () => {
    expect(result.wards.length).toBeGreaterThanOrEqual(12);
    expect(new Set(result.wards.map((ward) => ward.borough.code)).size).toBeGreaterThanOrEqual(3);
    expect(result.wards.find((ward) => ward.slug === "camden-town")?.borough.name).toBe("Camden");
  });

  it("marks every ward as a sample, in the data and in a comment at the top of the file", () => {
    expect(result.wards.every((ward) => ward.sample)).toBe(true);
    const files = readdirSync("content/wards", { recursive: true, withFileTypes: true }).filter((entry) => entry.name.endsWith(".yaml"));
    expect(files).toHaveLength(result.wards.length);
    for (const entry of files) {
      expect(readFileSync(path.join(entry.parentPath, entry.name), "utf8")).toMatch(/^# Illustrative sample content: .*\n# .*not real officers\./);
    }
  });

  it("lists events after the test builds' fixed now, so every test build has upcoming events", () => {
    const events = result.wards.flatMap((ward) => ward.events);
    expect(events.length).toBeGreaterThan(0);
    expect(events.every((event) => event.start_date > TEST_NOW.slice(0, 10))).toBe(true);
  });

  const csvPath = path.resolve("../shared/data/wards/london_wards_2024.csv");
  it.skipIf(!existsSync(csvPath))(`uses real ward codes, names and boroughs (checked against ${csvPath})`, () => {
    const rows = parse(readFileSync(csvPath, "utf8"), { columns: true }) as Record<string, string>[];
    const byCode = new Map(rows.map((row) => [row["WD_CODE"], row]));
    for (const ward of result.wards) {
      expect(byCode.get(ward.id), ward.id).toMatchObject({ WD_NAME: ward.name, LAD_CODE: ward.borough.code, LAD_NAME: ward.borough.name });
    }
  });
});
