import { describe, expect, it } from "vitest";
import { chartDescription, chartGeometry, tickLabel } from "../../../src/crime/chart.ts";
import {
  changeCell,
  classesForPriorities,
  classesToShow,
  classSentence,
  compareYears,
  formatCount,
  headline,
  placeFigures,
  sumTotals,
  wardFigures,
  withPriorities,
} from "../../../src/crime/figures.ts";

const months = (first: string, count: number): string[] => {
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  for (let i = 0; i < count; i++) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    if (++m > 12) [y, m] = [y + 1, 1];
  }
  return out;
};

describe("numbers", () => {
  it("writes counts with commas, as Intl would for en-GB", () => {
    for (const n of [0, 7, 999, 1000, 12345, 999999, 1234567, 2690856]) expect(formatCount(n)).toBe(n.toLocaleString("en-GB"));
  });

  it("shortens axis labels from a thousand", () => {
    expect([0, 250, 999, 1000, 1500, 20000, 85000].map(tickLabel)).toEqual(["0", "250", "999", "1k", "1.5k", "20k", "85k"]);
  });
});

describe("headline", () => {
  it("gives a percentage when both years have 20 or more crimes", () => {
    const values = [...Array(12).fill(100), ...Array(12).fill(94)] as number[];
    expect(headline("Camden Town", compareYears(values), "2026-01", 24)).toBe(
      "1,128 crimes were recorded in Camden Town in the 12 months to January 2026, 6% fewer than in the 12 months before (1,200).",
    );
    expect(headline("Camden Town", { latest: 250, previous: 200 }, "2026-02", 36)).toBe(
      "250 crimes were recorded in Camden Town in the 12 months to February 2026, 25% more than in the 12 months before (200).",
    );
  });

  it("gives the counts, not a percentage, when either year has fewer than 20", () => {
    for (const comparison of [{ latest: 8, previous: 4 }, { latest: 19, previous: 40 }, { latest: 40, previous: 19 }]) {
      const text = headline("Little Ward", comparison, "2026-02", 36);
      expect(text).not.toContain("%");
    }
    expect(headline("Little Ward", { latest: 8, previous: 4 }, "2026-02", 36)).toBe(
      "8 crimes were recorded in Little Ward in the 12 months to February 2026, 4 more than in the 12 months before (4).",
    );
    expect(headline("Little Ward", { latest: 1, previous: 1 }, "2026-02", 36)).toBe(
      "1 crime was recorded in Little Ward in the 12 months to February 2026, the same number as in the 12 months before (1).",
    );
  });

  it("gives the size of a change that rounds to 0%", () => {
    expect(headline("X", { latest: 1001, previous: 1000 }, "2026-02", 36)).toContain("1,001 crimes were recorded in X in the 12 months to February 2026, 1 more (less than 1%) than in the 12 months before (1,000).");
  });

  it("has no comparison with fewer than 24 months", () => {
    const comparison = compareYears([5, 5, 5]);
    expect(comparison.previous).toBeUndefined();
    expect(headline("X", comparison, "2026-02", 3)).toBe("15 crimes were recorded in X in the 3 months to February 2026.");
    expect(changeCell(comparison)).toBe("not known");
  });
});

describe("classes", () => {
  it("finds the classes a team's priorities are about, and none for anti-social behaviour", () => {
    expect(classesForPriorities(["Phone snatches by thieves on bikes", "Burglaries of sheds"])).toEqual(["BURGLARY", "THEFT"]);
    expect(classesForPriorities(["Drug dealing on the canal towpath"])).toEqual(["DRUG OFFENCES"]);
    expect(classesForPriorities(["Street drinking", "Noisy neighbours"])).toEqual([]);
  });

  it("lists the largest three, then priorities not among them, each with its change", () => {
    const m = months("2024-03", 24);
    const series = (before: number, after: number) => [...Array(12).fill(before), ...Array(12).fill(after)] as number[];
    const figures = placeFigures(
      m,
      [
        new Map([
          ["THEFT", series(10, 12)],
          ["VIOLENCE AGAINST THE PERSON", series(5, 4)],
          ["VEHICLE OFFENCES", series(3, 3)],
          ["ROBBERY", series(1, 1)],
          ["BURGLARY", series(0, 1)],
        ]),
      ],
      ["BURGLARY"],
    );
    const shown = classesToShow(figures.classes);
    expect(shown.map((c) => c.label)).toEqual(["Theft", "Violence against the person", "Vehicle offences", "Burglary"]);
    expect(shown.map((c) => c.priority)).toEqual([false, false, false, true]);
    expect(classSentence(shown[0]!)).toBe("144 in the latest 12 months, 20% more than in the 12 months before (120).");
    expect(classSentence(shown[3]!)).toBe("12 in the latest 12 months, 12 more than in the 12 months before (0).");
    expect(figures.totals[0]).toBe(19);
  });
});

describe("figures for wards, boroughs and London", () => {
  it("works a ward's figures out once, marks priorities on a copy, and adds places' totals", () => {
    const m = months("2024-03", 24);
    const classes = new Map([["THEFT", Array(24).fill(2) as number[]], ["BURGLARY", Array(24).fill(1) as number[]]]);
    const ward = wardFigures(m, classes);
    expect(wardFigures(m, classes)).toBe(ward);
    const marked = withPriorities(ward, ["BURGLARY"]);
    expect(marked.classes.map((c) => [c.name, c.priority])).toEqual([["THEFT", false], ["BURGLARY", true]]);
    expect(ward.classes.every((c) => !c.priority)).toBe(true);
    const other = wardFigures(m, new Map([["THEFT", [...Array(12).fill(0), ...Array(12).fill(5)] as number[]]]));
    const both = sumTotals(m, [ward, other]);
    expect(both.totals.slice(10, 14)).toEqual([3, 3, 8, 8]);
    expect(both.comparison).toEqual({ latest: 96, previous: 36 });
  });
});

describe("chart", () => {
  const m = months("2023-03", 36);
  const values = m.map((_, i) => 200 + (i % 5) * 10);

  it("draws one point a month in whole numbers, and marks February 2024", () => {
    const chart = chartGeometry(m, values);
    expect(chart.path.match(/[ML]/g)).toHaveLength(36);
    expect(chart.path).toMatch(/^M\d+,\d+(L\d+,\d+)+$/);
    const step = (chart.plot.right - chart.plot.left) / 35;
    expect(chart.marker?.x).toBe(Math.round(chart.plot.left + 11 * step));
    expect(chart.xTicks.map((t) => t.label)).toEqual(["2024", "2025", "2026"]);
    expect(chart.yTicks[0]?.label).toBe("0");
  });

  it("has no marker for months after the change", () => {
    expect(chartGeometry(months("2025-01", 12), Array(12).fill(3) as number[]).marker).toBeUndefined();
  });

  it("describes the range, the extremes and the change", () => {
    const { title, desc } = chartDescription("Camden Town", m, values);
    expect(title).toBe("Recorded crimes each month in Camden Town, March 2023 to February 2026");
    expect(desc).toContain("Lowest: 200 in March 2023. Highest: 240 in July 2023. Latest: 200 in February 2026.");
    expect(desc).toContain("February 2024");
  });
});
