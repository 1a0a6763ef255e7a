import { slugify } from "../markdown/markdown.ts";
import { CITY_OF_LONDON } from "../city/city.ts";
import { displayPath, ImportError, parseCsvRecords, readSourceFile } from "../import/source.ts";
import { BOROUGH_CODE, WARD_CODE } from "./codes.ts";

/** One row of an ONS ward list: all the importer and the generator need to know about a ward. */
export interface WardListEntry {
  readonly code: string;
  readonly name: string;
  readonly boroughCode: string;
  readonly boroughName: string;
  readonly centre?: { readonly latitude: number; readonly longitude: number } | undefined;
}

interface ColumnSpec {
  readonly what: string;
  /** Header names accepted, tried in order; matched case-insensitively. */
  readonly patterns: readonly RegExp[];
  readonly required: boolean;
}

// ONS files name columns by vintage (WD24CD, LAD23NM); our shared list uses WD_CODE.
const COLUMNS = {
  code: { what: "the ward code (WDxxCD or WD_CODE)", patterns: [/^WD\d{2}CD$/i, /^WD_CODE$/i], required: true },
  name: { what: "the ward name (WDxxNM or WD_NAME)", patterns: [/^WD\d{2}NM$/i, /^WD_NAME$/i], required: true },
  boroughCode: { what: "the borough code (LADxxCD or LAD_CODE)", patterns: [/^LAD\d{2}CD$/i, /^LAD_CODE$/i], required: true },
  boroughName: { what: "the borough name (LADxxNM or LAD_NAME)", patterns: [/^LAD\d{2}NM$/i, /^LAD_NAME$/i], required: true },
  latitude: { what: "the centroid latitude", patterns: [/^CENTROID_LAT$/i, /^LAT$/i], required: false },
  longitude: { what: "the centroid longitude", patterns: [/^CENTROID_LON$/i, /^LONG?$/i], required: false },
} as const satisfies Record<string, ColumnSpec>;

type ColumnKey = keyof typeof COLUMNS;

/**
 * Parse an ONS ward list. Only London boroughs (E09) are kept. The first
 * mistake is thrown as a one-line ImportError naming file, row and
 * column; rows are counted as lines of the file, the header being row 1.
 */
export function parseWardListCsv(source: string, file: string): WardListEntry[] {
  return parseWardList(source, file).wards;
}

/** The Met's wards in a ward list, and how many of the City of London's it left out. */
export interface WardList {
  readonly wards: WardListEntry[];
  readonly cityWardsLeftOut: number;
}

/** As parseWardListCsv, also counting the City of London's wards, which the Met does not police. */
export function parseWardList(source: string, file: string): WardList {
  const { header, rows } = parseCsvRecords(source, file, "one row per ward");

  const index = {} as Record<ColumnKey, number | undefined>;
  for (const [key, spec] of Object.entries(COLUMNS) as [ColumnKey, ColumnSpec][]) {
    const found = spec.patterns
      .map((pattern) => header.record.flatMap((name, i) => (pattern.test(name) ? [i] : [])))
      .find((matches) => matches.length > 0);
    if (found && found.length > 1) {
      throw new ImportError(
        `${file}: row 1: columns ${found.map((i) => header.record[i]).join(" and ")} both look like ${spec.what}; keep one`,
      );
    }
    if (!found && spec.required) {
      throw new ImportError(
        `${file}: row 1: no column for ${spec.what}; found ${header.record.join(", ") || "no columns"}`,
      );
    }
    index[key] = found?.[0];
  }

  const wards: WardListEntry[] = [];
  let cityRows = 0;
  const seenCodes = new Map<string, number>();
  const seenSlugs = new Map<string, number>();
  for (const { record, info } of rows) {
    const row = info.lines;
    const cell = (key: ColumnKey): string => {
      const i = index[key];
      return i === undefined ? "" : (record[i] ?? "");
    };
    const fail = (key: ColumnKey, message: string): never => {
      const column = header.record[index[key] ?? -1] ?? key;
      throw new ImportError(`${file}: row ${row}, column ${column}: ${message}`);
    };

    const boroughCode = cell("boroughCode");
    if (!/^[EWSN]\d{8}$/.test(boroughCode)) fail("boroughCode", `expected a local authority code like E09000007, got "${boroughCode}"`);
    // Ward lists often cover England; only London boroughs have Safer Neighbourhoods pages here.
    if (!BOROUGH_CODE.test(boroughCode)) continue;
    // The City of London Police, not the Met, covers the City: parseWardList counts what it leaves out.
    if (boroughCode === CITY_OF_LONDON.code) {
      cityRows += 1;
      continue;
    }
    const code = cell("code");
    if (!WARD_CODE.test(code)) fail("code", `expected a ward code like E05013655, got "${code}"`);
    const name = cell("name");
    if (name === "") fail("name", "expected the ward's name, got an empty cell");
    const boroughName = cell("boroughName");
    if (boroughName === "") fail("boroughName", "expected the borough's name, got an empty cell");

    const previous = seenCodes.get(code);
    if (previous !== undefined) fail("code", `ward code ${code} is also on row ${previous}`);
    seenCodes.set(code, row);
    const slugKey = `${slugify(boroughName)}/${slugify(name)}`;
    const clash = seenSlugs.get(slugKey);
    if (clash !== undefined) fail("name", `"${name}" would have the same file as the ward on row ${clash} (${slugKey}.yaml)`);
    seenSlugs.set(slugKey, row);

    wards.push({ code, name, boroughCode, boroughName, centre: readCentre(cell("latitude"), cell("longitude"), fail) });
  }
  return { wards, cityWardsLeftOut: cityRows };
}

function readCentre(
  latitude: string,
  longitude: string,
  fail: (key: ColumnKey, message: string) => never,
): WardListEntry["centre"] {
  if (latitude === "" && longitude === "") return undefined;
  const lat = Number(latitude);
  const lon = Number(longitude);
  if (latitude === "" || !(lat >= 51.2 && lat <= 51.8)) fail("latitude", `expected a latitude in London (51.2 to 51.8), got "${latitude}"`);
  if (longitude === "" || !(lon >= -0.6 && lon <= 0.4)) fail("longitude", `expected a longitude in London (-0.6 to 0.4), got "${longitude}"`);
  return { latitude: lat, longitude: lon };
}

/** Read and parse a ward list file; `file` in messages is shown relative to the current directory. */
export function readWardList(csvPath: string): WardListEntry[] {
  return readWardListWithCity(csvPath).wards;
}

/** As readWardList, also counting the City of London's wards it left out. */
export function readWardListWithCity(csvPath: string): WardList {
  const shown = displayPath(csvPath);
  const source = readSourceFile(csvPath, (reason) => new ImportError(`${shown}: cannot read the ward list: ${reason}`));
  return parseWardList(source, shown);
}
