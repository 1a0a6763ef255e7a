import { describe, expect, it } from "vitest";
import { prng } from "../../../src/wards/generate-random.ts";

describe("prng", () => {
  it("gives the same numbers for the same seed, and others for another", () => {
    const draw = (seed: string) => Array.from({ length: 5 }, prng(seed).next);
    expect(draw("E05013655")).toEqual(draw("E05013655"));
    expect(draw("E05013655")).not.toEqual(draw("E05013660"));
    expect(draw("x").every((n) => n >= 0 && n < 1)).toBe(true);
  });

  it("keeps int within its bounds, both included", () => {
    const random = prng("bounds");
    const seen = new Set(Array.from({ length: 200 }, () => random.int(1, 3)));
    expect([...seen].sort()).toEqual([1, 2, 3]);
  });

  it("samples distinct items, and cannot pick from an empty list", () => {
    const sample = prng("s").sample(["a", "b", "c", "d"], 3);
    expect(new Set(sample).size).toBe(3);
    expect(() => prng("s").pick([])).toThrow("cannot pick from an empty list");
  });
});
