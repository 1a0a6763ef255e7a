import { describe, expect, it } from "vitest";
import { basePlaceWarnings } from "../../../src/check/bases.ts";
import { makeWard } from "../layouts/ward-fixtures.ts";

const base = (name: string, postcode: string) => ({ name, type: "kiosk" as const, address: "1 High Street", postcode, front_counter: false });

describe("basePlaceWarnings", () => {
  const ward = makeWard({
    id: "E05013655",
    name: "Camden Town",
    slug: "camden-town",
    locations: [base("Police office", "NW1 0AG"), base("Kiosk", "NW1 9ZZ")],
  });
  const known = new Set(["NW1 0AG"]);
  const warnings = basePlaceWarnings([ward], (postcode) => known.has(postcode), () => "content/wards/camden/camden-town.yaml");

  it("warns about each base whose postcode the data does not have, naming its field", () => {
    expect(warnings).toEqual([
      {
        file: "content/wards/camden/camden-town.yaml",
        field: "locations[1].postcode",
        message: expect.stringMatching(/^NW1 9ZZ is not a live London postcode in the postcode data .* no dot for "Kiosk"; check it for a typo/),
      },
    ]);
  });

  it("says nothing when every base is placed", () => {
    expect(basePlaceWarnings([ward], () => true, () => "x.yaml")).toEqual([]);
  });
});
