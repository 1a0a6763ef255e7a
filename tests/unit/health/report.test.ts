import { describe, expect, it } from "vitest";
import { buildReport, reportMarkdown, reportSummary, wardAttention } from "../../../src/health/report.ts";
import { skeletonWard } from "../../../src/wards/skeleton-file.ts";
import { dedicatedTeam, testWard, toWard, wardInput } from "../../support/wards.ts";

const NOW = new Date("2026-12-03T09:00:00Z");
const upToDate = {
  locations: [{ name: "Office", type: "police-station" as const, address: "1 High Street, London", postcode: "NW1 0AA" }],
  contact_details: { telephone: "020 7946 0000" },
  events: [{ title: "Panel", type: "ward-panel-meeting" as const, start_date: "2027-01-20T18:30", end_date: "2027-01-20T20:00", address: "Hall" }],
  priorities: [{ issue: "Bikes", date_set: "2026-06-01", date_updated: "2026-11-15", status: "open" as const }],
  last_reviewed: "2026-11-20",
};

// A fixture in two boroughs: one ward of each kind that needs attention, and two that do not.
const wards = [
  testWard("E05000001", "Fine", "camden", upToDate),
  testWard("E05000002", "Also Fine", "westminster", upToDate),
  toWard(skeletonWard({ code: "E05000003", name: "Skeleton", boroughCode: "E09000007", boroughName: "Camden" })),
  testWard("E05000004", "Vacant", "camden", { ...upToDate, team: dedicatedTeam("Vacant").slice(0, 1) }),
  testWard("E05000005", "No Base", "camden", { ...upToDate, locations: [] }),
  testWard("E05000006", "No Contact", "camden", { ...upToDate, contact_details: {} }),
  testWard("E05000007", "No Events", "westminster", { ...upToDate, events: [] }),
  testWard("E05000008", "Late Panel", "westminster", {
    ...upToDate,
    events: [{ title: "Panel", type: "ward-panel-meeting", start_date: "2027-05-20T18:30", end_date: "2027-05-20T20:00", address: "Hall" }],
  }),
  testWard("E05000009", "Old Review", "westminster", { ...upToDate, last_reviewed: "2026-04-01" }),
  testWard("E05000010", "Stale Priority", "westminster", {
    ...upToDate,
    priorities: [{ issue: "Noise", date_set: "2026-03-01", date_updated: "2026-07-01", status: "in-progress" }],
  }),
  testWard("E05000011", "Old Priority", "westminster", {
    ...upToDate,
    priorities: [{ issue: "Litter", date_set: "2025-10-01", date_updated: "2026-11-20", status: "open" }],
  }),
  testWard("E05000012", "Sample", "westminster", { ...upToDate, sample: true }),
];

describe("the content report", () => {
  const report = buildReport(wards, NOW);

  it("lists exactly the wards that need attention, each for what it needs", () => {
    const listed = Object.fromEntries(report.boroughs.flatMap((b) => b.wards.map((w) => [w.ward.name, w.items.map((i) => i.kind)])));
    expect(listed).toEqual({
      Skeleton: ["skeleton"],
      Vacant: ["vacant"],
      "No Base": ["no-base"],
      "No Contact": ["no-contact"],
      "No Events": ["no-events", "no-ward-panel"],
      "Late Panel": ["no-ward-panel"],
      "Old Review": ["not-reviewed"],
      "Stale Priority": ["stale-priority"],
      "Old Priority": ["old-priority"],
      Sample: ["sample"],
    });
    expect(report.needAttention).toBe(10);
  });

  it("counts wards per borough, so each borough team sees its own list", () => {
    const camden = report.boroughs.find((b) => b.borough.name === "Camden");
    expect(camden?.wardCount).toBe(5);
    expect(camden?.wards.map((w) => w.ward.name)).toEqual(["No Base", "No Contact", "Skeleton", "Vacant"]);
    expect(camden?.counts).toMatchObject({ skeleton: 1, vacant: 1, "no-base": 1, "no-contact": 1, "no-events": 0 });
    expect(report.counts["no-ward-panel"]).toBe(2);
  });

  it("says a skeleton needs its team, and nothing else, and that a ward never reviewed has not been", () => {
    expect(wardAttention(wards[2]!, NOW)).toEqual([{ kind: "skeleton", detail: "no team details yet" }]);
    const { last_reviewed: _, ...unreviewed } = wardInput("E05000013", "Never", "camden", upToDate);
    expect(wardAttention(toWard(unreviewed), NOW)).toEqual([{ kind: "not-reviewed", detail: "never reviewed" }]);
  });

  it("writes markdown with a table of counts and each borough's wards, and a short summary", () => {
    const markdown = reportMarkdown(report);
    expect(markdown).toContain("| [Camden](#camden) | 5 | 4 | 1 | 1 | 1 | 1 | 0 | 0 | 0 | 0 | 0 | 0 |");
    expect(markdown).toContain("- **Skeleton** (`content/wards/camden/skeleton.yaml`): no team details yet");
    const summary = reportSummary(report);
    expect(summary.split("\n")[0]).toBe("10 of 12 wards need attention (2026-12-03):");
    expect(summary).toMatch(/Camden\s+4\/5/);
  });
});
