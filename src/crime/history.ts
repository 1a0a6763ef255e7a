import { z } from "zod";
import { formatFieldPath, type ContentProblem } from "../content/problems.ts";
import type { CrimeEdition } from "./edition.ts";
import { CrimeImportError, nextMonth } from "./errors.ts";

/**
 * Every month of recorded crime the site has, built up edition by edition.
 * A month's figures come whole from one edition: the newest that covers it
 * (editions are ordered by their last month), because later editions revise
 * recent months. So the history depends only on which editions were
 * imported, never on their order, and importing one again changes nothing.
 */
export interface CrimeHistory {
  /** Months, oldest first, `YYYY-MM`; consecutive unless editions far apart were imported (see latestRun). */
  readonly months: readonly string[];
  /** For each month, the last month of the edition its figures come from. */
  readonly editions: readonly string[];
  /** Ward code → its borough and, per major class, one count per month. Classes with no crimes are left out. */
  readonly wards: ReadonlyMap<string, WardCrime>;
}

export interface WardCrime {
  readonly borough: BoroughKey;
  readonly classes: ReadonlyMap<string, readonly number[]>;
}

export interface BoroughKey {
  readonly code: string;
  readonly slug: string;
}

export const EMPTY_HISTORY: CrimeHistory = { months: [], editions: [], wards: new Map() };

/** Where a ward goes: its borough (from its ward file), or a reason it cannot be imported. */
export type WardPlacement = { readonly borough: BoroughKey } | { readonly problem: string };

/**
 * Add one edition to the history. Throws, changing nothing, if a ward cannot
 * be placed, or if two different editions end in the same month and disagree
 * (there would be no way to tell which is newer).
 */
export function mergeEdition(history: CrimeHistory, edition: CrimeEdition, file: string, place: (code: string) => WardPlacement): CrimeHistory {
  const problems: ContentProblem[] = [];
  const placements = new Map<string, BoroughKey>();
  for (const [code, { name, line }] of edition.wardLines) {
    const placement = place(code);
    if ("problem" in placement) problems.push({ file, line, field: "WardCode", message: `${code} (${name}): ${placement.problem}` });
    else placements.set(code, placement.borough);
  }
  if (problems.length > 0) throw new CrimeImportError(problems);

  const end = edition.months.at(-1)!;
  // The union of months, even with a gap between editions: the pages show only the latest unbroken run (latestRun).
  const months = [...new Set([...history.months, ...edition.months])].sort();
  const oldIndex = new Map(history.months.map((m, i) => [m, i]));
  const newIndex = new Map(edition.months.map((m, i) => [m, i]));

  // For each month of the result: does its figure come from this edition (a column of it) or from the history?
  const fromEdition = months.map((month, i) => {
    const previous = oldIndex.get(month);
    const column = newIndex.get(month);
    if (column === undefined) return undefined;
    if (previous === undefined) return column;
    const previousEdition = history.editions[previous]!;
    if (previousEdition < end) return column;
    if (previousEdition > end) return undefined;
    // The same last month: the same edition again, or a reissue that must agree.
    if (!sameMonth(history, previous, edition, column)) {
      problems.push({ file, field: months[i]!, message: `another edition that also ends in ${end} has different figures for ${month}; import only one of them` });
    }
    return undefined;
  });
  if (problems.length > 0) throw new CrimeImportError(problems);

  const editions = months.map((month, i) => (fromEdition[i] !== undefined ? end : history.editions[oldIndex.get(month)!]!));
  const wards = new Map<string, WardCrime>();
  const codes = new Set([...history.wards.keys(), ...edition.counts.keys()]);
  for (const code of codes) {
    const old = history.wards.get(code);
    const incoming = edition.counts.get(code);
    const classNames = new Set([...(old?.classes.keys() ?? []), ...(incoming?.keys() ?? [])]);
    const classes = new Map<string, number[]>();
    for (const name of classNames) {
      const before = old?.classes.get(name);
      const after = incoming?.get(name);
      const values = months.map((month, i) => {
        const column = fromEdition[i];
        if (column !== undefined) return after?.[column] ?? 0;
        const previous = oldIndex.get(month);
        return previous === undefined ? 0 : (before?.[previous] ?? 0);
      });
      if (values.some((v) => v > 0)) classes.set(name, values);
    }
    wards.set(code, { borough: placements.get(code) ?? old!.borough, classes });
  }
  return { months, editions, wards };
}

function sameMonth(history: CrimeHistory, previous: number, edition: CrimeEdition, column: number): boolean {
  const codes = new Set([...history.wards.keys(), ...edition.counts.keys()]);
  for (const code of codes) {
    const before = history.wards.get(code)?.classes;
    const after = edition.counts.get(code);
    const names = new Set([...(before?.keys() ?? []), ...(after?.keys() ?? [])]);
    for (const name of names) {
      if ((before?.get(name)?.[previous] ?? 0) !== (after?.get(name)?.[column] ?? 0)) return false;
    }
  }
  return true;
}

// The files under content/crime/: index.json (the months), and one file per borough named by its slug.
export const INDEX_FILE = "index.json";

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { error: "expected a month as YYYY-MM" });

export const crimeIndexSchema = z.strictObject({
  months: z.array(month).min(1),
  editions: z.array(month),
});

// A plain loop, not z.array(z.number().int().min(0)): the history holds some 270,000
// counts, and checking each through zod's per-element machinery costs the build a tenth of a second.
const counts = z.custom<number[]>(
  (value) => Array.isArray(value) && value.every((n) => Number.isInteger(n) && n >= 0),
  { error: "expected a list of counts, each a whole number, 0 or more" },
);

export const crimeBoroughSchema = z.strictObject({
  borough: z.string().regex(/^E09\d{6}$/, { error: "expected a London borough code like E09000007" }),
  wards: z.record(
    z.string().regex(/^E05\d{6}$/, { error: "expected a ward code like E05013655" }),
    z.record(z.string().min(1), counts),
  ),
});

export type CrimeIndexFile = z.infer<typeof crimeIndexSchema>;
export type CrimeBoroughFile = z.infer<typeof crimeBoroughSchema>;

/**
 * The history as files: one line per ward and class, so a new edition's diff
 * shows which wards changed, and the files stay small in the repository.
 */
export function serialiseHistory(history: CrimeHistory): Map<string, string> {
  const files = new Map<string, string>();
  files.set(INDEX_FILE, `{\n  "months": ${JSON.stringify(history.months)},\n  "editions": ${JSON.stringify(history.editions)}\n}\n`);
  const byBorough = new Map<string, { code: string; wards: [string, WardCrime][] }>();
  for (const [code, ward] of history.wards) {
    const entry = byBorough.get(ward.borough.slug) ?? { code: ward.borough.code, wards: [] };
    byBorough.set(ward.borough.slug, entry);
    entry.wards.push([code, ward]);
  }
  for (const [slug, { code, wards }] of [...byBorough].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const wardLines = wards
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([wardCode, ward]) => {
        const classes = [...ward.classes].sort(([a], [b]) => (a < b ? -1 : 1));
        if (classes.length === 0) return `    ${JSON.stringify(wardCode)}: {}`;
        const lines = classes.map(([name, values]) => `      ${JSON.stringify(name)}: ${JSON.stringify(values)}`);
        return `    ${JSON.stringify(wardCode)}: {\n${lines.join(",\n")}\n    }`;
      });
    files.set(`${slug}.json`, `{\n  "borough": ${JSON.stringify(code)},\n  "wards": {\n${wardLines.join(",\n")}\n  }\n}\n`);
  }
  return files;
}

/**
 * Read the files back. Every problem is collected (file, field, message),
 * for the build to report at once; the history is undefined when there are any.
 */
export function parseHistory(files: ReadonlyMap<string, string>, dir: string): { history?: CrimeHistory; problems: ContentProblem[] } {
  const problems: ContentProblem[] = [];
  const json = (name: string): unknown => {
    try {
      return JSON.parse(files.get(name)!);
    } catch (error) {
      problems.push({ file: `${dir}/${name}`, field: "", message: `not valid JSON: ${(error as Error).message}` });
      return undefined;
    }
  };
  if (!files.has(INDEX_FILE)) {
    if (files.size === 0) return { history: EMPTY_HISTORY, problems };
    problems.push({ file: `${dir}/${INDEX_FILE}`, field: "", message: "missing: it lists the months the other files' figures are for" });
    return { problems };
  }
  const index = crimeIndexSchema.safeParse(json(INDEX_FILE));
  if (!index.success) {
    for (const issue of index.error.issues) problems.push({ file: `${dir}/${INDEX_FILE}`, field: formatFieldPath(issue.path), message: issue.message });
    return { problems };
  }
  const { months, editions } = index.data;
  if (editions.length !== months.length) {
    problems.push({ file: `${dir}/${INDEX_FILE}`, field: "editions", message: `expected one edition per month (${months.length}), found ${editions.length}` });
  }
  months.forEach((m, i) => {
    if (i > 0 && m <= months[i - 1]!) problems.push({ file: `${dir}/${INDEX_FILE}`, field: `months[${i}]`, message: `expected a month after ${months[i - 1]}, found ${m}` });
  });
  const wards = new Map<string, WardCrime>();
  for (const name of [...files.keys()].sort()) {
    if (name === INDEX_FILE) continue;
    const file = `${dir}/${name}`;
    const parsed = crimeBoroughSchema.safeParse(json(name));
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ file, field: formatFieldPath(issue.path), message: issue.message });
      continue;
    }
    const borough = { code: parsed.data.borough, slug: name.replace(/\.json$/, "") };
    for (const [code, byClass] of Object.entries(parsed.data.wards)) {
      if (wards.has(code)) problems.push({ file, field: `wards.${code}`, message: `ward ${code} is also in ${wards.get(code)!.borough.slug}.json` });
      const classes = new Map<string, readonly number[]>();
      for (const [className, values] of Object.entries(byClass)) {
        if (values.length !== months.length) {
          problems.push({ file, field: `wards.${code}.${className}`, message: `expected ${months.length} counts, one per month in ${INDEX_FILE}, found ${values.length}` });
        }
        classes.set(className, values);
      }
      wards.set(code, { borough, classes });
    }
  }
  if (problems.length > 0) return { problems };
  return { history: { months, editions, wards }, problems };
}

/**
 * The history from its last gap on: what the pages chart and compare, since
 * a 12-month total across a missing month would be wrong. With consecutive
 * months (every real import so far) it is the whole history.
 */
export function latestRun(history: CrimeHistory): CrimeHistory {
  let start = history.months.length - 1;
  while (start > 0 && nextMonth(history.months[start - 1]!) === history.months[start]) start--;
  if (start <= 0) return history;
  const wards = new Map<string, WardCrime>();
  for (const [code, ward] of history.wards) {
    const classes = new Map<string, readonly number[]>();
    for (const [name, values] of ward.classes) {
      const kept = values.slice(start);
      if (kept.some((v) => v > 0)) classes.set(name, kept);
    }
    wards.set(code, { borough: ward.borough, classes });
  }
  return { months: history.months.slice(start), editions: history.editions.slice(start), wards };
}
