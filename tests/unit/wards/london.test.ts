import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { afterAll, describe, expect, it } from "vitest";
import { generateWardFiles } from "../../../src/wards/generate.ts";
import { importWards } from "../../../src/wards/import.ts";
import { readWardListWithCity } from "../../../src/wards/ward-list.ts";
import { wardFilePath } from "../../../src/wards/skeleton-file.ts";
import { loadWards } from "../../../src/wards/load.ts";
import { tempProject } from "./helpers.ts";

// The shared ONS ward list lives beside the repository, not in it.
const csvPath = path.resolve("../shared/data/wards/london_wards_2024.csv");
const missing = `skipped: ${csvPath} is missing (the shared ONS London ward list, outside this repository)`;

/** London wards and boroughs counted straight from the CSV, independently of the importer. */
function countInCsv(): { wards: number; boroughs: number } {
  const rows = parse(readFileSync(csvPath, "utf8"), { columns: true }) as Record<string, string>[];
  const london = rows.filter((row) => row["LAD_CODE"]?.startsWith("E09"));
  return { wards: new Set(london.map((row) => row["WD_CODE"])).size, boroughs: new Set(london.map((row) => row["LAD_CODE"])).size };
}

describe("all of London from the ONS ward list", () => {
  const root = tempProject();
  const content = path.join(root, "content");
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it.skipIf(!existsSync(csvPath))(`imports, generates and loads every ward the Met polices, as committed, with no problems (${existsSync(csvPath) ? csvPath : missing})`, () => {
    const all = countInCsv();
    // The data's README documents 704 wards in 33 boroughs: 32 boroughs and the City, whose 25 wards the Met does not police.
    expect(all).toEqual({ wards: 704, boroughs: 33 });
    const expected = { wards: all.wards - 25, boroughs: all.boroughs - 1 };

    const { wards: list, cityWardsLeftOut } = readWardListWithCity(csvPath);
    expect(cityWardsLeftOut).toBe(25);
    expect(list.some((entry) => entry.boroughCode === "E09000001")).toBe(false);
    const imported = importWards(list, content);
    expect(imported.created).toHaveLength(expected.wards);
    // The committed ward files are exactly what the importer makes from this list, file for file.
    for (const entry of list) expect(existsSync(wardFilePath("content", entry)), wardFilePath("content", entry)).toBe(true);
    expect(loadWards("content").wards.map((ward) => ward.id).sort()).toEqual(list.map((entry) => entry.code).sort());

    generateWardFiles(list, content, { now: new Date("2026-11-26T12:00:00Z"), overwrite: true });
    const loaded = loadWards(content, { root });
    expect(loaded.problems).toEqual([]);
    expect(loaded.warnings).toEqual([]);
    expect(loaded.wards).toHaveLength(expected.wards);
    expect(new Set(loaded.wards.map((ward) => ward.borough.code)).size).toBe(expected.boroughs);
    expect(loaded.wards.find((ward) => ward.id === "E05013655")).toMatchObject({ name: "Camden Town", borough: { name: "Camden" } });

    const again = importWards(list, content);
    expect(again.created).toEqual([]);
    expect(again.skipped).toHaveLength(expected.wards);
  });
});
