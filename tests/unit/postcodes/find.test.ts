import { describe, expect, it } from "vitest";
import { encodeDistrict } from "../../../src/postcodes/encoding.ts";
import { findTeam } from "../../../src/postcodes/find.ts";
import type { LookupFile, WardTeamSummary } from "../../../src/postcodes/lookup-file.ts";

const regentsPark: WardTeamSummary = { kind: "ward", name: "Regent's Park", borough: "Camden", url: "/areas/camden/regents-park/", officers: ["PC A"], pcsos: [] };
const nw1 = encodeDistrict(new Map([["7JN", "E05013668"], ["7JP", "E05009300"]]));
const files: Record<string, LookupFile> = {
  NW1: { ...nw1, wards: nw1.wards.map((code) => (code === "E05013668" ? regentsPark : { kind: "city", url: "/areas/city-of-london/" })) },
};
const districts = new Set(["NW1", "SE1"]);
const load = async (outward: string) => {
  const file = files[outward];
  if (!file) throw new Error("404");
  return file;
};

describe("findTeam", () => {
  it("finds the ward's team, however the postcode is typed", async () => {
    for (const input of ["NW1 7JN", "nw17jn", " NW1  7JN "]) {
      expect(await findTeam(input, districts, load)).toEqual({ kind: "ward", postcode: "NW1 7JN", ward: regentsPark });
    }
  });

  it("says a City of London postcode is the City of London Police's", async () => {
    expect(await findTeam("NW1 7JP", districts, load)).toMatchObject({ kind: "city", postcode: "NW1 7JP" });
  });

  it("tells apart each failure", async () => {
    expect(await findTeam("XYZ", districts, load)).toEqual({ kind: "invalid", input: "XYZ" });
    expect(await findTeam("M1 1AE", districts, load)).toEqual({ kind: "outside", postcode: "M1 1AE" });
    // In London's postal areas but in no district of the data, or in one but not in its file.
    expect(await findTeam("NW99 1AA", districts, load)).toEqual({ kind: "unknown", postcode: "NW99 1AA" });
    expect(await findTeam("NW1 9ZZ", districts, load)).toEqual({ kind: "unknown", postcode: "NW1 9ZZ" });
    expect(await findTeam("SE1 7PB", districts, load)).toEqual({ kind: "failed", postcode: "SE1 7PB" });
  });

  it("loads only the postcode's district, and nothing for a postcode it cannot look up", async () => {
    const asked: string[] = [];
    const counting = (outward: string) => {
      asked.push(outward);
      return load(outward);
    };
    await findTeam("XYZ", districts, counting);
    await findTeam("M1 1AE", districts, counting);
    await findTeam("NW1 7JN", districts, counting);
    expect(asked).toEqual(["NW1"]);
  });
});
