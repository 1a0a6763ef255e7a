import { readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CrimeImportError, parseCrimeEdition } from "../../../src/crime/edition.ts";
import { latestRun } from "../../../src/crime/history.ts";
import { importCrimeFile, readHistory } from "../../../src/crime/import.ts";
import { slugify } from "../../../src/markdown/markdown.ts";
import { wardInput } from "../../support/wards.ts";
import { tempProject, writeWard } from "../wards/helpers.ts";

const FIXTURES = "tests/fixtures/crime";
const fixture = (name: string) => path.join(FIXTURES, name);

const projects: string[] = [];
/** A project with ward files for the fixtures' wards (the City of London's wards have none). */
function project(): { root: string; content: string } {
  const root = tempProject();
  projects.push(root);
  writeWard(root, wardInput("E05013655", "Camden Town"));
  writeWard(root, wardInput("E05013668N", "Regent's Park"));
  const towerHamlets = { code: "E09000030", name: "Tower Hamlets", slug: slugify("Tower Hamlets") };
  writeWard(root, wardInput("E05009317", "Bethnal Green East", "camden", { borough: towerHamlets }));
  return { root, content: path.join(root, "content") };
}
afterEach(() => {
  for (const root of projects.splice(0)) rmSync(root, { recursive: true, force: true });
});

function files(content: string): Record<string, string> {
  const dir = path.join(content, "crime");
  return Object.fromEntries(readdirSync(dir).sort().map((name) => [name, readFileSync(path.join(dir, name), "utf8")]));
}

function problemOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(CrimeImportError);
    return (error as Error).message;
  }
  throw new Error("expected a CrimeImportError");
}

describe("parseCrimeEdition: the three layouts", () => {
  it("reads the Met's published layout, summing minor classes and Heathrow's aviation rows into their ward", () => {
    const edition = parseCrimeEdition(readFileSync(fixture("met-202401-202406.csv"), "utf8"), "met.csv");
    expect(edition.layout).toBe("met");
    expect(edition.months).toEqual(["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06"]);
    expect(edition.counts.get("E05013655")?.get("BURGLARY")).toEqual([4, 2, 4, 2, 1, 2]);
    // 1 a month from the "Aviation Security (SO18)" row plus the borough's own row.
    expect(edition.counts.get("E05013668")?.get("THEFT")).toEqual([6, 7, 8, 9, 10, 11]);
    expect(edition.rows).toBe(7);
  });

  it("reads the Met's new layout (Group, SubGroup, BOCU, Aviation Policing), with classes in any case", () => {
    const edition = parseCrimeEdition(readFileSync(fixture("group-202409-202411.csv"), "utf8"), "group.csv");
    expect(edition.layout).toBe("met-2026");
    expect(edition.counts.get("E05013668")?.get("THEFT")).toEqual([16, 5, 4]);
    expect(edition.counts.get("E05013655")?.get("BURGLARY")).toEqual([0, 1, 2]);
  });

  it("reads the 36-month layout by major class", () => {
    const edition = parseCrimeEdition(readFileSync(fixture("by-major-202311-202401.csv"), "utf8"), "by-major.csv");
    expect(edition.layout).toBe("by-major");
    expect(edition.months).toEqual(["2023-11", "2023-12", "2024-01"]);
    expect(edition.counts.get("E05013655")?.get("THEFT")).toEqual([31, 32, 99]);
  });
});

describe("parseCrimeEdition: a wrong file", () => {
  it("names the header when it is not a layout we know", () => {
    const message = problemOf(() => parseCrimeEdition(readFileSync(fixture("wrong-header.csv"), "utf8"), "wrong-header.csv"));
    expect(message).toMatch(/^wrong-header\.csv:1:1 header: not a recorded crime table we know: expected MajorText, MinorText, WardName, WardCode, LookUp_BoroughName/);
    expect(message).toContain("found Major, Minor, Ward, Code, Borough, 202401");
  });

  it("names the row and column of every bad count", () => {
    const message = problemOf(() => parseCrimeEdition(readFileSync(fixture("bad-count.csv"), "utf8"), "bad-count.csv"));
    expect(message.split("\n")).toEqual([
      'bad-count.csv:3:7 202402: expected a count of crimes (a whole number, 0 or more), got "-1"',
      'bad-count.csv:4:6 202401: expected a count of crimes (a whole number, 0 or more), got "2.5"',
    ]);
  });

  it("names a row with too few cells, a bad ward code and a gap in the months", () => {
    const header = "MajorText,MinorText,WardName,WardCode,LookUp_BoroughName,202401,202402";
    const message = problemOf(() => parseCrimeEdition(`${header}\nTHEFT,X,Camden Town,E05013655,Camden,1\nTHEFT,X,Y,W123,Camden,1,2\n`, "short.csv"));
    expect(message).toContain("short.csv:2:7 202402: expected 7 columns, as in the header, found 6");
    expect(message).toContain('short.csv:3:4 WardCode: expected a ward code like E05013655, got "W123"');
    expect(problemOf(() => parseCrimeEdition(readFileSync(fixture("month-gap.csv"), "utf8"), "gap.csv"))).toContain(
      "gap.csv:1:7 202403: expected the months to run on without a gap: 2024-01 is followed by 2024-03",
    );
  });
});

describe("importCrimeFile", () => {
  it("refuses a ward with no ward file, and a City of London ward, naming the line", () => {
    const { content } = project();
    const message = problemOf(() => importCrimeFile(fixture("unknown-ward.csv"), content));
    expect(message).toContain("tests/fixtures/crime/unknown-ward.csv:3 WardCode: E05999999 (Nowhere): no ward file has this code");
    expect(message).toContain("tests/fixtures/crime/unknown-ward.csv:4 WardCode: E05009288 (Aldgate): a City of London ward");
    expect(() => readdirSync(path.join(content, "crime"))).toThrow();
  });

  it("keeps the union of months, with the newest edition's figures for months in both, in either order", () => {
    const a = project();
    importCrimeFile(fixture("met-202401-202406.csv"), a.content);
    importCrimeFile(fixture("met-202404-202409.csv"), a.content);
    const b = project();
    importCrimeFile(fixture("met-202404-202409.csv"), b.content);
    importCrimeFile(fixture("met-202401-202406.csv"), b.content);
    expect(files(b.content)).toEqual(files(a.content));

    const history = readHistory(path.join(a.content, "crime"));
    expect(history.months).toEqual(["2024-01", "2024-02", "2024-03", "2024-04", "2024-05", "2024-06", "2024-07", "2024-08", "2024-09"]);
    expect(history.editions).toEqual(["2024-06", "2024-06", "2024-06", "2024-09", "2024-09", "2024-09", "2024-09", "2024-09", "2024-09"]);
    // April to June come whole from the newer edition, which has no business burglary row.
    expect(history.wards.get("E05013655")?.classes.get("BURGLARY")).toEqual([4, 2, 4, 2, 0, 2, 5, 1, 1]);
    expect(history.wards.get("E05013668")?.classes.get("THEFT")).toEqual([6, 7, 8, 8, 9, 11, 12, 13, 14]);
    expect(history.wards.get("E05009317")?.borough).toEqual({ code: "E09000030", slug: "tower-hamlets" });
    // A class with no crimes in any month is not written.
    expect(history.wards.get("E05009317")?.classes.has("FRAUD AND FORGERY")).toBe(false);
    expect(Object.keys(files(a.content))).toEqual(["camden.json", "index.json", "tower-hamlets.json"]);
  });

  it("gives the same files whatever the order of three editions in three layouts", () => {
    const editions = ["met-202401-202406.csv", "met-202404-202409.csv", "group-202409-202411.csv", "by-major-202311-202401.csv"];
    const orders = [editions, [...editions].reverse(), [editions[2]!, editions[0]!, editions[3]!, editions[1]!]];
    const results = orders.map((order) => {
      const { content } = project();
      for (const name of order) importCrimeFile(fixture(name), content);
      return files(content);
    });
    expect(results[1]).toEqual(results[0]);
    expect(results[2]).toEqual(results[0]);
    const history = readHistory(path.join(projects.at(-1)!, "content", "crime"));
    expect(history.months[0]).toBe("2023-11");
    expect(history.months.at(-1)).toBe("2024-11");
    // January 2024 is in the by-major file (99 thefts) and in a newer edition (20): the newer wins.
    expect(history.wards.get("E05013655")?.classes.get("THEFT")?.[2]).toBe(20);
    // September 2024 comes from the newest edition, in the new layout.
    expect(history.wards.get("E05013668")?.classes.get("THEFT")?.[10]).toBe(16);
  });

  it("changes nothing, byte for byte, when a file is imported again or an older edition comes after a newer one", () => {
    const { content } = project();
    importCrimeFile(fixture("met-202404-202409.csv"), content);
    importCrimeFile(fixture("met-202401-202406.csv"), content);
    const before = files(content);
    expect(importCrimeFile(fixture("met-202401-202406.csv"), content).written).toEqual([]);
    expect(importCrimeFile(fixture("met-202404-202409.csv"), content).written).toEqual([]);
    expect(files(content)).toEqual(before);
  });

  it("keeps editions with a gap between them, and the pages show the months after the gap", () => {
    const { content } = project();
    importCrimeFile(fixture("by-major-202311-202401.csv"), content);
    importCrimeFile(fixture("group-202409-202411.csv"), content);
    const history = readHistory(path.join(content, "crime"));
    expect(history.months).toEqual(["2023-11", "2023-12", "2024-01", "2024-09", "2024-10", "2024-11"]);
    const shown = latestRun(history);
    expect(shown.months).toEqual(["2024-09", "2024-10", "2024-11"]);
    expect(shown.wards.get("E05013655")?.classes.get("THEFT")).toBeUndefined();
    expect(shown.wards.get("E05013655")?.classes.get("BURGLARY")).toEqual([0, 1, 2]);
  });

  it("refuses two different editions that end in the same month", () => {
    const { root, content } = project();
    importCrimeFile(fixture("met-202404-202409.csv"), content);
    const revised = path.join(root, "revised.csv");
    const text = readFileSync(fixture("met-202404-202409.csv"), "utf8").replace("5,1,1\n", "5,1,7\n");
    writeFileSync(revised, text);
    expect(problemOf(() => importCrimeFile(revised, content))).toContain("another edition that also ends in 2024-09 has different figures for 2024-09");
  });
});
