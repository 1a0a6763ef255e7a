import { describe, expect, it } from "vitest";
import { checkWards } from "../../../src/wards/checks.ts";
import type { WardEntry } from "../../../src/wards/files.ts";
import { toWard, wardInput } from "../../support/wards.ts";

// The cross-file rules are pure: these tests give them wards and paths, and no disk.
describe("checkWards", () => {
  const entry = (file: string, ...args: Parameters<typeof wardInput>): WardEntry => ({ file, ward: toWard(wardInput(...args)) });
  const camdenTown = () => entry("content/wards/camden/camden-town.yaml", "E05013655", "Camden Town");
  const regentsPark = () => entry("content/wards/camden/regents-park.yaml", "E05013668", "Regent's Park");

  it("finds nothing wrong with consistent wards", () => {
    expect(checkWards([camdenTown(), regentsPark()])).toEqual({ problems: [], warnings: [] });
  });

  it("reports a ward code used twice, naming both files", () => {
    const copy = entry("content/wards/camden/regents-park.yaml", "E05013655", "Regent's Park");
    expect(checkWards([camdenTown(), copy]).problems).toEqual([
      {
        file: "content/wards/camden/regents-park.yaml",
        field: "id",
        message: "ward code E05013655 is also used by content/wards/camden/camden-town.yaml; each ward has one file",
      },
    ]);
  });

  it("treats E05013655N as the same ward as E05013655", () => {
    const copy = entry("content/wards/camden/regents-park.yaml", "E05013655N", "Regent's Park");
    expect(checkWards([camdenTown(), copy]).problems.map((problem) => problem.field)).toEqual(["id"]);
  });

  it("reports two wards with one borough/ward slug, naming both files", () => {
    const twin = entry("content/wards/camden/camden-town-2.yaml", "E05013668", "Camden Town");
    const { problems } = checkWards([camdenTown(), twin]);
    // Files are compared in path order: "camden-town-2.yaml" sorts before "camden-town.yaml".
    expect(problems).toContainEqual({
      file: "content/wards/camden/camden-town.yaml",
      field: "slug",
      message: "camden/camden-town is also used by content/wards/camden/camden-town-2.yaml; two wards would share one page address",
    });
  });

  it("reports a file whose folder or name does not match the slugs", () => {
    const misplaced = entry("content/wards/westminster/camden.yaml", "E05013655", "Camden Town");
    expect(checkWards([misplaced]).problems).toEqual([
      {
        file: "content/wards/westminster/camden.yaml",
        field: "borough.slug",
        message: 'the file is in the folder "westminster" but borough.slug is "camden"; expected the file at content/wards/camden/camden-town.yaml',
      },
      {
        file: "content/wards/westminster/camden.yaml",
        field: "slug",
        message: 'the file is named "camden.yaml" but slug is "camden-town"; expected the file at content/wards/camden/camden-town.yaml',
      },
    ]);
  });

  it("reports neighbours and also_covers that name no ward in the data set", () => {
    const lonely = entry("content/wards/camden/camden-town.yaml", "E05013655", "Camden Town", "camden", {
      neighbours: ["E05013668", "E05099999"],
      extraTeam: [{ name: "Jo Roamer", role: "volunteer", rank: "PSV", also_covers: ["E05088888"] }],
    });
    expect(checkWards([lonely, regentsPark()], { wardsDir: "content/wards" }).problems).toEqual([
      { file: lonely.file, field: "neighbours[1]", message: "no ward in content/wards has the code E05099999; expected the code of another ward" },
      { file: lonely.file, field: "team[2].also_covers[0]", message: "no ward in content/wards has the code E05088888; expected the code of another ward" },
    ]);
  });

  it("accepts neighbours known only from files that failed validation", () => {
    const withNeighbour = entry("content/wards/camden/camden-town.yaml", "E05013655", "Camden Town", "camden", { neighbours: ["E05013668N"] });
    expect(checkWards([withNeighbour], { knownCodes: ["E05013668"] }).problems).toEqual([]);
  });

  it("reports a borough code used with two names, and a name with two codes", () => {
    const typo = {
      file: "content/wards/camden/regents-park.yaml",
      ward: toWard({ ...wardInput("E05013668", "Regent's Park"), borough: { code: "E09000007", name: "Camdem", slug: "camden" } }),
    };
    const kentish = entry("content/wards/camden/kentish-town-south.yaml", "E05013664", "Kentish Town South");
    expect(checkWards([camdenTown(), typo, kentish]).problems).toEqual([
      {
        file: typo.file,
        field: "borough.name",
        message:
          'the name of borough E09000007 is "Camdem" here but "Camden" in 2 other files (e.g. content/wards/camden/camden-town.yaml); expected "Camden"',
      },
    ]);

    const wrongCode = {
      file: "content/wards/camden/regents-park.yaml",
      ward: toWard({ ...wardInput("E05013668", "Regent's Park"), borough: { code: "E09000077", name: "Camden", slug: "camden" } }),
    };
    expect(checkWards([camdenTown(), wrongCode, kentish]).problems).toEqual([
      expect.objectContaining({ file: wrongCode.file, field: "borough.code", message: expect.stringContaining('the code of borough "Camden" is "E09000077" here') }),
    ]);
  });

  it("warns when a ward a supporting member covers does not list them back", () => {
    const roamer = { name: "Jo Roamer", role: "supporting-pcso" as const, rank: "PCSO", also_covers: ["E05013668"] };
    const camden = entry("content/wards/camden/camden-town.yaml", "E05013655", "Camden Town", "camden", { extraTeam: [roamer] });
    const { problems, warnings } = checkWards([camden, regentsPark()]);
    expect(problems).toEqual([]);
    expect(warnings).toEqual([
      {
        file: camden.file,
        field: "team[2].also_covers[0]",
        message:
          "Jo Roamer covers Regent's Park (E05013668) by this file, but content/wards/camden/regents-park.yaml does not list them in its team",
      },
    ]);

    // Listed back (names compared ignoring case and spacing): no warning.
    const back = entry("content/wards/camden/regents-park.yaml", "E05013668", "Regent's Park", "camden", {
      extraTeam: [{ ...roamer, name: "jo  roamer", also_covers: ["E05013655"] }],
    });
    expect(checkWards([camden, back]).warnings).toEqual([]);
  });

  it("leaves vacant posts to the content check, which warns about each ward at its line", () => {
    const nobody = toWard({ ...wardInput("E05013806", "St James's", "westminster"), team: [{ name: "A B", role: "sergeant", rank: "Sgt" }] });
    expect(checkWards([camdenTown(), { file: "content/wards/westminster/st-jamess.yaml", ward: nobody }]).warnings).toEqual([]);
  });

  it("does not change the entries it is given", () => {
    const entries = [regentsPark(), camdenTown()];
    const before = structuredClone(entries);
    checkWards(entries);
    expect(entries).toEqual(before);
  });
});
