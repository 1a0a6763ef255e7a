import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { displayPath, ImportError, parseCsvRecords, readSourceFile } from "../../../src/import/source.ts";

describe("parseCsvRecords", () => {
  it("gives the header and each row with its line in the file", () => {
    const { header, rows } = parseCsvRecords("a,b\n1,2\n\n3,4\n", "list.csv", "one row per thing");
    expect(header.record).toEqual(["a", "b"]);
    expect(rows.map((row) => [row.record, row.info.lines])).toEqual([
      [["1", "2"], 2],
      [["3", "4"], 4],
    ]);
  });

  it("names the file, and the row, for broken CSV, and says what an empty file should hold", () => {
    expect(() => parseCsvRecords('a,b\n1,"2\n', "list.csv", "rows")).toThrow(/^list\.csv: row \d+: not valid CSV/);
    expect(() => parseCsvRecords("", "list.csv", "one row per ward")).toThrow(
      new ImportError("list.csv: the file is empty; expected a header row and one row per ward"),
    );
  });
});

describe("readSourceFile", () => {
  it("turns a missing file or a folder into the caller's error, in words", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "sn-source-"));
    const failure = (reason: string) => new ImportError(`cannot read: ${reason}`);
    expect(() => readSourceFile(path.join(dir, "nope.csv"), failure)).toThrow("cannot read: no such file");
    expect(() => readSourceFile(dir, failure)).toThrow("cannot read: it is a folder");
  });
});

describe("displayPath", () => {
  it("shows a path inside the current folder relative to it, with forward slashes", () => {
    expect(displayPath(path.join(process.cwd(), "content", "wards"))).toBe("content/wards");
    expect(displayPath(path.join(path.parse(process.cwd()).root, "elsewhere.csv"))).toBe(path.resolve("/elsewhere.csv"));
  });
});
