import { CsvError, parse } from "csv-parse/sync";
import { z } from "zod";
import type { ContentProblem } from "../content/problems.ts";
import { CrimeImportError, nextMonth } from "./errors.ts";

export { CrimeImportError, nextMonth };

/**
 * One edition of the Met's ward-level recorded crime table, reduced to what
 * the site shows: counts per ward, per major class, per month.
 */
export interface CrimeEdition {
  /** Consecutive months, oldest first, as `YYYY-MM`. */
  readonly months: readonly string[];
  /** Ward code → major class → one count per month. Rows for the same ward and class are summed. */
  readonly counts: ReadonlyMap<string, ReadonlyMap<string, readonly number[]>>;
  /** Ward code → the name the file gives it and the line it first appears on, for messages. */
  readonly wardLines: ReadonlyMap<string, { readonly name: string; readonly line: number }>;
  /** Which of the known layouts the header matched. */
  readonly layout: CrimeLayoutName;
  /** Data rows read. */
  readonly rows: number;
}

/**
 * The layouts we accept. Each names its leading text columns; the months
 * follow, one column each. Which column holds the ward code and the major
 * class differs, so each layout says where they are.
 */
const LAYOUTS = {
  // "MPS Ward Level Crime (most recent 24 months)", as published to 2026.
  met: { columns: ["MajorText", "MinorText", "WardName", "WardCode", "LookUp_BoroughName"], major: "MajorText" },
  // The Met's announced replacement: Group/SubGroup for the classes, BOCU (basic command unit) for the borough.
  "met-2026": { columns: ["Group", "SubGroup", "WardName", "WardCode", "BOCU"], major: "Group" },
  // Our 36-month file of major classes, keyed by ward first.
  "by-major": { columns: ["WardCode", "WardName", "LAD_CODE", "LAD_NAME", "MajorText"], major: "MajorText" },
} as const;

export type CrimeLayoutName = keyof typeof LAYOUTS;

const MONTH_COLUMN = /^(\d{4})(0[1-9]|1[0-2])$/;

const monthColumn = z.string().regex(MONTH_COLUMN, { error: "expected a month column like 202401 (YYYYMM)" });

const wardCode = z.string().regex(/^E05\d{6}$/, { error: (issue) => `expected a ward code like E05013655, got "${String(issue.input)}"` });
const majorClass = z.string().trim().min(1, { error: "expected the crime's major class, got an empty cell" });
const count = z.string().regex(/^\d{1,7}$/, { error: (issue) => `expected a count of crimes (a whole number, 0 or more), got "${String(issue.input)}"` }).transform(Number);

function toMonth(column: string): string {
  return `${column.slice(0, 4)}-${column.slice(4, 6)}`;
}

function layoutFor(header: readonly string[]): CrimeLayoutName | undefined {
  return (Object.keys(LAYOUTS) as CrimeLayoutName[]).find((name) =>
    LAYOUTS[name].columns.every((column, i) => header[i] === column),
  );
}

/** Column letters as a spreadsheet shows them (1 → A, 27 → AA), so authors can find a cell. */
export function columnName(index: number): string {
  let n = index + 1;
  let name = "";
  while (n > 0) {
    const rest = (n - 1) % 26;
    name = String.fromCharCode(65 + rest) + name;
    n = Math.floor((n - 1) / 26);
  }
  return name;
}

/**
 * Parse and validate one edition. Every problem is reported (up to a limit,
 * so a wholly wrong file does not print 18,000 lines), each naming the line
 * of the file and the column, by header name.
 */
export function parseCrimeEdition(source: string, file: string): CrimeEdition {
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(source, { bom: true, info: true, skip_empty_lines: true, relax_column_count: true }) as unknown as typeof records;
  } catch (error) {
    if (error instanceof CsvError) {
      throw new CrimeImportError([{ file, line: error["lines"] as number | undefined, field: "", message: `not valid CSV: ${error.message}` }]);
    }
    throw error;
  }
  const [headerRecord, ...rows] = records;
  if (!headerRecord) throw new CrimeImportError([{ file, field: "", message: "the file is empty; expected a header row and one row per ward and crime class" }]);
  const header = headerRecord.record.map((cell) => cell.trim());
  const layout = layoutFor(header);
  if (!layout) {
    const expected = Object.values(LAYOUTS).map((l) => `${l.columns.join(", ")}, <YYYYMM>…`).join(" or ");
    throw new CrimeImportError([{ file, line: 1, column: 1, field: "header", message: `not a recorded crime table we know: expected ${expected}; found ${header.slice(0, 6).join(", ")}` }]);
  }
  const spec = LAYOUTS[layout];
  const first = spec.columns.length;
  const monthColumns = header.slice(first);
  const problems: ContentProblem[] = [];
  const headerProblem = (i: number, message: string) =>
    problems.push({ file, line: 1, column: i + 1, field: header[i] ?? columnName(i), message });
  if (monthColumns.length === 0) headerProblem(first, "expected at least one month column (YYYYMM) after the text columns");
  const months: string[] = [];
  monthColumns.forEach((column, j) => {
    const parsed = monthColumn.safeParse(column);
    if (!parsed.success) {
      headerProblem(first + j, `${parsed.error.issues[0]?.message}, got "${column}"`);
      return;
    }
    const month = toMonth(column);
    const previous = months.at(-1);
    if (previous !== undefined && month !== nextMonth(previous)) {
      headerProblem(first + j, `expected the months to run on without a gap: ${toMonth(monthColumns[j - 1] ?? "")} is followed by ${month}`);
    }
    months.push(month);
  });
  if (problems.length > 0) throw new CrimeImportError(problems);

  const codeIndex = spec.columns.indexOf("WardCode" as never);
  const nameIndex = spec.columns.indexOf("WardName" as never);
  const majorIndex = spec.columns.indexOf(spec.major as never);
  const counts = new Map<string, Map<string, number[]>>();
  const wardLines = new Map<string, { name: string; line: number }>();
  const MAX_PROBLEMS = 50;
  for (const { record, info } of rows) {
    if (problems.length >= MAX_PROBLEMS) break;
    const line = info.lines;
    const problem = (i: number, message: string) =>
      problems.push({ file, line, column: i + 1, field: header[i] ?? columnName(i), message });
    if (record.length !== header.length) {
      problem(Math.min(record.length, header.length - 1), `expected ${header.length} columns, as in the header, found ${record.length}`);
      continue;
    }
    const code = wardCode.safeParse(record[codeIndex]?.trim());
    if (!code.success) problem(codeIndex, code.error.issues[0]?.message ?? "invalid ward code");
    const major = majorClass.safeParse(record[majorIndex]);
    if (!major.success) problem(majorIndex, major.error.issues[0]?.message ?? "invalid class");
    const values: number[] = [];
    for (let j = 0; j < months.length; j++) {
      const cell = count.safeParse(record[first + j]?.trim());
      if (cell.success) values.push(cell.data);
      else problem(first + j, cell.error.issues[0]?.message ?? "invalid count");
    }
    if (!code.success || !major.success || values.length !== months.length) continue;
    // The two Met layouts write classes in capitals and the new one may not: one key per class, whatever the case.
    const key = major.data.toUpperCase();
    const byClass = counts.get(code.data) ?? new Map<string, number[]>();
    counts.set(code.data, byClass);
    const sums = byClass.get(key);
    if (sums) values.forEach((value, j) => (sums[j] = (sums[j] ?? 0) + value));
    else byClass.set(key, values);
    if (!wardLines.has(code.data)) wardLines.set(code.data, { name: record[nameIndex]?.trim() ?? "", line });
  }
  if (problems.length > 0) {
    if (problems.length >= MAX_PROBLEMS) problems.push({ file, field: "", message: `stopped after ${MAX_PROBLEMS} problems` });
    throw new CrimeImportError(problems);
  }
  if (rows.length === 0) throw new CrimeImportError([{ file, line: 2, field: "", message: "the file has a header but no rows" }]);
  return { months, counts, wardLines, layout, rows: rows.length };
}
