import { describe, expect, it } from "vitest";
import { BoroughPage, dedicatedOfficerText } from "../../../layouts/borough.tsx";
import { WardPage } from "../../../layouts/ward.tsx";
import { renderToHtml } from "../../../src/jsx/render.ts";
import { buildDirectory } from "../../../src/wards/directory.ts";
import { skeletonWard } from "../../../src/wards/skeleton-file.ts";
import { toWard } from "../../support/wards.ts";
import { sectionWithHeading, textOf } from "./html-helpers.ts";
import { kentishTown, NOW } from "./ward-fixtures.ts";

const skeleton = toWard(skeletonWard({ code: "E05013656", name: "Gospel Oak", boroughCode: "E09000007", boroughName: "Camden" }));
const directory = buildDirectory([skeleton, kentishTown], NOW);
const html = renderToHtml(WardPage({ ward: skeleton, directory, stylesheetHref: "/assets/main.css" }));

describe("a ward whose team has not been added yet", () => {
  it("says the details are coming and how to reach the police meanwhile, not that posts are vacant", () => {
    const team = textOf(sectionWithHeading(html, "team"));
    expect(team).toContain("We are adding this team's details. Meanwhile, call 101 or contact the police online");
    expect(team).toContain("In an emergency, call 999.");
    expect(textOf(html)).not.toMatch(/vacant/i);
    expect(textOf(sectionWithHeading(html, "contact"))).toContain("We are adding this team's details.");
  });

  it("claims no review: an imported file has none until a person checks it", () => {
    expect(skeleton.last_reviewed).toBeUndefined();
    expect(textOf(html)).not.toContain("last reviewed");
  });

  it("says 'details to follow' on its borough's page, where a ward with a team but no officer says 'post vacant'", () => {
    expect(dedicatedOfficerText(skeleton)).toBe("details to follow");
    expect(dedicatedOfficerText(kentishTown)).toBe("post vacant");
    const entry = directory.boroughs[0];
    if (!entry) throw new Error("no borough");
    const borough = textOf(renderToHtml(BoroughPage({ entry, stylesheetHref: "/assets/main.css" })));
    expect(borough).toContain("details to follow");
  });
});
