import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CITY_OF_LONDON, CITY_WARD_CODES, isCityOfLondon } from "../../../src/city/city.ts";
import { formatProblem } from "../../../src/content/problems.ts";
import { directoryTargets, wardCodeRedirects } from "../../../src/redirects/ward-codes.ts";
import { buildDirectory } from "../../../src/wards/directory.ts";
import { formatImportSummary } from "../../../src/wards/import.ts";
import { parseWardList } from "../../../src/wards/ward-list.ts";
import { stringifyWard } from "../../../src/wards/skeleton-file.ts";
import { loadWards } from "../../../src/wards/load.ts";
import { wardInput } from "../../support/wards.ts";
import { tempProject } from "../wards/helpers.ts";

const roots: string[] = [];
afterEach(() => {
  for (const root of roots.splice(0)) rmSync(root, { recursive: true, force: true });
});

describe("the City of London", () => {
  it("knows its 25 wards, with or without data.police.uk's N suffix, and nothing else", () => {
    expect(CITY_WARD_CODES.size).toBe(25);
    expect(isCityOfLondon("E05009288")).toBe(true); // Aldersgate
    expect(isCityOfLondon("E05009312N")).toBe(true); // Walbrook
    expect(isCityOfLondon("E09000001")).toBe(true);
    expect(isCityOfLondon("E05009287")).toBe(false);
    expect(isCityOfLondon("E05013668")).toBe(false);
  });

  it("is left out by the ward importer, which says so", () => {
    const csv = "WD_CODE,WD_NAME,LAD_CODE,LAD_NAME\nE05009292,Bishopsgate,E09000001,City of London\nE05013668,Regent's Park,E09000007,Camden\n";
    const list = parseWardList(csv, "x.csv");
    expect(list.wards.map((entry) => entry.code)).toEqual(["E05013668"]);
    expect(list.cityWardsLeftOut).toBe(1);
    expect(formatImportSummary({ created: ["a"], skipped: [] }, 25)).toBe(
      "Created 1 ward file, skipped 0 that already exist.\nLeft out the City of London's 25 wards: the City of London Police polices the City, not the Met.",
    );
  });

  it("has no ward files: the build names the file, line and field of one", () => {
    const root = tempProject();
    roots.push(root);
    const content = path.join(root, "content");
    const ward = wardInput("E05009292", "Bishopsgate");
    const dir = path.join(content, "wards", "city-of-london");
    mkdirSync(dir, { recursive: true });
    writeFileSync(
      path.join(dir, "bishopsgate.yaml"),
      stringifyWard({ ...ward, borough: { code: CITY_OF_LONDON.code, name: "City of London", slug: "city-of-london" } }, "A City ward"),
    );
    const lines = loadWards(content, { root }).problems.map(formatProblem);
    expect(lines).toEqual([
      expect.stringMatching(/^content\/wards\/city-of-london\/bishopsgate\.yaml:2:5 id: the City of London \(E09000001\) is policed by the City of London Police, not the Met/),
      expect.stringMatching(/^content\/wards\/city-of-london\/bishopsgate\.yaml:\d+:\d+ borough\.code: the City of London \(E09000001\) is policed by the City of London Police/),
    ]);
  });

  it("is where every City ward code redirects, current or retired, never a Met page", () => {
    const directory = buildDirectory([], new Date());
    const redirects = wardCodeRedirects(
      {
        E05009292: { name: "Bishopsgate", borough: CITY_OF_LONDON.code, current: "E05009292" },
        E05000005: { name: "Bishopsgate", borough: CITY_OF_LONDON.code, current: "E05009292" },
        E05013668: { name: "Regent's Park", borough: "E09000007", current: "E05013668" },
      },
      directoryTargets(directory),
    );
    expect(redirects.map((redirect) => [redirect.from, redirect.to])).toEqual([
      ["/areas/E05009292/", CITY_OF_LONDON.url],
      ["/areas/E05000005/", CITY_OF_LONDON.url],
      ["/areas/E05013668/", "/areas/"],
    ]);
  });
});
