import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "csv-parse/sync";
import { vacantPosts } from "../../../src/wards/skeleton.ts";
import { loadWards } from "../../../src/wards/load.ts";
import { TEST_NOW } from "../../../harness/clock.ts";

/**
 * content/wards has a file for each of the Met's 679 wards: the hand-written
 * sample wards (sample: true), which must always build cleanly, and the
 * importer's skeletons for the rest.
 */
describe("sample ward content", () => {
  const all = loadWards("content");
  const result = { ...all, wards: all.wards.filter((ward) => ward.sample) };

  it("has no problems, and only the vacancy warning of St Pancras & Somers Town; skeletons are not vacant, their teams are not known yet", () => {
    expect(all.problems).toEqual([]);
    expect(all.warnings).toEqual([]);
    const vacant = all.wards.filter((ward) => vacantPosts(ward).length > 0);
    expect(vacant.map((ward) => ward.name)).toEqual(["St Pancras & Somers Town"]);
  });

  it("covers about a dozen wards in at least three boroughs, including Camden Town", () => {
    expect(result.wards.length).toBeGreaterThanOrEqual(12);
    expect(new Set(result.wards.map((ward) => ward.borough.code)).size).toBeGreaterThanOrEqual(3);
    expect(result.wards.find((ward) => ward.slug === "camden-town")?.borough.name).toBe("Camden");
  });

  it("marks every sample ward as a sample, in the data and in a comment at the top of the file; the rest are skeletons with no team yet", () => {
    const files = readdirSync("content/wards", { recursive: true, withFileTypes: true }).filter((entry) => entry.name.endsWith(".yaml"));
    expect(files).toHaveLength(all.wards.length);
    let samples = 0;
    for (const entry of files) {
      const text = readFileSync(path.join(entry.parentPath, entry.name), "utf8");
      if (/^sample: true$/m.test(text)) {
        samples++;
        expect(text).toMatch(/^# Illustrative sample content: .*\n# .*not real officers\./);
      }
    }
    expect(samples).toBe(result.wards.length);
    expect(all.wards.filter((ward) => !ward.sample).every((ward) => ward.team.length === 0)).toBe(true);
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
