import { describe, expect, it } from "vitest";
import { affectedWards } from "../../../src/wards/affected.ts";
import { toWard, wardInput } from "../../support/wards.ts";

const a = toWard(wardInput("E05000001", "Alpha", "camden", { neighbours: ["E05000002"] }));
const b = toWard(wardInput("E05000002", "Beta", "camden", { neighbours: ["E05000001"] }));
const c = toWard(wardInput("E05000003", "Gamma"));
const d = toWard(
  wardInput("E05000004", "Delta", "camden", {
    extraTeam: [{ name: "Sam Smith", role: "supporting-officer", rank: "PC", also_covers: ["E05000002N"] }],
  }),
);

describe("affectedWards", () => {
  it("is empty when every ward is the same object as before", () => {
    expect(affectedWards([a, b, c, d], [a, b, c, d]).size).toBe(0);
  });

  it("holds a changed ward and every ward that links to it, as neighbour or as covered ward", () => {
    const newB = toWard(wardInput("E05000002", "Beta Renamed", "camden", { neighbours: ["E05000001"] }));
    expect(affectedWards([a, b, c, d], [a, newB, c, d])).toEqual(new Set([newB, a, d]));
  });

  it("holds an added ward, and the wards that link to a removed one", () => {
    expect(affectedWards([a, c, d], [a, b, c, d])).toEqual(new Set([b, a, d]));
    expect(affectedWards([a, b, c, d], [a, c, d])).toEqual(new Set([a, d]));
  });
});
