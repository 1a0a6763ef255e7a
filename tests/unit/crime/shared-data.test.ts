import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { readHistory } from "../../../src/crime/import.ts";

/*
 * The committed history against the Met's files in ../shared: for every ward
 * and month, the committed count equals the sum of that file's rows, taking
 * each month from the newest file that has it (files are ordered by their
 * last month). Summed here straight from the CSV, not by the importer's parser.
 */
const SHARED = path.resolve("../shared/data/crime");
const available = existsSync(SHARED) && readdirSync(SHARED).some((name) => name.endsWith(".csv"));
const title = available
  ? "committed crime data against the files in ../shared/data/crime"
  : `committed crime data against ../shared (skipped: ${SHARED} is missing, the shared crime files beside this repository)`;

interface RawFile {
  readonly name: string;
  readonly months: string[];
  /** ward code → month → class → count */
  readonly counts: Map<string, Map<string, Map<string, number>>>;
}

function readRaw(name: string): RawFile {
  const [header, ...rows] = parse(readFileSync(path.join(SHARED, name), "utf8"), { bom: true }) as string[][];
  const ward = header!.indexOf("WardCode");
  const major = header!.findIndex((column) => column === "MajorText" || column === "Group");
  const monthColumns = header!.flatMap((column, i) => (/^\d{6}$/.test(column) ? [i] : []));
  const months = monthColumns.map((i) => `${header![i]!.slice(0, 4)}-${header![i]!.slice(4)}`);
  const counts = new Map<string, Map<string, Map<string, number>>>();
  for (const row of rows) {
    const byMonth = counts.get(row[ward]!) ?? new Map<string, Map<string, number>>();
    counts.set(row[ward]!, byMonth);
    monthColumns.forEach((column, j) => {
      const byClass = byMonth.get(months[j]!) ?? new Map<string, number>();
      byMonth.set(months[j]!, byClass);
      const key = row[major]!.toUpperCase();
      byClass.set(key, (byClass.get(key) ?? 0) + Number(row[column]));
    });
  }
  return { name, months, counts };
}

describe.skipIf(!available)(title, () => {
  it("has, for every ward and month, the sum of the newest file's rows, class by class", () => {
    const files = readdirSync(SHARED).filter((name) => name.endsWith(".csv")).map(readRaw);
    const history = readHistory("content/crime");
    const allMonths = [...new Set(files.flatMap((f) => f.months))].sort();
    expect(history.months).toEqual(allMonths);
    const newest = new Map(allMonths.map((month) => [month, files.filter((f) => f.months.includes(month)).sort((a, b) => (a.months.at(-1)! < b.months.at(-1)! ? 1 : -1))[0]!]));
    const wards = new Set(files.flatMap((f) => [...f.counts.keys()]));
    expect([...history.wards.keys()].sort()).toEqual([...wards].sort());

    let wardMonths = 0;
    let crimes = 0;
    let revised = 0;
    const mismatches: string[] = [];
    for (const code of wards) {
      const committed = history.wards.get(code)!;
      history.months.forEach((month, i) => {
        const source = newest.get(month)!;
        const expected = source.counts.get(code)?.get(month) ?? new Map<string, number>();
        let total = 0;
        for (const [name, values] of committed.classes) {
          if ((values[i] ?? 0) !== (expected.get(name) ?? 0)) mismatches.push(`${code} ${month} ${name}: ${values[i]} committed, ${expected.get(name) ?? 0} in ${source.name}`);
          total += values[i] ?? 0;
        }
        const fileTotal = [...expected.values()].reduce((a, b) => a + b, 0);
        if (total !== fileTotal) mismatches.push(`${code} ${month}: ${total} committed, ${fileTotal} in ${source.name}`);
        // How often an older file disagrees: the revisions the newest edition brings.
        for (const other of files) {
          if (other === source || !other.months.includes(month)) continue;
          const otherTotal = [...(other.counts.get(code)?.get(month)?.values() ?? [])].reduce((a, b) => a + b, 0);
          if (otherTotal !== fileTotal) revised += 1;
        }
        wardMonths += 1;
        crimes += total;
      });
    }
    console.log(
      `Crime data: ${wardMonths} ward-months checked (${history.wards.size} wards × ${history.months.length} months, ${crimes} crimes) against ${files.length} files; ${revised} ward-months differ in an older file and were revised`,
    );
    expect(mismatches.slice(0, 10)).toEqual([]);
    expect(wardMonths).toBe(wards.size * allMonths.length);
  });
});
