import { z } from "zod";
import type { Redirect } from "./netlify-redirects.ts";
import { boroughUrl, wardUrl, type WardDirectory } from "../wards/directory.ts";
import { ImportError, parseCsvRecords } from "../import/source.ts";
import { BOROUGH_CODE, ONS_WARD_CODE } from "../wards/codes.ts";
import { CITY_OF_LONDON } from "../city/city.ts";

/** One row of the ONS ward code history: a code, one of the names it had, and when. */
export interface WardCodeHistoryRow {
  readonly code: string;
  readonly name: string;
  readonly boroughCode: string;
  readonly boroughName: string;
  readonly start: string;
  /** Empty while the code is in use. */
  readonly end: string;
  readonly status: "live" | "terminated";
}

const HISTORY_COLUMNS = ["WD_CODE", "WD_NAME", "LAD_CODE", "LAD_NAME", "START", "END", "STATUS"] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * Parse the ONS ward code history (one row per code and name, as in
 * london_wards_code_history_chd2024.csv). London rows only; the first
 * mistake is a one-line ImportError naming the file, row and column.
 */
export function parseWardCodeHistory(source: string, file: string): WardCodeHistoryRow[] {
  const { header, rows } = parseCsvRecords(source, file, "one row per ward code");
  const index = Object.fromEntries(
    HISTORY_COLUMNS.map((column) => [column, header.record.findIndex((name) => name.toUpperCase() === column)]),
  ) as Record<(typeof HISTORY_COLUMNS)[number], number>;
  const missing = HISTORY_COLUMNS.filter((column) => index[column] === -1);
  if (missing.length > 0) {
    throw new ImportError(`${file}: row 1: no column ${missing.join(", ")}; found ${header.record.join(", ")}`);
  }

  const history: WardCodeHistoryRow[] = [];
  for (const { record, info } of rows) {
    const cell = (column: (typeof HISTORY_COLUMNS)[number]) => record[index[column]] ?? "";
    const fail = (column: (typeof HISTORY_COLUMNS)[number], message: string): never => {
      throw new ImportError(`${file}: row ${info.lines}, column ${column}: ${message}`);
    };
    const boroughCode = cell("LAD_CODE");
    if (!BOROUGH_CODE.test(boroughCode)) continue;
    const code = cell("WD_CODE");
    if (!ONS_WARD_CODE.test(code)) fail("WD_CODE", `expected a ward code like E05013655, got "${code}"`);
    const name = cell("WD_NAME");
    if (name === "") fail("WD_NAME", "expected the ward's name, got an empty cell");
    const status = cell("STATUS").toLowerCase();
    if (status !== "live" && status !== "terminated") fail("STATUS", `expected live or terminated, got "${status}"`);
    const start = cell("START");
    const end = cell("END");
    if (!DATE.test(start)) fail("START", `expected a date written YYYY-MM-DD, got "${start}"`);
    if (end !== "" && !DATE.test(end)) fail("END", `expected a date written YYYY-MM-DD or nothing, got "${end}"`);
    history.push({
      code,
      name,
      boroughCode,
      boroughName: cell("LAD_NAME"),
      start,
      end,
      status: status as WardCodeHistoryRow["status"],
    });
  }
  return history;
}

/**
 * A ward name reduced to what stays the same across boundary reviews:
 * "Blackfen and Lamorbey" and "Blackfen & Lamorbey", "St. James's" and
 * "St James's", "Squirrel's Heath" and "Squirrels Heath" are each one name.
 */
export function normaliseWardName(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{Mn}/gu, "")
    .toLowerCase()
    .replace(/&/g, " and ")
    .replace(/['’.]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/** Where one ward code leads: the current ward it became, if any, and always its borough. */
export interface WardCodeEntry {
  /** The code's latest name, for people reading the file. */
  readonly name: string;
  readonly borough: string;
  /** The current ward's code: the code itself while it is live, null when no current ward has its name. */
  readonly current: string | null;
}

export type WardCodeMap = Readonly<Record<string, WardCodeEntry>>;

/**
 * Map every ward code in the history to the current ward that carries it on.
 * A live code is its own current ward (renamed wards keep their code). A
 * retired code leads to the live ward of the same name in the same borough
 * (borough codes did not change in the reviews); with none, to no ward, and
 * so to its borough. Names are compared with normaliseWardName.
 */
export function mapWardCodes(history: readonly WardCodeHistoryRow[]): WardCodeMap {
  const liveByName = new Map<string, string[]>();
  const rowsByCode = new Map<string, WardCodeHistoryRow[]>();
  for (const row of history) {
    rowsByCode.set(row.code, [...(rowsByCode.get(row.code) ?? []), row]);
    if (row.status !== "live") continue;
    const key = `${row.boroughCode} ${normaliseWardName(row.name)}`;
    liveByName.set(key, [...(liveByName.get(key) ?? []), row.code]);
  }

  const entries: [string, WardCodeEntry][] = [];
  for (const [code, rows] of rowsByCode) {
    // Latest name first: a code that was renamed before it was retired is matched on its last name, then earlier ones.
    const newestFirst = [...rows].sort((a, b) => (b.end || "9999").localeCompare(a.end || "9999"));
    const latest = newestFirst[0] as WardCodeHistoryRow;
    const boroughs = new Set(rows.map((row) => row.boroughCode));
    if (boroughs.size > 1) throw new ImportError(`ward code ${code} is in more than one borough: ${[...boroughs].join(", ")}`);
    let current: string | null = null;
    if (rows.some((row) => row.status === "live")) {
      current = code;
    } else {
      for (const row of newestFirst) {
        const candidates = liveByName.get(`${row.boroughCode} ${normaliseWardName(row.name)}`) ?? [];
        // Two live wards with one name in a borough would be a guess; the borough page is not.
        if (candidates.length === 1) {
          current = candidates[0] as string;
          break;
        }
      }
    }
    entries.push([code, { name: latest.name, borough: latest.boroughCode, current }]);
  }
  entries.sort(([a], [b]) => a.localeCompare(b));
  return Object.fromEntries(entries);
}

export interface WardCodeFile {
  readonly source: string;
  readonly codes: WardCodeMap;
}

const wardCodeFileSchema = z.object({
  comment: z.string().optional(),
  source: z.string(),
  codes: z.record(
    z.string().regex(ONS_WARD_CODE),
    z.strictObject({ name: z.string().min(1), borough: z.string().regex(BOROUGH_CODE), current: z.string().regex(ONS_WARD_CODE).nullable() }),
  ),
});

/** The committed JSON, one code a line so that a new history shows as a readable diff. */
export function stringifyWardCodeFile(file: WardCodeFile): string {
  const lines = Object.entries(file.codes).map(([code, entry]) => `    ${JSON.stringify(code)}: ${JSON.stringify(entry)}`);
  return [
    "{",
    `  "comment": "Generated by npm run redirects:wards from the ONS ward code history. Do not edit by hand.",`,
    `  "source": ${JSON.stringify(file.source)},`,
    `  "codes": {`,
    lines.join(",\n"),
    "  }",
    "}",
    "",
  ].join("\n");
}

export function parseWardCodeFile(json: string, file: string): WardCodeFile {
  const result = wardCodeFileSchema.safeParse(JSON.parse(json));
  if (!result.success) throw new Error(`${file}: ${result.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`);
  return { source: result.data.source, codes: result.data.codes };
}

/** The pages that exist in this build, which are the only places a redirect may lead. */
export interface RedirectTargets {
  /** A current ward's page, if the site has one. */
  ward(code: string): string | undefined;
  /** A borough's page, if the site has one. */
  borough(boroughCode: string): string | undefined;
  /** Where everything else goes: the list of all areas. */
  readonly fallback: string;
}

/** The ward and borough pages a build writes for its ward directory (and the City of London's page), and the A to Z of all areas. */
export function directoryTargets(directory: WardDirectory): RedirectTargets {
  const boroughs = new Map(directory.boroughs.map((entry) => [entry.borough.code, entry.borough]));
  return {
    ward: (code) => {
      const ward = directory.byCode(code);
      return ward ? wardUrl(ward) : undefined;
    },
    borough: (code) => {
      // The City's own force covers it: every City code, old or current, leads to the page that says so.
      if (code === CITY_OF_LONDON.code) return CITY_OF_LONDON.url;
      const borough = boroughs.get(code);
      return borough ? boroughUrl(borough) : undefined;
    },
    fallback: "/areas/",
  };
}

export type RedirectKind = "ward" | "borough" | "areas";

export interface WardCodeRedirect extends Redirect {
  readonly code: string;
  readonly retired: boolean;
  readonly kind: RedirectKind;
}

/**
 * A 301 from `/areas/<code>/` for every code, retired or current, to the
 * best page this build has: the current ward's, else its borough's, else
 * the list of all areas. `from` and `to` are site paths, without the prefix.
 */
export function wardCodeRedirects(codes: WardCodeMap, targets: RedirectTargets): WardCodeRedirect[] {
  return Object.entries(codes).map(([code, entry]) => {
    const ward = entry.current === null ? undefined : targets.ward(entry.current);
    const borough = targets.borough(entry.borough);
    const [kind, to]: [RedirectKind, string] =
      ward !== undefined ? ["ward", ward] : borough !== undefined ? ["borough", borough] : ["areas", targets.fallback];
    return { from: `/areas/${code}/`, to, status: 301, code, retired: entry.current !== code, kind };
  });
}

/** How the history maps, before any site is involved: for the command's report. */
export function summariseWardCodes(codes: WardCodeMap): { live: number; retiredToWard: number; retiredToBorough: number } {
  const entries = Object.entries(codes);
  return {
    live: entries.filter(([code, entry]) => entry.current === code).length,
    retiredToWard: entries.filter(([code, entry]) => entry.current !== null && entry.current !== code).length,
    retiredToBorough: entries.filter(([, entry]) => entry.current === null).length,
  };
}
