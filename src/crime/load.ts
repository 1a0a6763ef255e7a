import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { ContentValidationError } from "../content/problems.ts";
import { EMPTY_HISTORY, latestRun, parseHistory, type CrimeHistory } from "./history.ts";

/** The JSON files of a crime folder by name; empty if the folder does not exist yet. */
export function readCrimeFiles(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith(".json")) files.set(name, readFileSync(path.join(dir, name), "utf8"));
  }
  return files;
}

/**
 * Read the committed history for a build, from its last gap in the months
 * on (latestRun). A content folder without crime
 * data builds, and every ward page says it has no figures; a broken file
 * stops the build with one line per problem, like any content mistake.
 */
export function loadCrimeHistory(dir: string): CrimeHistory {
  const files = readCrimeFiles(dir);
  if (files.size === 0) return EMPTY_HISTORY;
  const { history, problems } = parseHistory(files, path.relative(process.cwd(), dir).split(path.sep).join("/"));
  if (!history) throw new ContentValidationError(problems);
  return latestRun(history);
}

let current: CrimeHistory = EMPTY_HISTORY;

/**
 * The history this build shows. The crime plugin sets it before the pages
 * render, so that the ward and borough layouts take their crime section with
 * a one-line change; components take a history prop first, for tests.
 */
export function crimeHistory(): CrimeHistory {
  return current;
}

export function setCrimeHistory(history: CrimeHistory): void {
  current = history;
}
