import { mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ContentValidationError, type ContentProblem } from "../../../src/content/problems.ts";
import { createWardLoader, formatWarnings, loadWards, wardsOrThrow } from "../../../src/wards/load.ts";
import { toWard, wardInput } from "../../support/wards.ts";
import { lineOf, tempProjects, writeWard } from "./helpers.ts";

const VALID = "tests/fixtures/wards/valid";
const INVALID = "tests/fixtures/wards/invalid";
const invalidFile = (name: string) => `${INVALID}/wards/camden/${name}.yaml`;

const project = tempProjects();

describe("loadWards on fixtures", () => {
  it("loads a valid ward that uses every field", () => {
    const result = loadWards(VALID);
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.wards).toHaveLength(1);
    const [ward] = result.wards;
    expect(ward).toMatchObject({ id: "E05013655", name: "Camden Town", sample: true });
    expect(ward?.locations[0]?.postcode).toBe("NW1 0AG");
    expect(ward?.locations[1]?.front_counter).toBe(false);
  });

  const invalid = loadWards(INVALID);
  const problemsIn = (name: string) => invalid.problems.filter((problem) => problem.file === invalidFile(name));

  it("keeps no invalid ward, and reads every file", () => {
    expect(invalid.wards).toEqual([]);
    expect(new Set(invalid.problems.map((problem) => problem.file)).size).toBe(10);
  });

  it.each([
    ["bad-code", "id", "id: E0501365", 'got "E0501365"'],
    ["bad-email", "contact_details.email", "email: test.snt-at-police", "expected an email address"],
    ["http-social-link", "contact_details.social[0].url", "url: http://", "expected a full https:// link"],
    ["bad-phone", "contact_details.telephone", "telephone: 020 7946 00", "expected a UK telephone number"],
    ["bad-postcode", "locations[0].postcode", "postcode: NW1 0A", "expected a UK postcode"],
    // A list is located at its first item, the line after its key.
    ["also-covers-dedicated", "team[0].also_covers", "- E05013664", "only supporting-officer"],
    ["end-before-start", "events[0].end_date", "end_date: 2027-01-20T17:00", "expected a time after start_date (2027-01-20T18:30)"],
    ["unknown-field", "team[1].nmae", "nmae: Sam", 'unknown field "nmae" (did you mean "name"?)'],
  ])("reports %s with its file, line, field and what was expected", (name, field, lineText, message) => {
    const problems = problemsIn(name);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      file: invalidFile(name),
      line: lineOf(invalidFile(name), lineText),
      field,
      message: expect.stringContaining(message),
    });
  });

  it("reports both mistakes in a file with two", () => {
    const file = invalidFile("two-mistakes");
    expect(problemsIn("two-mistakes")).toEqual([
      expect.objectContaining({ line: lineOf(file, "postcode: 12345"), field: "locations[0].postcode" }),
      expect.objectContaining({ line: lineOf(file, "email: nope"), field: "contact_details.email" }),
    ]);
  });

  it("reports a YAML syntax error with its line", () => {
    expect(problemsIn("yaml-syntax-error")).toEqual([
      expect.objectContaining({ field: "", line: expect.any(Number), message: expect.stringMatching(/^YAML syntax: Missing closing "quote/) }),
    ]);
  });

  it("sorts problems by file then line", () => {
    const keys = invalid.problems.map((problem) => `${problem.file}:${String(problem.line ?? 0).padStart(4, "0")}`);
    expect(keys).toEqual([...keys].sort());
  });
});

describe("loadWards on a project", () => {
  it("sorts wards by borough name, then ward name", () => {
    const root = project();
    writeWard(root, wardInput("E05013808", "West End", "westminster"));
    writeWard(root, wardInput("E05013806", "St James's", "westminster"));
    writeWard(root, wardInput("E05013668", "Regent's Park"));
    writeWard(root, wardInput("E05013655", "Camden Town"));
    const result = loadWards(path.join(root, "content"), { root });
    expect(result.problems).toEqual([]);
    expect(result.wards.map((ward) => ward.name)).toEqual(["Camden Town", "Regent's Park", "St James's", "West End"]);
  });

  it("returns nothing, and no problem, when there is no wards folder", () => {
    expect(loadWards(path.join(project(), "content"))).toEqual({ wards: [], problems: [], warnings: [] });
  });

  it("names files relative to the root, and absolutely outside it", () => {
    const root = project();
    writeWard(root, { ...wardInput("E05013655", "Camden Town"), slug: "Camden Town" }, "content/wards/camden/camden-town.yaml");
    const inside = loadWards(path.join(root, "content"), { root });
    expect(inside.problems[0]?.file).toBe("content/wards/camden/camden-town.yaml");
    const outside = loadWards(path.join(root, "content"), { root: path.join(root, "elsewhere") });
    expect(outside.problems[0]?.file).toBe(path.join(root, "content/wards/camden/camden-town.yaml"));
  });

  it("reports ward files in the wrong place or with the wrong extension", () => {
    const root = project();
    const wards = path.join(root, "content/wards");
    mkdirSync(path.join(wards, "camden/old"), { recursive: true });
    writeFileSync(path.join(wards, "camden-town.yaml"), "");
    writeFileSync(path.join(wards, "camden/camden-town.yml"), "");
    writeFileSync(path.join(wards, "camden/README.md"), "ignored");
    writeFileSync(path.join(wards, "camden/.DS_Store"), "ignored");
    const result = loadWards(path.join(root, "content"), { root });
    expect(result.problems.map((problem) => [problem.file, problem.message])).toEqual([
      ["content/wards/camden-town.yaml", expect.stringContaining("in a folder named after their borough")],
      ["content/wards/camden/camden-town.yml", expect.stringContaining("end in .yaml")],
      ["content/wards/camden/old", expect.stringContaining("folders inside it are not read")],
    ]);
  });

  it("reports an empty file", () => {
    const root = project();
    mkdirSync(path.join(root, "content/wards/camden"), { recursive: true });
    writeFileSync(path.join(root, "content/wards/camden/empty.yaml"), "# nothing yet\n");
    expect(loadWards(path.join(root, "content"), { root }).problems).toEqual([
      { file: "content/wards/camden/empty.yaml", line: 1, field: "", message: expect.stringContaining("the file is empty") },
    ]);
  });

  it("collects problems across all files and cross-file checks together", () => {
    const root = project();
    writeWard(root, wardInput("E05013655", "Camden Town", "camden", { neighbours: ["E05099999"] }));
    writeWard(root, { ...wardInput("E05013668", "Regent's Park"), last_reviewed: "yesterday" });
    writeWard(root, { ...wardInput("E05013664", "Kentish Town South"), description: "" });
    const result = loadWards(path.join(root, "content"), { root });
    expect(result.problems.map((problem) => `${problem.file} ${problem.field}`)).toEqual([
      "content/wards/camden/camden-town.yaml neighbours[0]",
      "content/wards/camden/kentish-town-south.yaml description",
      "content/wards/camden/regents-park.yaml last_reviewed",
    ]);
  });

  it("gives cross-file problems and warnings the line of the field", () => {
    const root = project();
    const file = writeWard(root, wardInput("E05013655", "Camden Town", "camden", { neighbours: ["E05013668", "E05099999"] }));
    writeWard(
      root,
      wardInput("E05013668", "Regent's Park", "camden", {
        extraTeam: [{ name: "Jo Roamer", role: "supporting-pcso", rank: "PCSO", also_covers: ["E05013655"] }],
      }),
    );
    const result = loadWards(path.join(root, "content"), { root });
    const absolute = path.join(root, file);
    const neighbourLines = readFileSync(absolute, "utf8").split("\n");
    expect(result.problems).toEqual([
      expect.objectContaining({ file, field: "neighbours[1]", line: neighbourLines.indexOf("  - E05099999") + 1 }),
    ]);
    expect(result.warnings).toEqual([
      expect.objectContaining({
        file: "content/wards/camden/regents-park.yaml",
        field: "team[2].also_covers[0]",
        line: lineOf(path.join(root, "content/wards/camden/regents-park.yaml"), "- E05013655"),
      }),
    ]);
  });

  it("does not report neighbours of a ward whose own file is broken", () => {
    const root = project();
    writeWard(root, wardInput("E05013655", "Camden Town", "camden", { neighbours: ["E05013668", "E05013664"] }));
    writeWard(root, { ...wardInput("E05013668", "Regent's Park"), description: "" });
    const broken = path.join(root, "content/wards/camden/kentish-town-south.yaml");
    writeFileSync(broken, 'id: E05013664\nname: "Kentish Town South\n');
    const result = loadWards(path.join(root, "content"), { root });
    expect(result.problems.map((problem) => problem.file)).toEqual([
      "content/wards/camden/kentish-town-south.yaml",
      "content/wards/camden/regents-park.yaml",
    ]);
  });

  it("reads files the fast reader cannot handle with the full YAML parser", () => {
    const root = project();
    const file = writeWard(root, wardInput("E05013655", "Camden Town"));
    const absolute = path.join(root, file);
    const source = readFileSync(absolute, "utf8").replace(/^description: .*$/m, "description: >-\n  Folded over\n  two lines.");
    writeFileSync(absolute, source);
    const result = loadWards(path.join(root, "content"), { root });
    expect(result.problems).toEqual([]);
    expect(result.wards[0]?.description).toBe("Folded over two lines.");
  });

  it("returns frozen wards, so no caller can change another's copy", () => {
    const result = loadWards(VALID);
    const ward = result.wards[0];
    expect(Object.isFrozen(ward)).toBe(true);
    expect(Object.isFrozen(ward?.team[0])).toBe(true);
    expect(() => (ward?.team as unknown[]).push({})).toThrow(TypeError);
  });
});

describe("createWardLoader", () => {
  it("re-reads only changed files, and notices added and deleted ones", () => {
    const root = project();
    const content = path.join(root, "content");
    const camden = writeWard(root, wardInput("E05013655", "Camden Town"));
    writeWard(root, wardInput("E05013668", "Regent's Park"));
    const loader = createWardLoader(content, { root });
    const first = loader.load();
    const byId = (wards: typeof first.wards, id: string) => wards.find((ward) => ward.id === id);

    // Unchanged files come back as the very same (frozen) objects: they were not parsed again.
    const second = loader.load();
    expect(byId(second.wards, "E05013655")).toBe(byId(first.wards, "E05013655"));
    expect(second.wards).not.toBe(first.wards);

    const edited = { ...wardInput("E05013655", "Camden Town"), description: "Edited." };
    writeWard(root, edited, camden);
    const future = new Date(Date.now() + 5_000);
    utimesSync(path.join(root, camden), future, future);
    writeWard(root, wardInput("E05013664", "Kentish Town South"));
    rmSync(path.join(root, "content/wards/camden/regents-park.yaml"));

    const third = loader.load();
    expect(byId(third.wards, "E05013655")?.description).toBe("Edited.");
    expect(third.wards.map((ward) => ward.name)).toEqual(["Camden Town", "Kentish Town South"]);
  });

  it("reruns cross-file checks when only another file changed", () => {
    const root = project();
    writeWard(root, wardInput("E05013655", "Camden Town", "camden", { neighbours: ["E05013668"] }));
    const loader = createWardLoader(path.join(root, "content"), { root });
    expect(loader.load().problems).toHaveLength(1);
    writeWard(root, wardInput("E05013668", "Regent's Park"));
    expect(loader.load().problems).toEqual([]);
  });
});

describe("wardsOrThrow and formatWarnings", () => {
  const problem: ContentProblem = { file: "content/wards/camden/camden-town.yaml", line: 3, field: "slug", message: "wrong" };

  it("returns the wards when there are no problems", () => {
    const result = loadWards(VALID);
    expect(wardsOrThrow(result)).toBe(result.wards);
  });

  it("throws every problem at once, without a stack trace", () => {
    const invalid = loadWards(INVALID);
    let error: unknown;
    try {
      wardsOrThrow(invalid);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ContentValidationError);
    expect((error as ContentValidationError).skipOriginalStack).toBe(true);
    expect((error as ContentValidationError).problems).toHaveLength(invalid.problems.length);
    expect((error as Error).message).toContain(`${invalid.problems.length} problems in content; nothing was published`);
    expect((error as Error).message).toContain(`${invalidFile("bad-email")}:${lineOf(invalidFile("bad-email"), "email:")}`);
    expect(() => wardsOrThrow({ wards: [], problems: [problem], warnings: [] })).toThrow("1 problem in content");
  });

  it("formats warnings under a heading, and nothing when there are none", () => {
    expect(formatWarnings([])).toBe("");
    expect(formatWarnings([problem, { ...problem, line: 1, message: "first" }])).toBe(
      "2 warnings in ward content:\ncontent/wards/camden/camden-town.yaml:1 slug: first\ncontent/wards/camden/camden-town.yaml:3 slug: wrong",
    );
  });
});
