import { describe, expect, it } from "vitest";
import { BOROUGH_CODE, ONS_WARD_CODE, WARD_CODE, wardCodeInSource, wardCodeKey } from "../../../src/wards/codes.ts";

describe("ward codes", () => {
  it("accepts ONS's codes everywhere, and data.police.uk's N suffix only in ward files", () => {
    expect(["E05013655", "E05013655N"].map((code) => WARD_CODE.test(code))).toEqual([true, true]);
    expect(["E05013655", "E05013655N"].map((code) => ONS_WARD_CODE.test(code))).toEqual([true, false]);
    expect(["E0501365", "E09000007", "e05013655", "E05013655X"].some((code) => WARD_CODE.test(code))).toBe(false);
    expect([BOROUGH_CODE.test("E09000007"), BOROUGH_CODE.test("E05013655")]).toEqual([true, false]);
  });

  it("treats both spellings as one ward", () => {
    expect(wardCodeKey("E05013806N")).toBe(wardCodeKey("E05013806"));
  });

  it("finds the code on the id line of a file too broken to parse", () => {
    expect(wardCodeInSource('name: x\nid: "E05013806N"\nteam: [')).toBe("E05013806N");
    expect(wardCodeInSource("id: E05013655\n")).toBe("E05013655");
    expect(wardCodeInSource("name: x\n  id: E05013655\n")).toBeUndefined();
  });
});
