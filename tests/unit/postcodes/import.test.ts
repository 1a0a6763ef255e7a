import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { findWard } from "../../../src/postcodes/encoding.ts";
import { formatPostcodeSummary, parsePostcodeCsv, writePostcodeData } from "../../../src/postcodes/import.ts";
import { loadPostcodeData } from "../../../src/postcodes/load.ts";
import { placeFinder } from "../../../src/postcodes/places.ts";
import { ImportError } from "../../../src/import/source.ts";

const WARDS = new Map([
  ["E05013668", { boroughCode: "E09000007" }], // Regent's Park, Camden
  ["E05013806", { boroughCode: "E09000033" }], // St James's, Westminster
]);
const HEADER = "pcds,lad_code,wd_code,easting,northing,pq";
// Grid references from OS Code-Point Open.
const GOOD = [
  HEADER,
  "NW1 7JN,E09000007,E05013668,529013,183638,10",
  "SW1A 1AA,E09000033,E05013806,529090,179645,10",
  "EC2V 7HH,E09000001,E05009300,532513,181353,10",
].join("\n");

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function problem(source: string): string {
  try {
    parsePostcodeCsv(source, "list.csv", WARDS);
  } catch (error) {
    if (error instanceof ImportError) return error.message;
    throw error;
  }
  throw new Error("expected a ImportError");
}

describe("parsePostcodeCsv", () => {
  it("reads each postcode with its ward, City of London ones included", () => {
    expect(parsePostcodeCsv(GOOD, "list.csv", WARDS).map(({ place: _place, ...row }) => row)).toEqual([
      { postcode: "NW1 7JN", outward: "NW1", inward: "7JN", ward: "E05013668" },
      { postcode: "SW1A 1AA", outward: "SW1A", inward: "1AA", ward: "E05013806" },
      { postcode: "EC2V 7HH", outward: "EC2V", inward: "7HH", ward: "E05009300" },
    ]);
  });

  it("places each postcode from its grid reference, as WGS84 longitude and latitude", () => {
    const [, palace] = parsePostcodeCsv(GOOD, "list.csv", WARDS);
    // Buckingham Palace, as postcodes.io (ONS) gives it: -0.141588, 51.501009.
    expect(palace?.place?.[0]).toBeCloseTo(-0.141588, 5);
    expect(palace?.place?.[1]).toBeCloseTo(51.501009, 5);
  });

  it("reads a list without grid references, whose postcodes have no place", () => {
    const rows = parsePostcodeCsv("pcds,wd_code\nNW1 7JN,E05013668", "list.csv", WARDS);
    expect(rows).toEqual([{ postcode: "NW1 7JN", outward: "NW1", inward: "7JN", ward: "E05013668" }]);
  });

  it("leaves a postcode with an empty grid reference without a place, not an error", () => {
    const rows = parsePostcodeCsv(`${HEADER}\nNW1 7JN,E09000007,E05013668,,,`, "list.csv", WARDS);
    expect(rows[0]?.place).toBeUndefined();
  });

  it.each([
    ["a missing column", "pcds,lad_code\nNW1 7JN,E09000007", "list.csv: row 1: no column wd_code or osward (the ward code); found pcds, lad_code"],
    ["a bad postcode", `${HEADER}\nNW1 7J,E09000007,E05013668,1,1,10`, 'list.csv: row 2, column pcds: expected a UK postcode like NW1 7JN, got "NW1 7J"'],
    ["a bad ward code", `${HEADER}\nNW1 7JN,E09000007,E0501366,1,1,10`, 'list.csv: row 2, column wd_code: expected a ward code like E05013655, got "E0501366"'],
    [
      "a Met ward with no ward file",
      `${HEADER}\nNW1 7JN,E09000007,E05013655,1,1,10`,
      "list.csv: row 2, column wd_code: no ward file has the code E05013655 (NW1 7JN); add it with npm run import:wards, or check the code",
    ],
    [
      "a borough that is not the ward's",
      `${HEADER}\nNW1 7JN,E09000033,E05013668,1,1,10`,
      'list.csv: row 2, column lad_code: NW1 7JN is in ward E05013668, whose borough is E09000007, but this row says "E09000033"',
    ],
    ["a postcode twice", `${HEADER}\nNW1 7JN,E09000007,E05013668,1,1,10\nnw17jn,E09000007,E05013668,1,1,10`, "list.csv: row 3, column pcds: NW1 7JN is also on row 2"],
    ["no rows", HEADER, "list.csv: no postcodes; expected one row per postcode after the header"],
    [
      "half a grid reference",
      "pcds,wd_code,easting\nNW1 7JN,E05013668,529013",
      "list.csv: row 1: no column northing or osnrth1m (the grid reference); found pcds, wd_code, easting",
    ],
    [
      "half a grid reference on a row",
      `${HEADER}\nNW1 7JN,E09000007,E05013668,,183638,10`,
      'list.csv: row 2, column easting: expected a grid reference in metres (easting 0–700000, northing 0–1300000), got "", "183638"',
    ],
    [
      "a grid reference that is not in metres on the grid",
      `${HEADER}\nNW1 7JN,E09000007,E05013668,51.5,-0.14,10`,
      'list.csv: row 2, column easting: expected a grid reference in metres (easting 0–700000, northing 0–1300000), got "51.5", "-0.14"',
    ],
  ])("reports %s, naming the file, row and column", (_, source, message) => {
    expect(problem(source)).toBe(message);
  });

  it("reports every bad row at once, one line each", () => {
    const message = problem(`${HEADER}\nXYZ,E09000007,E05013668,1,1,10\nNW1 7JN,E09000007,nope,1,1,10`);
    expect(message.split("\n")).toHaveLength(2);
  });
});

describe("writePostcodeData", () => {
  it("writes one file per district that the build reads back to the same wards, and removes stale districts", () => {
    const content = mkdtempSync(path.join(tmpdir(), "sn-postcodes-"));
    dirs.push(content);
    const rows = parsePostcodeCsv(GOOD, "list.csv", WARDS);
    writeFileSync(path.join(content, "stale.json"), "{}"); // outside postcodes/: untouched
    const first = writePostcodeData(rows, content, "list.csv");
    writeFileSync(path.join(content, "postcodes", "W1.json"), "{}");
    const result = writePostcodeData(rows, content, "list.csv");
    expect(first.removed).toEqual([]);
    expect(result.removed).toEqual(["W1.json"]);
    expect(readdirSync(path.join(content, "postcodes")).sort()).toEqual(["EC2V.json", "NW1.json", "SW1A.json", "index.json"]);
    expect(formatPostcodeSummary(result)).toMatch(/^Wrote 3 postcodes in 3 district files \(\d+ KB\); removed 1 district file\(s\) no longer in the list\. 1 are in the City of London/);

    const data = loadPostcodeData(content);
    expect(data?.index).toEqual({ source: "list.csv", postcodes: 3, districts: ["EC2V", "NW1", "SW1A"] });
    expect(findWard(data?.districts.get("NW1") ?? { wards: [], units: {}, wardOf: "" }, "7JN")).toBe("E05013668");
    // Where each postcode is comes back to within a step (0.0001°).
    const place = placeFinder((outward) => data?.districts.get(outward))("sw1a1aa");
    expect(place?.[0]).toBeCloseTo(-0.1416, 4);
    expect(place?.[1]).toBeCloseTo(51.501, 4);
    const again = readFileSync(path.join(content, "postcodes", "NW1.json"), "utf8");
    writePostcodeData(rows, content, "list.csv");
    expect(readFileSync(path.join(content, "postcodes", "NW1.json"), "utf8")).toBe(again);
  });
});

describe("npm run import:postcodes", () => {
  it("exits 1 with one line and no stack trace for a wrong file", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sn-postcodes-"));
    dirs.push(dir);
    const csv = path.join(dir, "wrong.csv");
    writeFileSync(csv, "postcode_only\nNW1 7JN\n");
    const result = spawnSync(process.execPath, ["--import", "tsx", "scripts/import-postcodes.ts", csv, "--content", path.join(dir, "content")], { encoding: "utf8" });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/^import:postcodes: .*wrong\.csv: row 1: no column pcds or pcd or postcode \(the postcode\), wd_code or osward \(the ward code\); found postcode_only\n$/);
  });
});
