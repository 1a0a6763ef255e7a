import { describe, expect, it } from "vitest";
import { LONDON_POSTAL_AREAS, parsePostcode } from "../../../src/postcodes/postcode.ts";

describe("parsePostcode", () => {
  it.each([
    ["NW1 7JN", "NW1 7JN", "NW1", "7JN"],
    ["nw17jn", "NW1 7JN", "NW1", "7JN"],
    [" NW1  7JN ", "NW1 7JN", "NW1", "7JN"],
    ["n w 1 7 j n", "NW1 7JN", "NW1", "7JN"],
    ["sw1a1aa", "SW1A 1AA", "SW1A", "1AA"],
    ["EC2V 7HH", "EC2V 7HH", "EC2V", "7HH"],
    ["m1 1ae", "M1 1AE", "M1", "1AE"],
    ["SW1A-1AA", "SW1A 1AA", "SW1A", "1AA"],
    ["E1 6AN.", "E1 6AN", "E1", "6AN"],
    ["e1 6an,", "E1 6AN", "E1", "6AN"],
  ])("reads %j as %s", (input, postcode, outward, inward) => {
    expect(parsePostcode(input)).toMatchObject({ postcode, outward, inward });
  });

  it.each(["XYZ", "", "   ", "NW1", "NW1 7J", "12345", "NW1 7JNN", "Camden Town", "E1 6AN, London", "NW1/7JN"])("rejects %j", (input) => {
    expect(parsePostcode(input)).toBeUndefined();
  });

  it("gives the postal area, so a London-shaped postcode can be told from one outside London", () => {
    expect(parsePostcode("NW1 9ZZ")?.area).toBe("NW");
    expect(LONDON_POSTAL_AREAS.has(parsePostcode("NW1 9ZZ")?.area ?? "")).toBe(true);
    expect(LONDON_POSTAL_AREAS.has(parsePostcode("M1 1AE")?.area ?? "")).toBe(false);
    // Outer London areas reach beyond the boundary: not wholly London.
    expect(LONDON_POSTAL_AREAS.has(parsePostcode("KT1 1AA")?.area ?? "")).toBe(false);
  });
});
