import { mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CITY_OF_LONDON, isCityOfLondon } from "../city/city.ts";
import { displayPath, ImportError, parseCsvRecords, readSourceFile } from "../import/source.ts";
import { WARD_CODE } from "../wards/codes.ts";
import { encodeDistrict } from "./encoding.ts";
import { fromBritishGrid, onBritishGrid } from "./grid.ts";
import { encodePlaces, type LonLat } from "./places.ts";
import { parsePostcode } from "./postcode.ts";
import { districtFileName, stringifyDistrictFile, type PostcodeIndex } from "./data.ts";

/** What the importer needs to know about a Met ward: that it has a file, and its borough. */
export type KnownWards = ReadonlyMap<string, { readonly boroughCode: string }>;

export interface PostcodeRow {
  readonly postcode: string;
  readonly outward: string;
  readonly inward: string;
  readonly ward: string;
  /** Where the postcode is, when the list gives its grid reference. */
  readonly place?: LonLat;
}

const COLUMNS = {
  postcode: ["pcds", "pcd", "postcode"],
  ward: ["wd_code", "osward"],
  borough: ["lad_code", "oslaua"],
  easting: ["easting", "oseast1m"],
  northing: ["northing", "osnrth1m"],
} as const;
const MAX_PROBLEMS = 20;

/**
 * Read a postcode list (one row per postcode, with its ward; the shared
 * OS Code-Point Open extract's columns `pcds`, `wd_code`, `lad_code`, and
 * `easting` and `northing`, which place the bases on ward maps). Every row
 * must name a Met ward that has a ward file, or a City of London ward. All
 * mistakes are reported at once (up to 20), one line each.
 */
export function parsePostcodeCsv(source: string, file: string, wards: KnownWards): PostcodeRow[] {
  const { header, rows } = parseCsvRecords(source, file, "one row per postcode");
  const find = (names: readonly string[]) => header.record.findIndex((name) => names.includes(name.toLowerCase()));
  const index = {
    postcode: find(COLUMNS.postcode),
    ward: find(COLUMNS.ward),
    borough: find(COLUMNS.borough),
    easting: find(COLUMNS.easting),
    northing: find(COLUMNS.northing),
  };
  const needed = { postcode: "the postcode", ward: "the ward code", easting: "the grid reference", northing: "the grid reference" } as const;
  // The grid reference is optional (without it, maps have no base markers), but half of one is a mistake.
  const required = index.easting === -1 && index.northing === -1 ? (["postcode", "ward"] as const) : (["postcode", "ward", "easting", "northing"] as const);
  const missing = required.filter((key) => index[key] === -1);
  if (missing.length > 0) {
    const wanted = missing.map((key) => `${COLUMNS[key].join(" or ")} (${needed[key]})`);
    throw new ImportError(`${file}: row 1: no column ${wanted.join(", ")}; found ${header.record.join(", ") || "no columns"}`);
  }

  const problems: string[] = [];
  const seen = new Map<string, number>();
  const result: PostcodeRow[] = [];
  for (const { record, info } of rows) {
    const fail = (key: keyof typeof index, message: string) => {
      problems.push(`${file}: row ${info.lines}, column ${header.record[index[key]] ?? key}: ${message}`);
    };
    const raw = record[index.postcode] ?? "";
    const parsed = parsePostcode(raw);
    if (!parsed) {
      fail("postcode", `expected a UK postcode like NW1 7JN, got "${raw}"`);
      continue;
    }
    const ward = record[index.ward] ?? "";
    if (!WARD_CODE.test(ward) || ward.endsWith("N")) {
      fail("ward", `expected a ward code like E05013655, got "${ward}"`);
      continue;
    }
    const known = wards.get(ward);
    if (!known && !isCityOfLondon(ward)) {
      fail("ward", `no ward file has the code ${ward} (${parsed.postcode}); add it with npm run import:wards, or check the code`);
      continue;
    }
    const borough = index.borough === -1 ? undefined : record[index.borough];
    const expectedBorough = known ? known.boroughCode : CITY_OF_LONDON.code;
    if (borough !== undefined && borough !== expectedBorough) {
      fail("borough", `${parsed.postcode} is in ward ${ward}, whose borough is ${expectedBorough}, but this row says "${borough}"`);
      continue;
    }
    const previous = seen.get(parsed.postcode);
    if (previous !== undefined) {
      fail("postcode", `${parsed.postcode} is also on row ${previous}`);
      continue;
    }
    let place: LonLat | undefined;
    if (index.easting !== -1) {
      const [easting, northing] = [(record[index.easting] ?? "").trim(), (record[index.northing] ?? "").trim()];
      // Code-Point Open leaves a few postcodes without a point; they get no marker, not an error. Half of one is a mistake.
      if (easting !== "" || northing !== "") {
        if (easting === "" || northing === "" || !onBritishGrid(Number(easting), Number(northing))) {
          fail("easting", `expected a grid reference in metres (easting 0–700000, northing 0–1300000), got "${easting}", "${northing}"`);
          continue;
        }
        place = fromBritishGrid(Number(easting), Number(northing));
      }
    }
    seen.set(parsed.postcode, info.lines);
    result.push({ postcode: parsed.postcode, outward: parsed.outward, inward: parsed.inward, ward, ...(place ? { place } : {}) });
  }
  if (problems.length > 0) {
    const more = problems.length > MAX_PROBLEMS ? `\n... and ${problems.length - MAX_PROBLEMS} more` : "";
    throw new ImportError(`${problems.slice(0, MAX_PROBLEMS).join("\n")}${more}`);
  }
  if (result.length === 0) throw new ImportError(`${file}: no postcodes; expected one row per postcode after the header`);
  return result;
}

export function readPostcodeCsv(csvPath: string, wards: KnownWards): PostcodeRow[] {
  const shown = displayPath(csvPath);
  const source = readSourceFile(csvPath, (reason) => new ImportError(`${shown}: cannot read the postcode list: ${reason}`));
  return parsePostcodeCsv(source, shown, wards);
}

export interface PostcodeImportResult {
  readonly districts: number;
  readonly postcodes: number;
  readonly cityPostcodes: number;
  readonly bytes: number;
  readonly removed: readonly string[];
}

/**
 * Write one file per postcode district into `<contentDir>/postcodes/`, and
 * an index of them. The folder is the importer's alone: a district no longer
 * in the list loses its file. Output depends only on the rows, so running it
 * again on the same list changes nothing.
 */
export function writePostcodeData(rows: readonly PostcodeRow[], contentDir: string, source: string): PostcodeImportResult {
  const dir = path.join(contentDir, "postcodes");
  mkdirSync(dir, { recursive: true });
  const byDistrict = new Map<string, Map<string, PostcodeRow>>();
  for (const row of rows) {
    const district = byDistrict.get(row.outward) ?? new Map<string, PostcodeRow>();
    district.set(row.inward, row);
    byDistrict.set(row.outward, district);
  }
  const written = new Set<string>();
  let bytes = 0;
  const districts = [...byDistrict.keys()].sort();
  for (const outward of districts) {
    const inDistrict = byDistrict.get(outward) as Map<string, PostcodeRow>;
    const lookup = encodeDistrict(new Map([...inDistrict].map(([inward, row]) => [inward, row.ward])));
    // In the lookup's order: sorted inward codes (see encodeDistrict).
    const places = encodePlaces([...inDistrict.keys()].sort().map((inward) => inDistrict.get(inward)?.place));
    const text = stringifyDistrictFile({ ...lookup, places });
    const name = districtFileName(outward);
    writeFileSync(path.join(dir, name), text);
    written.add(name);
    bytes += Buffer.byteLength(text);
  }
  const index: PostcodeIndex = { source, postcodes: rows.length, districts };
  const indexText = `${JSON.stringify(index, null, 1)}\n`;
  writeFileSync(path.join(dir, "index.json"), indexText);
  bytes += Buffer.byteLength(indexText);
  written.add("index.json");
  const removed = readdirSync(dir).filter((name) => name.endsWith(".json") && !written.has(name));
  for (const name of removed) rmSync(path.join(dir, name));
  return {
    districts: districts.length,
    postcodes: rows.length,
    cityPostcodes: rows.filter((row) => isCityOfLondon(row.ward)).length,
    bytes,
    removed,
  };
}

export function formatPostcodeSummary(result: PostcodeImportResult): string {
  const kb = (result.bytes / 1024).toFixed(0);
  const removed = result.removed.length > 0 ? `; removed ${result.removed.length} district file(s) no longer in the list` : "";
  return (
    `Wrote ${result.postcodes} postcodes in ${result.districts} district files (${kb} KB)${removed}. ` +
    `${result.cityPostcodes} are in the City of London, which the City of London Police covers.`
  );
}
