import { describe, expect, it } from "vitest";
import { encodeDistrict } from "../../../src/postcodes/encoding.ts";
import { encodePlaces, placeAt, placeFinder, PLACE_WIDTH, postcodeChecker } from "../../../src/postcodes/places.ts";

describe("encodePlaces and placeAt", () => {
  it("give back each point to the nearest 0.0001°, and nothing where a postcode has none", () => {
    const points = [[-0.14123, 51.53691], undefined, [-0.1, 51.49999]] as const;
    const places = encodePlaces(points);
    if (!places) throw new Error("expected places");
    expect(places.offsets).toHaveLength(3 * PLACE_WIDTH);
    expect(placeAt(places, 0)).toEqual([-0.1412, 51.5369]);
    expect(placeAt(places, 1)).toBeUndefined();
    expect(placeAt(places, 2)).toEqual([-0.1, 51.5]);
    expect(placeAt(places, 3)).toBeUndefined();
  });

  it("has nothing to write for a district without any point", () => {
    expect(encodePlaces([undefined, undefined])).toBeUndefined();
  });

  it("refuses a district wider than its digits can hold", () => {
    expect(() => encodePlaces([[0, 51], [5, 51]])).toThrow(/more than/);
  });
});

describe("placeFinder", () => {
  const lookup = encodeDistrict(new Map([["7JN", "E05013668"], ["1AA", "E05013668"], ["3JU", "E05013668"]]));
  // In the lookup's order: 1AA, 3JU, 7JN.
  const places = encodePlaces([[-0.15, 51.52], [-0.16, 51.53], [-0.1412, 51.5369]]);
  const find = placeFinder((outward) => (outward === "NW1" ? { ...lookup, places } : undefined));

  it("finds a postcode however it is typed", () => {
    expect(find("NW1 7JN")).toEqual([-0.1412, 51.5369]);
    expect(find(" nw13ju")).toEqual([-0.16, 51.53]);
  });

  it("finds nothing for a postcode the data does not have, or not a postcode at all", () => {
    expect(find("NW1 7JP")).toBeUndefined();
    expect(find("SW1A 1AA")).toBeUndefined();
    expect(find("not a postcode")).toBeUndefined();
  });

  it("finds nothing in a district written without places", () => {
    expect(placeFinder(() => lookup)("NW1 7JN")).toBeUndefined();
  });
});

describe("postcodeChecker", () => {
  const lookup = encodeDistrict(new Map([["7JN", "E05013668"]]));
  const known = postcodeChecker((outward) => (outward === "NW1" ? lookup : undefined));

  it("knows a postcode the data has, placed or not, and no other", () => {
    expect(known("nw1 7jn")).toBe(true);
    expect(known("NW1 7JP")).toBe(false);
    expect(known("SW1A 1AA")).toBe(false);
    expect(known("nonsense")).toBe(false);
  });
});
