import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { CsvError, parse } from "csv-parse/sync";
import { stringify } from "yaml";
import { slugify } from "../markdown/markdown.ts";
import { CITY_OF_LONDON } from "../city/city.ts";
import { BOROUGH_CODE, WARD_CODE } from "./codes.ts";
import type { WardInput } from "./schema.ts";

/** One row of an ONS ward list: all the importer and the generator need to know about a ward. */
export interface WardListEntry {
  readonly code: string;
  readonly name: string;
  readonly boroughCode: string;
  readonly boroughName: string;
  readonly centre?: { readonly latitude: number; readonly longitude: number } | undefined;
}

/**
 * A mistake in the ward list, not in our code: the CLI prints the message
 * alone, without a stack trace (Eleventy honours skipOriginalStack too).
 */
export class WardImportError extends Error {
  readonly skipOriginalStack = true;
  constructor(message: string) {
    super(message);
    this.name = "WardImportError";
  }
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
 * mistake is thrown as a one-line WardImportError naming file, row and
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
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(source, { bom: true, info: true, skip_empty_lines: true, trim: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = typeof error["lines"] === "number" ? `: row ${error["lines"]}` : "";
      throw new WardImportError(`${file}${line}: not valid CSV: ${error.message}`);
    }
    throw error;
  }
  const [header, ...rows] = records;
  if (!header) throw new WardImportError(`${file}: the file is empty; expected a header row and one row per ward`);

  const index = {} as Record<ColumnKey, number | undefined>;
  for (const [key, spec] of Object.entries(COLUMNS) as [ColumnKey, ColumnSpec][]) {
    const found = spec.patterns
      .map((pattern) => header.record.flatMap((name, i) => (pattern.test(name) ? [i] : [])))
      .find((matches) => matches.length > 0);
    if (found && found.length > 1) {
      throw new WardImportError(
        `${file}: row 1: columns ${found.map((i) => header.record[i]).join(" and ")} both look like ${spec.what}; keep one`,
      );
    }
    if (!found && spec.required) {
      throw new WardImportError(
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
      throw new WardImportError(`${file}: row ${row}, column ${column}: ${message}`);
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
  let source: string;
  try {
    source = readFileSync(csvPath, "utf8");
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === "ENOENT" ? "no such file" : code === "EISDIR" ? "it is a folder" : (code ?? String(error));
    throw new WardImportError(`${shown}: cannot read the ward list: ${reason}`);
  }
  return parseWardList(source, shown);
}

/** Where a ward's file lives: `<contentDir>/wards/<borough-slug>/<ward-slug>.yaml`. */
export function wardFilePath(contentDir: string, entry: Pick<WardListEntry, "name" | "boroughName">): string {
  return path.join(contentDir, "wards", slugify(entry.boroughName), `${slugify(entry.name)}.yaml`);
}

/** A ward with nothing but its identity: valid, so the site builds before anyone fills it in. Not reviewed: no person has checked it. */
export function skeletonWard(entry: WardListEntry): WardInput {
  return {
    id: entry.code,
    name: entry.name,
    slug: slugify(entry.name),
    borough: { code: entry.boroughCode, name: entry.boroughName, slug: slugify(entry.boroughName) },
    ...(entry.centre ? { centre: { latitude: entry.centre.latitude, longitude: entry.centre.longitude } } : {}),
    description: SKELETON_DESCRIPTION(entry.name),
    team: [],
    locations: [],
    contact_details: {},
    priorities: [],
    events: [],
    neighbours: [],
  };
}

const SKELETON_DESCRIPTION = (name: string) => `The details of the Safer Neighbourhoods team for ${name} have not been added yet.`;

/** YAML as authors will edit it: a comment first, then fields in schema order, long lines left unfolded. */
export function stringifyWard(ward: WardInput, comment: string): string {
  const header = comment
    .split("\n")
    .map((line) => `# ${line}`.trimEnd())
    .join("\n");
  return `${header}\n${stringify(ward, { lineWidth: 0 })}`;
}

/** Where the editor finds the ward schema, from a file at content/wards/<borough>/<ward>.yaml. */
export const WARD_SCHEMA_COMMENT = "# yaml-language-server: $schema=../../../schemas/ward.schema.json";

/**
 * A skeleton file: the ward's identity, then each section empty, with a
 * commented example to copy and fill in. Until a team is added the page says
 * the details are on their way, not that posts are vacant.
 */
export function skeletonYaml(entry: WardListEntry): string {
  const ward = skeletonWard(entry);
  const identity = stringify(
    { id: ward.id, name: ward.name, slug: ward.slug, borough: ward.borough, ...(ward.centre ? { centre: ward.centre } : {}), description: ward.description },
    { lineWidth: 0 },
  );
  return `${WARD_SCHEMA_COMMENT}
# Created by \`npm run import:wards\` from the ONS ward list. Until a team is added,
# the page says "We are adding this team's details". To fill it in, replace each
# empty list ([] or {}) with the example under it, without the # signs.
# Every field: docs/AUTHORING.md. Check your changes: npm run check.
${identity}team: []
# team:
#   - name: Jane Smith
#     role: dedicated-officer  # or dedicated-pcso, sergeant, supporting-officer, supporting-pcso, special-constable, volunteer
#     rank: PC
#     bio: One or two sentences about them.
#   - name: Sam Patel
#     role: dedicated-pcso
#     rank: PCSO
locations: []
# locations:
#   - name: ${ward.name} police office
#     type: police-station  # or kiosk, partnership-office, school, hospital, place-of-worship, other
#     address: 1 High Street, London
#     postcode: NW1 0AA
#     opening_hours: Mon–Fri 10:00–16:00
#     front_counter: false
contact_details: {}
# contact_details:
#   email: team.snt@met.police.uk
#   telephone: "020 7946 0000"  # in quotes, with spaces
priorities: []
# priorities:
#   - issue: The issue in a short sentence
#     action: What the team is doing about it.
#     date_set: 2027-01-15
#     status: open  # or in-progress, resolved
events: []
# events:
#   - title: ${ward.name} ward panel meeting
#     type: ward-panel-meeting  # or contact-session, street-briefing, community-event, other
#     start_date: 2027-02-01T18:30  # London time
#     end_date: 2027-02-01T20:00
#     address: Community room, 1 High Street, London NW1 0AA
neighbours: []
# neighbours:
#   - E05000000  # ward codes of the wards next to this one
# last_reviewed: 2027-01-15  # the date a person checked this page; add it when you have
`;
}

/** Whether a file is still a skeleton exactly as the importer wrote it (any version), so it may be written again. */
export function isUntouchedSkeleton(source: string, entry: WardListEntry): boolean {
  return (
    source.includes(SKELETON_DESCRIPTION(entry.name)) &&
    /^team: \[\]$/m.test(source) &&
    /^locations: \[\]$/m.test(source) &&
    /^contact_details: \{\}$/m.test(source) &&
    /^priorities: \[\]$/m.test(source) &&
    /^events: \[\]$/m.test(source)
  );
}

export interface ImportResult {
  /** Paths of the files, under the contentDir given. */
  readonly created: readonly string[];
  readonly skipped: readonly string[];
  /** Untouched skeletons written again in the current format (--refresh-skeletons). */
  readonly refreshed?: readonly string[];
}

/**
 * Write a skeleton file for every ward that has none. An existing file is
 * never touched (the \`wx\` flag makes the check and the write one step),
 * except, with \`refreshSkeletons\`, a skeleton no one has edited yet, which is
 * written again in the current format.
 */
export function importWards(
  wards: readonly WardListEntry[],
  contentDir: string,
  options: { refreshSkeletons?: boolean } = {},
): ImportResult {
  const created: string[] = [];
  const skipped: string[] = [];
  const refreshed: string[] = [];
  const madeDirs = new Set<string>();
  for (const entry of wards) {
    const file = wardFilePath(contentDir, entry);
    const dir = path.dirname(file);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    const yaml = skeletonYaml(entry);
    try {
      writeFileSync(file, yaml, { flag: "wx" });
      created.push(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const existing = readFileSync(file, "utf8");
      if (options.refreshSkeletons && existing !== yaml && isUntouchedSkeleton(existing, entry)) {
        writeFileSync(file, yaml);
        refreshed.push(file);
      } else {
        skipped.push(file);
      }
    }
  }
  return { created, skipped, refreshed };
}

export interface WrittenWardFiles {
  readonly written: readonly string[];
  /** Files that existed already and were kept (only without `overwrite`). */
  readonly skipped: readonly string[];
}

/**
 * Write wards as YAML where they belong under contentDir, after a comment.
 * Without `overwrite` an existing file is kept: the `wx` flag makes the check
 * and the write one step.
 */
export function writeWardFiles(
  wards: Iterable<WardInput>,
  contentDir: string,
  comment: string,
  options: { readonly overwrite?: boolean } = {},
): WrittenWardFiles {
  const written: string[] = [];
  const skipped: string[] = [];
  const madeDirs = new Set<string>();
  for (const ward of wards) {
    const file = wardFilePath(contentDir, { name: ward.name, boroughName: ward.borough.name });
    const dir = path.dirname(file);
    if (!madeDirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      madeDirs.add(dir);
    }
    try {
      writeFileSync(file, stringifyWard(ward, comment), { flag: options.overwrite ? "w" : "wx" });
      written.push(file);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      skipped.push(file);
    }
  }
  return { written, skipped };
}

export function formatImportSummary(result: ImportResult, cityWardsLeftOut = 0): string {
  const files = (n: number) => `${n} ward file${n === 1 ? "" : "s"}`;
  const refreshed = result.refreshed?.length ? `, refreshed ${files(result.refreshed.length)} still untouched` : "";
  const summary = `Created ${files(result.created.length)}${refreshed}, skipped ${result.skipped.length} that already exist.`;
  if (cityWardsLeftOut === 0) return summary;
  return `${summary}\nLeft out the City of London's ${cityWardsLeftOut} ward${cityWardsLeftOut === 1 ? "" : "s"}: the City of London Police polices the City, not the Met.`;
}

export function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), path.resolve(file));
  return (relative.startsWith("..") || path.isAbsolute(relative) ? path.resolve(file) : relative).split(path.sep).join("/");
}
