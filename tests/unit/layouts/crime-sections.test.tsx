import { describe, expect, it } from "vitest";
import { CrimeBorough } from "../../../layouts/components/crime-borough.tsx";
import { CrimeSection } from "../../../layouts/components/crime-section.tsx";
import { CrimePage } from "../../../layouts/crime.tsx";
import type { CrimeHistory, WardCrime } from "../../../src/crime/history.ts";
import { renderToHtml } from "../../../src/jsx/render.ts";
import { buildDirectory } from "../../../src/wards/directory.ts";
import { textOf } from "./html-helpers.ts";
import { camden, makeWard, NOW } from "./ward-fixtures.ts";

const MONTHS = Array.from({ length: 36 }, (_, i) => {
  const index = 2 + i; // March 2023 onwards
  return `${2023 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, "0")}`;
});
const years = (a: number, b: number, c: number): number[] => [...Array(12).fill(a), ...Array(12).fill(b), ...Array(12).fill(c)];

const rising = makeWard({
  id: "E05013655",
  name: "Rising",
  slug: "rising",
  priorities: [{ issue: "Burglaries on the estate", date_set: "2026-01-10", status: "open" }],
});
const falling = makeWard({ id: "E05013656", name: "Falling", slug: "falling" });
const small = makeWard({ id: "E05013657", name: "Small", slug: "small" });
const absent = makeWard({ id: "E05013658", name: "Absent", slug: "absent" });
const zero = makeWard({ id: "E05013659", name: "Zero", slug: "zero" });

const ward = (classes: Record<string, number[]>): WardCrime => ({
  borough: { code: camden.code, slug: camden.slug },
  classes: new Map(Object.entries(classes)),
});
const history: CrimeHistory = {
  months: MONTHS,
  editions: MONTHS.map(() => "2026-02"),
  wards: new Map([
    ["E05013655", ward({ THEFT: years(50, 40, 60), BURGLARY: years(2, 3, 1), ROBBERY: years(5, 5, 5), "DRUG OFFENCES": years(4, 4, 4), "VEHICLE OFFENCES": years(3, 3, 3) })],
    ["E05013656", ward({ THEFT: years(30, 30, 20) })],
    ["E05013657", ward({ THEFT: [...Array(24).fill(0), 1, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 1] as number[] })],
    ["E05013659", ward({})],
  ]),
};

const render = (w: typeof rising) => renderToHtml(CrimeSection({ ward: w, history }));

describe("CrimeSection", () => {
  it("says a rise in recorded crime in words, with a percentage", () => {
    const text = textOf(render(rising));
    expect(text).toContain("Crime in Rising");
    expect(text).toContain("876 crimes were recorded in Rising in the 12 months to February 2026, 33% more than in the 12 months before (660).");
  });

  it("says a fall", () => {
    expect(textOf(render(falling))).toContain("240 crimes were recorded in Falling in the 12 months to February 2026, 33% fewer than in the 12 months before (360).");
  });

  it("gives counts, not a percentage, for small numbers", () => {
    const text = textOf(render(small));
    expect(text).toContain("8 crimes were recorded in Small in the 12 months to February 2026, 8 more than in the 12 months before (0).");
    expect(text).not.toMatch(/\d%/);
  });

  it("says plainly when there are no figures, or no crimes at all", () => {
    const none = render(absent);
    expect(textOf(none)).toContain("We have no recorded crime figures for Absent.");
    expect(none).not.toContain("<svg");
    expect(none).toContain('href="https://www.police.uk/"');
    const zeros = render(zero);
    expect(textOf(zeros)).toContain("No crimes were recorded in Zero from March 2023 to February 2026.");
    expect(zeros).not.toContain("<svg");
  });

  it("draws a chart with a title and description, and a table with the same monthly totals", () => {
    const html = render(rising);
    expect(html).toMatch(/<svg[^>]* role="img" aria-labelledby="crime-chart-title crime-chart-desc"/);
    expect(html).toContain('<title id="crime-chart-title">Recorded crimes each month in Rising, March 2023 to February 2026</title>');
    expect(html).toMatch(/<desc id="crime-chart-desc">A line chart of monthly totals\. Lowest: 55 in March 2024\. Highest: 73 in March 2025\. Latest: 73 in February 2026\./);
    expect(html).toContain('class="sn-crime-chart__marker"');
    const rows = [...html.matchAll(/<tr><th scope="row">([^<]+)<\/th><td>([\d,]+)<\/td><\/tr>/g)];
    expect(rows.map((r) => r[2])).toEqual(years(64, 55, 73).map(String));
    expect(rows[11]?.[1]).toBe("February 2024");
    // The path has one point per table row.
    expect(/class="sn-crime-chart__line" d="([^"]+)"/.exec(html)?.[1]?.match(/[ML]/g)).toHaveLength(rows.length);
  });

  it("lists the largest classes and the team's priorities, each with its change", () => {
    const text = textOf(render(rising));
    expect(text).toContain("Theft: 720 in the latest 12 months, 50% more than in the 12 months before (480).");
    expect(text).toContain("Burglary (a local priority): 12 in the latest 12 months, 24 fewer than in the 12 months before (36).");
    expect(text.indexOf("Theft:")).toBeLessThan(text.indexOf("Robbery:"));
    expect(text).not.toContain("Vehicle offences");
  });

  it("says what the figures are and leave out, and where they come from", () => {
    const text = textOf(render(rising));
    for (const phrase of ["recorded by the Metropolitan Police", "anti-social behaviour", "not reported to the police", "could not place in a ward", "can be revised", "do not show whether the team’s work made a difference", "figures to February 2026", "Open Government Licence"]) {
      expect(text).toContain(phrase);
    }
    expect(text).not.toMatch(/thanks to|because of the team|the team (reduced|cut)/i);
  });
});

describe("borough and London", () => {
  const wards = [zero, rising, falling, absent, small].map((w) => ({ ...w }));
  const directory = buildDirectory(wards, NOW);
  const entry = directory.boroughs.find((b) => b.borough.code === camden.code)!;

  it("lists the borough's wards' 12-month changes in ward-name order, not ranked", () => {
    const html = renderToHtml(CrimeBorough({ entry, history }));
    expect(html).toContain("Recorded crime in Camden");
    const names = [...html.matchAll(/<th scope="row"><a href="\/areas\/camden\/[a-z]+\/#crime">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(names).toEqual(["Absent", "Falling", "Rising", "Small", "Zero"]);
    const text = textOf(html);
    expect(text).toContain("Falling 240 33% fewer, from 360");
    expect(text).toContain("Small 8 8 more, from 0");
    expect(text).toContain("Absent No figures");
    expect(html).toContain('data-pagefind-ignore="all"');
  });

  it("has a London page with the chart of every ward in the history", () => {
    const html = renderToHtml(CrimePage({ directory, stylesheetHref: "/a.css", history }));
    expect(html).toContain("<h1 class=\"sn-heading-xl\">Recorded crime in London</h1>");
    expect(textOf(html)).toContain("1,124 crimes were recorded in London in the 12 months to February 2026, 10% more than in the 12 months before (1,020).");
    expect(html).toContain('href="/areas/camden/#crime"');
  });
});
