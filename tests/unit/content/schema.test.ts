import { describe, expect, it } from "vitest";
import { z } from "zod";
import { closest, describeValue, editDistance, fields, list, oneOf, text, validate } from "../../../src/content/schema.ts";

const person = fields({ name: text("a name", 10), role: oneOf(["officer", "pcso"]) }, "a person");
const team = fields({ people: list(person, "people") }, "a team");

function messages(schema: z.ZodType, value: unknown): string[] {
  const result = validate(schema, value);
  return result.ok ? [] : result.issues.map((issue) => `${issue.path.map(String).join(".")}: ${issue.message}`);
}

describe("validate", () => {
  it("returns the parsed value when it is valid", () => {
    expect(validate(person, { name: " Ann ", role: "pcso" })).toEqual({ ok: true, data: { name: "Ann", role: "pcso" } });
  });

  it("reports each unknown key as its own issue, at the key, with a suggestion", () => {
    expect(messages(team, { people: [{ name: "Ann", role: "pcso", nmae: "x", colour: "red" }] })).toEqual([
      'people.0.nmae: unknown field "nmae" (did you mean "name"?); a person can have name, role',
      'people.0.colour: unknown field "colour"; a person can have name, role',
    ]);
  });

  it("reports every problem at once, with what was expected and what was found", () => {
    expect(messages(person, { name: "", role: "chief", extra: 1 })).toEqual([
      "name: expected a name, got an empty string",
      "role: expected one of officer, pcso, got \"chief\"",
      'extra: unknown field "extra"; a person can have name, role',
    ]);
  });

  it("says a field is missing, and names a wrong kind of value", () => {
    expect(messages(person, { role: "pcso" })).toEqual(["name: missing: expected a name"]);
    expect(messages(team, { people: "Ann" })).toEqual(["people: expected a list of people (write [] for none), got \"Ann\""]);
    expect(messages(team, [])).toEqual([": expected a team, got a list"]);
  });

  it("limits the length of text", () => {
    expect(messages(person, { name: "Annabel Lee-Smith", role: "pcso" })).toEqual([
      "name: expected a name of at most 10 characters, got 17",
    ]);
  });

  it("marks unknown-key issues, so they can be pointed at the key", () => {
    const result = validate(person, { name: "Ann", role: "pcso", nmae: "x" });
    expect(result.ok ? [] : result.issues.map((issue) => issue.unknownField === true)).toEqual([true]);
    const other = validate(person, { name: "", role: "pcso" });
    expect(other.ok ? [] : other.issues.map((issue) => issue.unknownField === true)).toEqual([false]);
  });

  it("leaves unknown keys out of the type and the output", () => {
    const result = validate(person, { name: "Ann", role: "officer" });
    expect(result.ok && Object.keys(result.data)).toEqual(["name", "role"]);
  });
});

describe("message helpers", () => {
  it("describes wrong values readably", () => {
    expect(describeValue(undefined)).toBe("nothing");
    expect(describeValue("")).toBe("an empty string");
    expect(describeValue(3)).toBe("the number 3");
    expect(describeValue(false)).toBe("false");
    expect(describeValue([1])).toBe("a list");
    expect(describeValue({ a: 1 })).toBe("a set of fields");
    expect(describeValue("x".repeat(100))).toHaveLength(62);
  });

  it("suggests the closest name within two edits, ignoring case", () => {
    expect(closest("qestion", ["question", "summary"])).toBe("question");
    expect(closest("Titel", ["title", "layout"])).toBe("title");
    expect(closest("colour", ["name", "role"])).toBeUndefined();
  });

  it("counts insertions, deletions and substitutions", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("same", "same")).toBe(0);
  });
});
