import { spawnSync } from "node:child_process";
import { parse } from "yaml";
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { loadWards } from "../../../src/wards/load.ts";
import { formatImportSummary, importWards } from "../../../src/wards/import.ts";
import { parseWardListCsv, readWardList } from "../../../src/wards/ward-list.ts";
import { skeletonWard, wardFilePath } from "../../../src/wards/skeleton-file.ts";
import { ImportError } from "../../../src/import/source.ts";
import { validateWard } from "../../../src/wards/schema.ts";
import { tempProjects } from "./helpers.ts";

const CSV = "tests/fixtures/wards/csv";
const TODAY = "2026-11-26";

const project = tempProjects();

function importError(run: () => unknown): ImportError {
  try {
    run();
  } catch (error) {
    if (error instanceof ImportError) return error;
    throw error;
  }
  throw new Error("expected a ImportError");
}

describe("reading a ward list", () => {
  it("reads ONS columns of any year (WD24CD...), keeping London boroughs only", () => {
    expect(readWardList(`${CSV}/ons-wd24.csv`)).toEqual([
      { code: "E05013655", name: "Camden Town", boroughCode: "E09000007", boroughName: "Camden", centre: { latitude: 51.54092, longitude: -0.14505 } },
      { code: "E05013668", name: "Regent's Park", boroughCode: "E09000007", boroughName: "Camden", centre: { latitude: 51.53056, longitude: -0.14184 } },
      { code: "E05013806", name: "St James's", boroughCode: "E09000033", boroughName: "Westminster", centre: { latitude: 51.5036, longitude: -0.13152 } },
    ]);
  });

  it("reads the WD_CODE style with CENTROID columns, leaving out an empty centre", () => {
    const wards = readWardList(`${CSV}/shared-style.csv`);
    expect(wards.map((ward) => [ward.code, ward.name, ward.boroughName, ward.centre?.latitude])).toEqual([
      ["E05009317", "Bethnal Green East", "Tower Hamlets", 51.52725],
      ["E05009331", "Bethnal Green West", "Tower Hamlets", 51.52804],
      ["E05009377", "Hoxton East & Shoreditch", "Hackney", undefined],
    ]);
  });

  it("accepts other years and lower-case headers", () => {
    const wards = parseWardListCsv("wd22cd,wd22nm,lad21cd,lad21nm\nE05013655,Camden Town,E09000007,Camden\n", "list.csv");
    expect(wards).toEqual([{ code: "E05013655", name: "Camden Town", boroughCode: "E09000007", boroughName: "Camden", centre: undefined }]);
  });

  it.each([
    ["missing-column.csv", "tests/fixtures/wards/csv/missing-column.csv: row 1: no column for the borough name (LADxxNM or LAD_NAME); found WD23CD, WD23NM, LAD23CD"],
    ["bad-code.csv", 'tests/fixtures/wards/csv/bad-code.csv: row 3, column WD24CD: expected a ward code like E05013655, got "E0501366"'],
    ["unparsable.csv", "tests/fixtures/wards/csv/unparsable.csv: row 3: not valid CSV: Quote Not Closed: the parsing is finished with an opening quote at line 3"],
    ["short-row.csv", "tests/fixtures/wards/csv/short-row.csv: row 3: not valid CSV: Invalid Record Length: expect 4, got 3 on line 3"],
  ])("rejects %s with one line naming the file, row and column", (file, message) => {
    const error = importError(() => readWardList(`${CSV}/${file}`));
    expect(error.message).toBe(message);
    expect(error.message).not.toContain("\n");
    expect(error.skipOriginalStack).toBe(true);
  });

  it.each([
    ["a missing file", () => readWardList(`${CSV}/nope.csv`), "tests/fixtures/wards/csv/nope.csv: cannot read the ward list: no such file"],
    ["an empty file", () => parseWardListCsv("", "x.csv"), "x.csv: the file is empty; expected a header row and one row per ward"],
    [
      "two ward-code columns",
      () => parseWardListCsv("WD22CD,WD24CD,WD24NM,LAD24CD,LAD24NM\n", "x.csv"),
      "x.csv: row 1: columns WD22CD and WD24CD both look like the ward code (WDxxCD or WD_CODE); keep one",
    ],
    [
      "a bad borough code",
      () => parseWardListCsv("WD_CODE,WD_NAME,LAD_CODE,LAD_NAME\nE05013655,Camden Town,Camden,Camden\n", "x.csv"),
      'x.csv: row 2, column LAD_CODE: expected a local authority code like E09000007, got "Camden"',
    ],
    [
      "an empty name",
      () => parseWardListCsv("WD_CODE,WD_NAME,LAD_CODE,LAD_NAME\nE05013655,,E09000007,Camden\n", "x.csv"),
      "x.csv: row 2, column WD_NAME: expected the ward's name, got an empty cell",
    ],
    [
      "a repeated code",
      () => parseWardListCsv("WD_CODE,WD_NAME,LAD_CODE,LAD_NAME\nE05013655,A,E09000007,Camden\nE05013655,B,E09000007,Camden\n", "x.csv"),
      "x.csv: row 3, column WD_CODE: ward code E05013655 is also on row 2",
    ],
    [
      "two wards that would share a file",
      () => parseWardListCsv("WD_CODE,WD_NAME,LAD_CODE,LAD_NAME\nE05013655,St Johns,E09000007,Camden\nE05013656,St John's,E09000007,Camden\n", "x.csv"),
      `x.csv: row 3, column WD_NAME: "St John's" would have the same file as the ward on row 2 (camden/st-johns.yaml)`,
    ],
    [
      "a centre outside London",
      () => parseWardListCsv("WD_CODE,WD_NAME,LAD_CODE,LAD_NAME,CENTROID_LAT,CENTROID_LON\nE05013655,A,E09000007,Camden,53.4,-0.1\n", "x.csv"),
      'x.csv: row 2, column CENTROID_LAT: expected a latitude in London (51.2 to 51.8), got "53.4"',
    ],
  ])("rejects %s", (_, run, message) => {
    expect(importError(run).message).toBe(message);
  });
});

describe("importing wards", () => {
  const list = () => readWardList(`${CSV}/ons-wd24.csv`);

  it("writes a valid skeleton for each ward, where the loader expects it", () => {
    const root = project();
    const content = path.join(root, "content");
    const result = importWards(list(), content);
    expect(result.created.map((file) => path.relative(root, file))).toEqual([
      "content/wards/camden/camden-town.yaml",
      "content/wards/camden/regents-park.yaml",
      "content/wards/westminster/st-jamess.yaml",
    ]);
    expect(formatImportSummary(result)).toBe("Created 3 ward files, skipped 0 that already exist.");

    const loaded = loadWards(content, { root });
    expect(loaded.problems).toEqual([]);
    expect(loaded.wards.map((ward) => ward.id)).toEqual(["E05013655", "E05013668", "E05013806"]);
    expect(loaded.wards[0]).toMatchObject({
      sample: false,
      team: [],
      centre: { latitude: 51.54092, longitude: -0.14505 },
      description: "The details of the Safer Neighbourhoods team for Camden Town have not been added yet.",
    });
    // No person has reviewed a skeleton: the page must not claim a review.
    expect(loaded.wards[0]).not.toHaveProperty("last_reviewed");
  });

  it("starts each skeleton with the editor's schema and a comment an author will understand, and outlines every section", () => {
    const root = project();
    const [file] = importWards(list(), path.join(root, "content")).created;
    const source = readFileSync(file ?? "", "utf8");
    expect(source).toMatch(/^# yaml-language-server: \$schema=\.\.\/\.\.\/\.\.\/schemas\/ward\.schema\.json\n# Created by `npm run import:wards`/);
    for (const field of ["team", "locations", "contact_details", "priorities", "events", "neighbours"]) {
      expect(source).toMatch(new RegExp(`^${field}: (\\[\\]|\\{\\})\n# ${field}:\n#   `, "m"));
    }
    expect(source).toMatch(/^# last_reviewed: /m);
    // The outline, uncommented, is a valid ward: what it shows an author is right.
    const filled = source.replace(/^(team|locations|contact_details|priorities|events|neighbours): (\[\]|\{\})\n/gm, "").replace(/^# (?=[a-z_]+:|\s)/gm, "");
    const result = validateWard(parse(filled));
    expect(result.ok ? [] : result.issues).toEqual([]);
  });

  it("writes untouched skeletons again in the current format only when asked, and never an edited one", () => {
    const root = project();
    const content = path.join(root, "content");
    const [camden, regents] = importWards(list(), content).created;
    writeFileSync(camden ?? "", `# An older skeleton format\n${readFileSync(camden ?? "", "utf8").replace(/^#.*\n/gm, "")}`);
    writeFileSync(regents ?? "", readFileSync(regents ?? "", "utf8").replace("team: []", "team:\n  - name: A Person\n    role: dedicated-officer\n    rank: PC"));
    expect(importWards(list(), content).refreshed).toEqual([]);
    const again = importWards(list(), content, { refreshSkeletons: true });
    expect(again.refreshed).toEqual([camden]);
    expect(readFileSync(camden ?? "", "utf8")).toMatch(/^# yaml-language-server/);
    expect(readFileSync(regents ?? "", "utf8")).toContain("A Person");
    expect(formatImportSummary(again)).toBe("Created 0 ward files, refreshed 1 ward file still untouched, skipped 2 that already exist.");
  });

  it("skips existing files and never overwrites them", () => {
    const root = project();
    const content = path.join(root, "content");
    importWards(list().slice(0, 1), content);
    const edited = wardFilePath(content, { name: "Camden Town", boroughName: "Camden" });
    writeFileSync(edited, "# An author's work in progress\n");

    const again = importWards(list(), content);
    expect(again.created).toHaveLength(2);
    expect(again.skipped).toEqual([edited]);
    expect(readFileSync(edited, "utf8")).toBe("# An author's work in progress\n");
    expect(formatImportSummary(again)).toBe("Created 2 ward files, skipped 1 that already exist.");
    expect(formatImportSummary({ created: [edited], skipped: [] })).toBe("Created 1 ward file, skipped 0 that already exist.");
  });

  it("makes skeletons that pass the schema without a centre too", () => {
    const skeleton = skeletonWard({ code: "E05009377", name: "Hoxton East & Shoreditch", boroughCode: "E09000012", boroughName: "Hackney" });
    expect(skeleton).toMatchObject({ slug: "hoxton-east-and-shoreditch", borough: { slug: "hackney" } });
    expect(skeleton).not.toHaveProperty("centre");
    expect(validateWard(skeleton).ok).toBe(true);
  });
});

describe("npm run import:wards", () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/import-wards.ts", ...args], { encoding: "utf8" });

  it("creates files and reports the counts", () => {
    const root = project();
    const content = path.join(root, "content");
    const first = run(`${CSV}/shared-style.csv`, "--content", content);
    expect(first.stdout).toBe("Created 3 ward files, skipped 0 that already exist.\n");
    expect(first.status).toBe(0);
    expect(run(`${CSV}/shared-style.csv`, "--content", content).stdout).toBe("Created 0 ward files, skipped 3 that already exist.\n");
  });

  it("exits 1 with one line and no stack trace for a malformed CSV", () => {
    const result = run(`${CSV}/bad-code.csv`, "--content", path.join(project(), "content"));
    expect(result.status).toBe(1);
    expect(result.stderr).toBe(
      'import:wards: tests/fixtures/wards/csv/bad-code.csv: row 3, column WD24CD: expected a ward code like E05013655, got "E0501366"\n',
    );
    expect(result.stdout).toBe("");
  });

  it("explains its usage when the CSV is missing", () => {
    const result = run();
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^import:wards: usage: npm run import:wards -- <ward-list\.csv>/);
  });
});
