import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { loadWards, wardsOrThrow } from "../wards/load.ts";
import { wardCodeKey } from "../wards/codes.ts";
import type { Ward } from "../wards/schema.ts";
import { displayPath, readSourceFile } from "../import/source.ts";
import { CrimeImportError, parseCrimeEdition, type CrimeEdition } from "./edition.ts";
import { isCityOfLondon } from "../city/city.ts";
import { readCrimeFiles } from "./load.ts";
import { mergeEdition, parseHistory, serialiseHistory, type CrimeHistory, type WardPlacement } from "./history.ts";

/** Where the committed crime history lives, under the content folder. */
export function crimeDir(contentDir: string): string {
  return path.join(contentDir, "crime");
}

export function readHistory(dir: string): CrimeHistory {
  const { history, problems } = parseHistory(readCrimeFiles(dir), displayPath(dir));
  if (!history) throw new CrimeImportError(problems);
  return history;
}

/** A ward can be imported if it has a ward file and is policed by the Met (not the City of London). */
export function placeWards(wards: readonly Ward[]): (code: string) => WardPlacement {
  const byCode = new Map(wards.map((ward) => [wardCodeKey(ward.id), ward]));
  return (code) => {
    // Checked first: the City's wards have no ward files, and "import the ward list" would not help.
    if (isCityOfLondon(code)) return { problem: "a City of London ward, which the City of London Police covers, not the Met" };
    const ward = byCode.get(code);
    if (!ward) return { problem: "no ward file has this code; import the ward list first (npm run import:wards)" };
    return { borough: { code: ward.borough.code, slug: ward.borough.slug } };
  };
}

export interface CrimeImportResult {
  readonly edition: CrimeEdition;
  readonly history: CrimeHistory;
  /** Files written because their content changed (names within the crime folder). */
  readonly written: readonly string[];
}

/** Import one edition into `<contentDir>/crime/`, writing only the files whose bytes change. */
export function importCrimeFile(csvPath: string, contentDir: string): CrimeImportResult {
  const shown = displayPath(csvPath);
  const source = readSourceFile(csvPath, (reason) => new CrimeImportError([{ file: shown, field: "", message: `cannot read it: ${reason}` }]));
  const edition = parseCrimeEdition(source, shown);
  const wards = wardsOrThrow(loadWards(contentDir));
  const dir = crimeDir(contentDir);
  const before = readCrimeFiles(dir);
  const { history: previous, problems } = parseHistory(before, displayPath(dir));
  if (!previous) throw new CrimeImportError(problems);
  const history = mergeEdition(previous, edition, shown, placeWards(wards));
  const written: string[] = [];
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of serialiseHistory(history)) {
    if (before.get(name) === text) continue;
    writeFileSync(path.join(dir, name), text);
    written.push(name);
  }
  return { edition, history, written };
}

export function formatCrimeImportSummary(result: CrimeImportResult): string {
  const { edition, history, written } = result;
  const editionMonths = `${edition.months[0]} to ${edition.months.at(-1)}`;
  const kept = history.months.length > 0 ? `; the site now has ${history.months[0]} to ${history.months.at(-1)} for ${history.wards.size} wards` : "";
  const changes = written.length === 0 ? "nothing changed" : `updated ${written.length} file${written.length === 1 ? "" : "s"}`;
  return `Read ${edition.rows} rows (${edition.layout} layout, ${editionMonths}, ${edition.counts.size} wards): ${changes}${kept}.`;
}
