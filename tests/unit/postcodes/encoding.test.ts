import { describe, expect, it } from "vitest";
import { decodeDistrict, encodeDistrict, findWard, UNIT_LETTERS } from "../../../src/postcodes/encoding.ts";
import { districtSchema } from "../../../src/postcodes/data.ts";

const WARDS = ["E05013668", "E05013655", "E05013669"];

/** A district with a pseudo-random spread of units and wards, the same every run. */
function sampleDistrict(size: number, seed = 7): Map<string, string> {
  const postcodes = new Map<string, string>();
  // mulberry32: small, and its low bits are as random as its high ones.
  let state = seed;
  const next = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return (t ^ (t >>> 14)) >>> 0;
  };
  while (postcodes.size < size) {
    const sector = next() % 10;
    const a = UNIT_LETTERS.charAt(next() % 20);
    const b = UNIT_LETTERS.charAt(next() % 20);
    postcodes.set(`${sector}${a}${b}`, WARDS[next() % WARDS.length] as string);
  }
  return postcodes;
}

describe("district encoding", () => {
  it("round-trips every postcode to its ward", () => {
    for (const size of [1, 2, 50, 1500, 2800]) {
      const postcodes = sampleDistrict(size, size);
      const encoded = encodeDistrict(postcodes);
      expect(districtSchema.safeParse(JSON.parse(JSON.stringify(encoded))).success).toBe(true);
      expect(decodeDistrict(encoded)).toEqual(new Map([...postcodes].sort(([a], [b]) => a.localeCompare(b))));
      for (const [inward, ward] of postcodes) expect(findWard(encoded, inward)).toBe(ward);
    }
  });

  it("finds the first and last units of a sector, and nothing that is not there", () => {
    const encoded = encodeDistrict(new Map([["0AA", "E05013668"], ["0ZZ", "E05013655"], ["9ZZ", "E05013669"], ["7JN", "E05013668"]]));
    expect(findWard(encoded, "0AA")).toBe("E05013668");
    expect(findWard(encoded, "0ZZ")).toBe("E05013655");
    expect(findWard(encoded, "7JN")).toBe("E05013668");
    expect(findWard(encoded, "9ZZ")).toBe("E05013669");
    expect(findWard(encoded, "7JP")).toBeUndefined();
    expect(findWard(encoded, "5AA")).toBeUndefined();
    expect(findWard(encoded, "7CI")).toBeUndefined();
    expect(findWard(encoded, "nonsense")).toBeUndefined();
  });

  it("lists each ward once, and keeps the output the same for the same input", () => {
    const postcodes = sampleDistrict(300);
    const encoded = encodeDistrict(postcodes);
    expect(new Set(encoded.wards).size).toBe(encoded.wards.length);
    expect(encodeDistrict(new Map([...postcodes].reverse()))).toEqual(encoded);
  });

  it("refuses an inward code that cannot exist", () => {
    expect(() => encodeDistrict(new Map([["7CN", "E05013668"]]))).toThrow('not an inward code: "7CN"');
  });

  it("rejects a file whose ward indexes do not match its postcodes", () => {
    const encoded = encodeDistrict(sampleDistrict(20));
    const broken = districtSchema.safeParse({ ...encoded, wardOf: `${encoded.wardOf}0` });
    expect(broken.success).toBe(false);
    const outOfRange = districtSchema.safeParse({ ...encoded, wardOf: encoded.wardOf.replace(/./, "9") });
    expect(outOfRange.success).toBe(false);
  });
});
