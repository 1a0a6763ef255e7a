import { describe, expect, it } from "vitest";
import { compareProblems, ContentValidationError, formatFieldPath, formatProblem } from "../../../src/content/problems.ts";

describe("formatFieldPath", () => {
  it("joins keys with dots and puts list positions in brackets", () => {
    expect(formatFieldPath(["team", 0, "role"])).toBe("team[0].role");
    expect(formatFieldPath([0, "name"])).toBe("[0].name");
    expect(formatFieldPath([])).toBe("");
  });
});

describe("formatProblem", () => {
  it("is one line: file:line:column field: message", () => {
    expect(formatProblem({ file: "a.yaml", line: 3, column: 5, field: "name", message: "expected text" })).toBe("a.yaml:3:5 name: expected text");
  });

  it("leaves out what it does not know: the column, the position, the field", () => {
    expect(formatProblem({ file: "a.yaml", line: 3, field: "name", message: "m" })).toBe("a.yaml:3 name: m");
    expect(formatProblem({ file: "a.yaml", field: "name", message: "m" })).toBe("a.yaml name: m");
    expect(formatProblem({ file: "a.yaml", line: 1, column: 1, field: "", message: "m" })).toBe("a.yaml:1:1 m");
  });
});

describe("compareProblems", () => {
  it("sorts by file, then line, with a problem without a line first", () => {
    const problems = [
      { file: "b.yaml", line: 1, field: "", message: "" },
      { file: "a.yaml", line: 9, field: "", message: "" },
      { file: "a.yaml", field: "", message: "" },
      { file: "a.yaml", line: 2, field: "", message: "" },
    ];
    expect([...problems].sort(compareProblems).map(formatProblem)).toEqual(["a.yaml ", "a.yaml:2 ", "a.yaml:9 ", "b.yaml:1 "]);
  });
});

describe("ContentValidationError", () => {
  it("lists every problem, sorted, one a line, under a count, with no stack trace", () => {
    const error = new ContentValidationError([
      { file: "b.md", line: 1, column: 1, field: "title", message: "missing" },
      { file: "a.md", line: 4, column: 2, field: "order", message: "expected a number" },
    ]);
    expect(error.message).toBe("2 problems in content; nothing was published:\na.md:4:2 order: expected a number\nb.md:1:1 title: missing");
    expect(error.skipOriginalStack).toBe(true);
    expect(error.name).toBe("ContentValidationError");
  });

  it("says 'problem' for one", () => {
    expect(new ContentValidationError([{ file: "a.md", field: "", message: "m" }]).message).toMatch(/^1 problem in content;/);
  });
});
