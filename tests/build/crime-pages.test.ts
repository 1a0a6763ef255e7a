import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readHistory } from "../../src/crime/import.ts";
import { slugify } from "../../src/markdown/markdown.ts";
import { buildSite, type BuiltSite } from "../support/build-site.ts";
import { copyContent, type TempContent } from "../../harness/temp-content.ts";
import { writeWard } from "../unit/wards/helpers.ts";
import { wardInput } from "../support/wards.ts";

/*
 * Ward, borough and London crime pages as built from the committed figures
 * (content/crime/), for four real wards: one whose recorded crime rose, one
 * whose fell, one made small here, and one with its figures taken out.
 */
const TOWER_HAMLETS = { code: "E09000030", name: "Tower Hamlets", slug: slugify("Tower Hamlets") };
const RISE = { id: "E05009317", name: "Bethnal Green East", borough: "tower-hamlets" };
const FALL = { id: "E05013655", name: "Camden Town", borough: "camden" };
const SMALL = { id: "E05009335", name: "Weavers", borough: "tower-hamlets" };
const NONE = { id: "E05013668", name: "Regent's Park", borough: "camden" };

let content: TempContent;
let site: BuiltSite;
const history = readHistory("content/crime");
const months = history.months.length;

beforeAll(async () => {
  content = copyContent({ wards: false });
  const root = path.dirname(content.contentDir);
  writeWard(root, wardInput(FALL.id, FALL.name, "camden", { priorities: [{ issue: "Burglary on the estates", date_set: "2026-01-05", status: "open" }] }));
  writeWard(root, wardInput(NONE.id, NONE.name));
  writeWard(root, wardInput(RISE.id, RISE.name, "camden", { borough: TOWER_HAMLETS }));
  writeWard(root, wardInput(SMALL.id, SMALL.name, "camden", { borough: TOWER_HAMLETS }));
  const edit = (file: string, change: (wards: Record<string, unknown>) => void) => {
    const full = path.join(content.contentDir, "crime", file);
    const data = JSON.parse(readFileSync(full, "utf8")) as { wards: Record<string, unknown> };
    change(data.wards);
    writeFileSync(full, JSON.stringify(data));
  };
  edit("camden.json", (wards) => delete wards[NONE.id]);
  edit("tower-hamlets.json", (wards) => {
    wards[SMALL.id] = { THEFT: Array.from({ length: months }, (_, i) => (i >= months - 12 ? 1 : i >= months - 24 && i % 2 === 0 ? 1 : 0)) };
  });
  site = await buildSite({ contentDir: content.contentDir });
});
afterAll(() => content?.cleanup());

const page = (url: string) => readFileSync(path.join(site.outputDir, url, "index.html"), "utf8");
const wardPage = (ward: { name: string; borough: string }) => page(`areas/${ward.borough}/${slugify(ward.name)}`);
const headlineOf = (html: string) => /<p class="sn-crime__headline">([^<]+)<\/p>/.exec(html)?.[1] ?? "";
const sumOf = (values: readonly number[]) => values.reduce((a, b) => a + b, 0);

describe("crime sections on built pages", () => {
  it("says a rise and a fall in recorded crime with percentages, as the data has them", () => {
    for (const [ward, word] of [[RISE, "more"], [FALL, "fewer"]] as const) {
      const totals = history.months.map((_, i) => sumOf([...history.wards.get(ward.id)!.classes.values()].map((v) => v[i]!)));
      const latest = sumOf(totals.slice(-12));
      const previous = sumOf(totals.slice(-24, -12));
      const percent = Math.round((Math.abs(latest - previous) / previous) * 100);
      expect(headlineOf(wardPage(ward))).toBe(
        `${latest.toLocaleString("en-GB")} crimes were recorded in ${ward.name} in the 12 months to February 2026, ${percent}% ${word} than in the 12 months before (${previous.toLocaleString("en-GB")}).`,
      );
    }
  });

  it("gives counts, not a percentage, for a ward with small numbers", () => {
    const html = wardPage(SMALL);
    expect(headlineOf(html)).toBe("12 crimes were recorded in Weavers in the 12 months to February 2026, 6 more than in the 12 months before (6).");
    const section = html.slice(html.indexOf('id="crime"'), html.indexOf("</section>", html.indexOf('id="crime"')));
    expect(section).not.toMatch(/\d%/);
  });

  it("says plainly when a ward has no figures", () => {
    const html = wardPage(NONE);
    expect(html).toContain("We have no recorded crime figures for Regent's Park.");
    // No chart: the page's only picture is its map, in the neighbouring wards section.
    const crime = html.slice(html.indexOf('id="crime"'), html.indexOf('id="events"'));
    expect(crime).toContain("We have no recorded crime figures");
    expect(crime).not.toContain("<svg");
  });

  it("gives each chart a title and description, and a table with the data's monthly totals", () => {
    for (const ward of [RISE, FALL]) {
      const html = wardPage(ward);
      expect(html).toMatch(new RegExp(`<title id="crime-chart-title">Recorded crimes each month in ${ward.name}, March 2023 to February 2026</title><desc id="crime-chart-desc">A line chart`));
      const rows = [...html.matchAll(/<tr><th scope="row">[^<]+<\/th><td>([\d,]+)<\/td><\/tr>/g)].map((m) => Number(m[1]!.replace(/,/g, "")));
      const expected = history.months.map((_, i) => sumOf([...history.wards.get(ward.id)!.classes.values()].map((v) => v[i]!)));
      expect(rows).toEqual(expected);
      expect(/class="sn-crime-chart__line" d="([^"]+)"/.exec(html)?.[1]?.match(/[ML]/g)).toHaveLength(months);
    }
    expect(wardPage(FALL)).toContain("<strong>Burglary</strong> (a local priority)");
  });

  it("puts the borough's chart and its wards' changes, A to Z, on the borough page", () => {
    const html = page("areas/tower-hamlets");
    expect(html).toContain('<h2 class="sn-crime__heading" id="crime">Recorded crime in Tower Hamlets</h2>');
    const names = [...html.matchAll(/<th scope="row"><a href="[^"]+#crime">([^<]+)<\/a>/g)].map((m) => m[1]);
    expect(names).toEqual(["Bethnal Green East", "Weavers"]);
    expect(html).toContain('<title id="crime-chart-title">Recorded crimes each month in Tower Hamlets');
  });

  it("has a London chart that the FAQ answer links to", () => {
    const london = page("crime");
    expect(london).toContain('<title id="crime-chart-title">Recorded crimes each month in London, March 2023 to February 2026</title>');
    // London is every ward in the build's data, whether or not this build has its page.
    const built = readHistory(path.join(content.contentDir, "crime"));
    const all = sumOf([...built.wards.values()].flatMap((w) => [...w.classes.values()].map((v) => sumOf(v.slice(-12)))));
    expect(headlineOf(london.replace('<p class="sn-lead">', '<p class="sn-crime__headline">'))).toContain(`${all.toLocaleString("en-GB")} crimes were recorded in London`);
    expect(page("faq/how-we-know-it-works")).toMatch(/<a href="\/crime\/">recorded crime across London<\/a>/);
  });
});
