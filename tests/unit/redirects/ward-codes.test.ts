import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  directoryTargets,
  mapWardCodes,
  normaliseWardName,
  parseWardCodeFile,
  parseWardCodeHistory,
  stringifyWardCodeFile,
  summariseWardCodes,
  wardCodeRedirects,
  type RedirectTargets,
} from "../../../src/redirects/ward-codes.ts";
import { buildDirectory } from "../../../src/wards/directory.ts";
import { ImportError } from "../../../src/import/source.ts";
import { makeWard, NOW, westminster } from "../layouts/ward-fixtures.ts";

const HEADER = "WD_CODE,WD_NAME,LAD_CODE,LAD_NAME,START,END,STATUS";
const csv = (...rows: string[]) => [HEADER, ...rows].join("\n");

// Real codes and names from the ONS history, with the cases that matter.
const history = parseWardCodeHistory(
  csv(
    // Retired in 2022; a current ward has the same name, written with & instead of "and".
    "E05000143,St Pancras and Somers Town,E09000007,Camden,2009-01-01,2022-05-04,terminated",
    "E05013669,St Pancras & Somers Town,E09000007,Camden,2022-05-05,,live",
    // Retired in 2022, and no current ward has its name.
    "E05000130,Camden Town with Primrose Hill,E09000007,Camden,2009-01-01,2022-05-04,terminated",
    "E05013655,Camden Town,E09000007,Camden,2022-05-05,,live",
    // Renamed in 2024 but never retired: the code is still current.
    "E05009317,Bethnal Green,E09000030,Tower Hamlets,2014-05-22,2023-12-31,terminated",
    "E05009317,Bethnal Green East,E09000030,Tower Hamlets,2024-01-01,,live",
    // Renamed in 2010, retired in 2022; a current ward has its first name.
    "E05000621,Roehampton,E09000032,Wandsworth,2009-01-01,2010-02-02,terminated",
    "E05000621,Roehampton and Putney Heath,E09000032,Wandsworth,2010-02-03,2022-05-04,terminated",
    "E05014017,Roehampton,E09000032,Wandsworth,2022-05-05,,live",
    // The same name in another borough is another ward.
    "E05000644,St James's,E09000033,Westminster,2009-01-01,2022-05-04,terminated",
    "E05013806,St James's,E09000033,Westminster,2022-05-05,,live",
    "E05013899,St James,E09000031,Waltham Forest,2022-05-05,,live",
    // Outside London: ignored.
    "E05001234,Somewhere,E07000001,Elsewhere,2009-01-01,,live",
  ),
  "history.csv",
);

describe("parseWardCodeHistory", () => {
  it("reads London rows and leaves out the rest", () => {
    expect(history).toHaveLength(12);
    expect(history[0]).toEqual({
      code: "E05000143",
      name: "St Pancras and Somers Town",
      boroughCode: "E09000007",
      boroughName: "Camden",
      start: "2009-01-01",
      end: "2022-05-04",
      status: "terminated",
    });
  });

  it("names the file, row and column of the first mistake", () => {
    expect(() => parseWardCodeHistory("WD_CODE,WD_NAME\n", "h.csv")).toThrow(
      new ImportError("h.csv: row 1: no column LAD_CODE, LAD_NAME, START, END, STATUS; found WD_CODE, WD_NAME"),
    );
    expect(() => parseWardCodeHistory(csv("E0500014,X,E09000007,Camden,2009-01-01,,live"), "h.csv")).toThrow(
      'h.csv: row 2, column WD_CODE: expected a ward code like E05013655, got "E0500014"',
    );
    expect(() => parseWardCodeHistory(csv("E05000143,X,E09000007,Camden,2009-01-01,,gone"), "h.csv")).toThrow(/column STATUS/);
    expect(() => parseWardCodeHistory(csv("E05000143,X,E09000007,Camden,1/1/2009,,live"), "h.csv")).toThrow(/column START/);
    expect(() => parseWardCodeHistory("", "h.csv")).toThrow(/empty/);
  });
});

describe("normaliseWardName", () => {
  it("treats & and 'and', apostrophes, full stops, case and accents as the same name", () => {
    expect(normaliseWardName("Blackfen & Lamorbey")).toBe(normaliseWardName("Blackfen and Lamorbey"));
    expect(normaliseWardName("Squirrel's Heath")).toBe(normaliseWardName("Squirrels Heath"));
    expect(normaliseWardName("St. James’s")).toBe(normaliseWardName("St James's"));
    expect(normaliseWardName("Ham, Petersham & Richmond Riverside")).toBe("ham petersham and richmond riverside");
    expect(normaliseWardName("Hoxton East & Shoreditch")).not.toBe(normaliseWardName("Hoxton"));
  });
});

describe("mapWardCodes", () => {
  const codes = mapWardCodes(history);

  it("leads a retired code to the current ward of the same name in the same borough", () => {
    expect(codes.E05000143).toEqual({ name: "St Pancras and Somers Town", borough: "E09000007", current: "E05013669" });
    expect(codes.E05000644?.current).toBe("E05013806");
  });

  it("leads a retired code with no current namesake to no ward, so to its borough", () => {
    expect(codes.E05000130).toEqual({ name: "Camden Town with Primrose Hill", borough: "E09000007", current: null });
  });

  it("keeps a renamed, still-live code as its own current ward, under its new name", () => {
    expect(codes.E05009317).toEqual({ name: "Bethnal Green East", borough: "E09000030", current: "E05009317" });
    expect(codes.E05013655?.current).toBe("E05013655");
  });

  it("tries a retired code's earlier names when its last one has no current namesake", () => {
    expect(codes.E05000621).toEqual({ name: "Roehampton and Putney Heath", borough: "E09000032", current: "E05014017" });
  });

  it("lists each code once, in order", () => {
    expect(Object.keys(codes)).toEqual([...new Set(history.map((row) => row.code))].sort());
    expect(summariseWardCodes(codes)).toEqual({ live: 6, retiredToWard: 3, retiredToBorough: 1 });
  });

  it("round-trips through the committed file format", () => {
    const text = stringifyWardCodeFile({ source: "history.csv", codes });
    expect(parseWardCodeFile(text, "ward-codes.json")).toEqual({ source: "history.csv", codes });
    expect(text.split("\n").filter((line) => line.includes('"current"'))).toHaveLength(Object.keys(codes).length);
  });
});

describe("wardCodeRedirects", () => {
  const codes = mapWardCodes(history);
  const targets: RedirectTargets = {
    ward: (code) => ({ E05013655: "/areas/camden/camden-town/", E05013669: "/areas/camden/st-pancras-and-somers-town/" })[code],
    borough: (code) => ({ E09000007: "/areas/camden/" })[code],
    fallback: "/areas/",
  };
  const redirects = wardCodeRedirects(codes, targets);
  const to = (code: string) => redirects.find((redirect) => redirect.code === code);

  it("sends every code, retired or current, from /areas/<code>/ with a 301", () => {
    expect(redirects).toHaveLength(Object.keys(codes).length);
    expect(redirects.every((redirect) => redirect.status === 301 && redirect.from === `/areas/${redirect.code}/`)).toBe(true);
  });

  it("goes to the current ward's page where the site has it", () => {
    expect(to("E05000143")).toMatchObject({ to: "/areas/camden/st-pancras-and-somers-town/", retired: true, kind: "ward" });
    expect(to("E05013655")).toMatchObject({ to: "/areas/camden/camden-town/", retired: false, kind: "ward" });
  });

  it("falls back to the borough's page, then to all areas", () => {
    expect(to("E05000130")).toMatchObject({ to: "/areas/camden/", kind: "borough" });
    expect(to("E05000644")).toMatchObject({ to: "/areas/", kind: "areas" });
  });
});

describe("directoryTargets", () => {
  it("offers only the ward and borough pages a build writes", () => {
    const stJames = makeWard({ id: "E05013806N", name: "St James's", slug: "st-jamess", borough: westminster });
    const targets = directoryTargets(buildDirectory([stJames], NOW));
    expect(targets.ward("E05013806")).toBe("/areas/westminster/st-jamess/");
    expect(targets.ward("E05013655")).toBeUndefined();
    expect(targets.borough("E09000033")).toBe("/areas/westminster/");
    expect(targets.borough("E09000007")).toBeUndefined();
    expect(targets.fallback).toBe("/areas/");
  });
});

/** The shared ONS ward code history, beside the repository and never copied into it. */
const HISTORY_CSV = path.resolve("../shared/data/wards/london_wards_code_history_chd2024.csv");
const hasHistory = existsSync(HISTORY_CSV);
const sharedTitle = hasHistory
  ? "the ONS ward code history (../shared)"
  : `the ONS ward code history (skipped: ${HISTORY_CSV} is missing, the shared data beside this repository)`;

describe.skipIf(!hasHistory)(sharedTitle, () => {
  const rows = hasHistory ? parseWardCodeHistory(readFileSync(HISTORY_CSV, "utf8"), "history.csv") : [];
  const codes = mapWardCodes(rows);

  it("maps all 1,353 London ward codes since 2009: 704 current, 649 retired", () => {
    const summary = summariseWardCodes(codes);
    expect(Object.keys(codes)).toHaveLength(1353);
    expect(summary.live).toBe(704);
    expect(summary.retiredToWard + summary.retiredToBorough).toBe(649);
    console.log(`Ward code history: ${summary.retiredToWard} retired codes lead to a current ward, ${summary.retiredToBorough} to their borough`);
  });

  it("leads every retired code to a live ward in its own borough, or to none", () => {
    const live = new Map(rows.filter((row) => row.status === "live").map((row) => [row.code, row]));
    for (const [code, entry] of Object.entries(codes)) {
      if (entry.current === null) continue;
      const current = live.get(entry.current);
      expect(current, code).toBeDefined();
      expect(current?.boroughCode, code).toBe(entry.borough);
    }
  });

  it("agrees with known cases from the 2013, 2014 and 2022 reviews", () => {
    expect(codes.E05000001?.current).toBe("E05009288"); // Aldersgate, City of London, recoded in 2013
    expect(codes.E05000588?.current).toBe("E05009335"); // Weavers, Tower Hamlets, 2014
    expect(codes.E05000143?.current).toBe("E05013669"); // St Pancras and Somers Town, Camden, 2022
    expect(codes.E05000644?.current).toBe("E05013806"); // St James's, Westminster, 2022
    expect(codes.E05000130?.current).toBeNull(); // Camden Town with Primrose Hill: split in 2022
    expect(codes.E05000240?.current).toBeNull(); // Hoxton, Hackney: split in 2014
  });

  it("is what src/redirects/ward-codes.json holds (rerun npm run redirects:wards if not)", () => {
    const committed = parseWardCodeFile(readFileSync("src/redirects/ward-codes.json", "utf8"), "ward-codes.json");
    expect(committed.codes).toEqual(codes);
    expect(committed.source).toBe(path.basename(HISTORY_CSV));
  });
});

describe("npm run redirects:wards", () => {
  const run = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/ward-redirects.ts", ...args], { encoding: "utf8" });

  it("writes the mapping, naming the history by file name only, and reports the counts", () => {
    const out = path.join(mkdtempSync(path.join(tmpdir(), "sn-redirects-")), "ward-codes.json");
    const result = run("tests/fixtures/redirects/ward-code-history.csv", "--out", out);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
    expect(result.stdout).toBe(
      `Wrote ${out}: 2 current ward codes, 1 retired codes that lead to a current ward of the same name, 1 that lead to their borough.\n`,
    );
    const written = parseWardCodeFile(readFileSync(out, "utf8"), out);
    expect(written.source).toBe("ward-code-history.csv");
    expect(written.codes.E05000143?.current).toBe("E05013669");
  });

  it("exits 1 with one line and no stack trace for a missing file or a bad row", () => {
    const missing = run("no-such-history.csv");
    expect(missing.status).toBe(1);
    expect(missing.stderr).toBe("redirects:wards: no-such-history.csv: cannot read the ward code history: no such file\n");
    const usage = run();
    expect(usage.status).toBe(1);
    expect(usage.stderr).toMatch(/^redirects:wards: usage: npm run redirects:wards -- <ward-code-history\.csv>/);
    const bad = run("tests/fixtures/wards/csv/ons-wd24.csv");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toMatch(/^redirects:wards: tests\/fixtures\/wards\/csv\/ons-wd24\.csv: row 1: no column WD_CODE/);
  });
});
