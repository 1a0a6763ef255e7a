import { describe, expect, it } from "vitest";
import { POLICE_UK_SEARCH, policeUkLink, policeUkSlug } from "../../../src/wards/police-uk.ts";
import type { Ward } from "../../../src/wards/schema.ts";

const ward = (name: string) => ({ name }) as Ward;

describe("police.uk links", () => {
  it("names a neighbourhood as police.uk does", () => {
    expect(policeUkSlug("Camden Town")).toBe("camden-town");
    expect(policeUkSlug("St James's")).toBe("st-jamess");
    expect(policeUkSlug("Waterloo & South Bank")).toBe("waterloo-and-south-bank");
    expect(policeUkSlug("Regent's Park")).toBe("regents-park");
  });

  it("links a ward to its own police.uk page", () => {
    const all = [ward("Camden Town"), ward("Abbey"), ward("Abbey")];
    expect(policeUkLink(all[0]!, all)).toEqual({
      href: "https://www.police.uk/pu/your-area/metropolitan-police-service/camden-town/",
      direct: true,
    });
  });

  it("sends a ward whose name another ward shares to police.uk's search", () => {
    const all = [ward("Camden Town"), ward("Abbey"), ward("Abbey")];
    expect(policeUkLink(all[1]!, all)).toEqual({ href: POLICE_UK_SEARCH, direct: false });
  });
});
